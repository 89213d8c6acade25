using Publish.Diagnostics;

namespace Publish.Chronologies;

/// <summary>
/// Checks a read chronology's entries → diagnostics: years in order (PUB4002), dates that
/// name real days (PUB4004), and dates in order within each year (PUB4003, a warning, and only
/// between dates <see cref="ChronologyDateParser"/> understands). Each entry is compared with
/// the one before it, so one misplaced entry gives one diagnostic, not a cascade.
/// </summary>
internal sealed class ChronologyOrderChecker(DiagnosticBag diagnostics)
{
    /// <summary>Checks every entry of <paramref name="draft"/>, reporting at the year or date value.</summary>
    public void Check(ChronologyDraft draft)
    {
        int? previousYear = null;
        (ChronologyDate Date, string Text)? previousDate = null;

        foreach (var entry in draft.Entries)
        {
            var year = entry.Entry.Year;
            if (previousYear is { } before && year < before)
                diagnostics.Error(Codes.ChronologyYearOrder, draft.Path, entry.YearSpan.Line, entry.YearSpan.Column,
                    $"{year} comes after {before}: chronology entries must be in year order");
            if (year != previousYear) previousDate = null;
            previousYear = year;

            if (entry.Entry.Date is not { } text) continue;
            var date = ChronologyDateParser.Parse(text, year, out var impossibleDay);
            if (impossibleDay is not null)
            {
                diagnostics.Error(Codes.ChronologyBadDay, draft.Path, entry.DateSpan.Line, entry.DateSpan.Column,
                    $"'{text}' names {impossibleDay}, a day that does not exist{LeapHint(impossibleDay, year)}");
                continue;
            }
            if (date is not { } current) continue;

            if (previousDate is { } prior && current.IsWhollyBefore(prior.Date))
                diagnostics.Warning(Codes.ChronologyDateOrder, draft.Path, entry.DateSpan.Line, entry.DateSpan.Column,
                    $"'{text}' comes after '{prior.Text}' in {year}: dates within a year should be in order");
            previousDate = (current, text);
        }
    }

    private static string LeapHint(string impossibleDay, int year) =>
        impossibleDay.StartsWith("February 29", StringComparison.Ordinal) && !ChronologyDate.IsLeapYear(year)
            ? $" ({year} is not a leap year)"
            : "";
}
