using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Chronologies;

/// <summary>
/// Applies a reference's year range → the entries with from ≤ year ≤ to (either bound may be
/// absent). A range that selects nothing, or whose from is after its to, is reported at the
/// front matter (PUB4007).
/// </summary>
internal static class ChronologyRangeFilter
{
    /// <summary>
    /// The chronology restricted to the reference's range; the chronology itself when there is
    /// no range; null (reported) when the range selects nothing.
    /// </summary>
    public static Chronology? Apply(Chronology chronology, ChronologyReference reference, DiagnosticBag diagnostics, string frontMatterPath)
    {
        var (from, to) = (reference.From, reference.To);
        if (from is null && to is null) return chronology;

        if (from is { } f && to is { } t && f > t)
        {
            Report(diagnostics, reference, frontMatterPath, $"the chronology range from {f} to {t} is empty: 'from' is after 'to'");
            return null;
        }

        var kept = chronology.Entries
            .Where(e => (from is null || e.Year >= from) && (to is null || e.Year <= to))
            .ToList();
        if (kept.Count > 0) return chronology with { Entries = kept };

        var covers = chronology.Entries.Count == 0
            ? "it has no entries"
            : $"its entries run from {chronology.Entries.Min(e => e.Year)} to {chronology.Entries.Max(e => e.Year)}";
        Report(diagnostics, reference, frontMatterPath,
            $"no entry of chronology '{reference.File}' falls {Describe(from, to)}: {covers}");
        return null;
    }

    private static string Describe(int? from, int? to) => (from, to) switch
    {
        ({ } f, { } t) => $"between {f} and {t}",
        ({ } f, null) => $"in {f} or later",
        _ => $"in {to} or earlier",
    };

    private static void Report(DiagnosticBag diagnostics, ChronologyReference reference, string frontMatterPath, string message) =>
        diagnostics.Error(Codes.ChronologyEmptyRange, frontMatterPath, reference.Span.Line, reference.Span.Column, message);
}
