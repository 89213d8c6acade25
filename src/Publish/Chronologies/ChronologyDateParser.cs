using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Chronologies;

/// <summary>
/// Reads the free-text date of a chronology entry ("February 27", "27 Feb.", "Early March",
/// "Mid-May", "Late September", "Summer", "May 24–June 4", "24–28 May") into a
/// <see cref="ChronologyDate"/>. Text it does not understand ("Winter", "Night of 25–26")
/// gives no date, and so no check; text naming a day that does not exist ("February 30")
/// gives no date and says which day. Parenthesised text ("October 25 (November 7 N.S.)")
/// and a trailing year ("February 27, 1917") are ignored.
/// </summary>
internal static partial class ChronologyDateParser
{
    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical { get; }
    [GeneratedRegex(@"(?<=\d)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal { get; }
    [GeneratedRegex(@"\b(early|mid|late)-", RegexOptions.CultureInvariant)]
    private static partial Regex QualifierHyphen { get; }
    [GeneratedRegex(@",?\s+\d{3,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear { get; }
    [GeneratedRegex(@"\s*(?:[–—-]|\bto\b|\buntil\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator { get; }
    [GeneratedRegex(@"^(?<month>[a-z]+)\.? (?<day>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay { get; }
    [GeneratedRegex(@"^(?<day>\d{1,2}) (?:of )?(?<month>[a-z]+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth { get; }
    [GeneratedRegex(@"^(?<day>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly { get; }
    [GeneratedRegex(@"^(?:(?<qualifier>early|mid|middle of|late|beginning of|start of|end of) (?:the )?)?(?<name>[a-z]+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Named { get; }

    private static readonly Dictionary<string, int> MonthNames = new()
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Seasons as whole months, northern hemisphere. Winter straddles the year's end, so it has no place.</summary>
    private static readonly Dictionary<string, (int First, int Last)> Seasons = new()
    {
        ["spring"] = (3, 5), ["summer"] = (6, 8), ["autumn"] = (9, 11), ["fall"] = (9, 11),
    };

    /// <summary>A part of a date before it is checked: a month and day, a bare day, or a named span.</summary>
    private readonly record struct Part(int? Month, int? Day, ChronologyDate? Span);

    /// <summary>Parses <paramref name="text"/>; null when it is not understood or names an impossible day.</summary>
    public static ChronologyDate? Parse(string text, int? year) => Parse(text, year, out _);

    /// <summary>
    /// Parses <paramref name="text"/> as a date in <paramref name="year"/> (null when unknown:
    /// February 29 is then allowed). When the text names a day that does not exist, returns null
    /// and sets <paramref name="impossibleDay"/> to it ("February 30").
    /// </summary>
    public static ChronologyDate? Parse(string text, int? year, out string? impossibleDay)
    {
        impossibleDay = null;
        var parts = RangeSeparator.Split(Normalise(text));
        if (parts.Length is 0 or > 2 || parts.Any(p => p.Length == 0)) return null;

        var first = ReadPart(parts[0]);
        var last = parts.Length == 2 ? ReadPart(parts[1]) : first;
        if (first is not { } a || last is not { } b) return null;

        // "24–28 May" and "May 24–28": a bare day takes its month from the other end.
        if (a.Month is null && a.Day is not null) a = a with { Month = b.Span is null ? b.Month : null };
        if (b.Month is null && b.Day is not null) b = b with { Month = a.Span is null ? a.Month : null };

        var start = Resolve(a, year, ref impossibleDay);
        var end = parts.Length == 2 ? Resolve(b, year, ref impossibleDay) : start;
        if (impossibleDay is not null || start is not { } s || end is not { } e) return null;
        return parts.Length == 2 ? ChronologyDate.Through(s, e) : s;
    }

    private static string Normalise(string text)
    {
        var t = text.ToLowerInvariant().Replace('\u00a0', ' ');
        t = Parenthetical.Replace(t, " ");
        t = Ordinal.Replace(t, "");
        t = QualifierHyphen.Replace(t, "$1 ");
        t = TrailingYear.Replace(t, "");
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.StartsWith("the ", StringComparison.Ordinal)) t = t[4..];
        return t.TrimEnd('.', ',', ';', ':', '!', '?', ' ');
    }

    private static Part? ReadPart(string part)
    {
        if (MonthDay.Match(part) is { Success: true } md && MonthNames.TryGetValue(md.Groups["month"].Value, out var m1))
            return new Part(m1, int.Parse(md.Groups["day"].Value, CultureInfo.InvariantCulture), null);
        if (DayMonth.Match(part) is { Success: true } dm && MonthNames.TryGetValue(dm.Groups["month"].Value, out var m2))
            return new Part(m2, int.Parse(dm.Groups["day"].Value, CultureInfo.InvariantCulture), null);
        if (DayOnly.Match(part) is { Success: true } d)
            return new Part(null, int.Parse(d.Groups["day"].Value, CultureInfo.InvariantCulture), null);
        if (Named.Match(part) is not { Success: true } named) return null;

        var qualifier = named.Groups["qualifier"].Value;
        var name = named.Groups["name"].Value;
        if (MonthNames.TryGetValue(name, out var month))
            return new Part(month, null, NamedMonth(month, qualifier));
        if (Seasons.TryGetValue(name, out var season))
            return new Part(null, null, NamedSeason(season.First, season.Last, qualifier));
        return null;
    }

    private static ChronologyDate NamedMonth(int month, string qualifier) => qualifier switch
    {
        "early" or "beginning of" or "start of" => ChronologyDate.Days(month, 1, 10),
        "mid" or "middle of" => ChronologyDate.Days(month, 11, 20),
        "late" or "end of" => ChronologyDate.Days(month, 21, ChronologyDate.DaysInMonth(month, year: null)),
        _ => ChronologyDate.Months(month, month),
    };

    private static ChronologyDate NamedSeason(int first, int last, string qualifier) => qualifier switch
    {
        "early" or "beginning of" or "start of" => ChronologyDate.Months(first, first),
        "mid" or "middle of" => ChronologyDate.Months(first + 1, first + 1),
        "late" or "end of" => ChronologyDate.Months(last, last),
        _ => ChronologyDate.Months(first, last),
    };

    /// <summary>Turns a part into a date, checking that its day exists in its month and year.</summary>
    private static ChronologyDate? Resolve(Part part, int? year, ref string? impossibleDay)
    {
        if (part.Span is { } span) return span;
        if (part.Month is not { } month || part.Day is not { } day) return null;
        if (day >= 1 && day <= ChronologyDate.DaysInMonth(month, year)) return ChronologyDate.Day(month, day);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        impossibleDay ??= year is { } y ? $"{monthName} {day}, {y}" : $"{monthName} {day}";
        return null;
    }
}
