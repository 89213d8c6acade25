using System.Globalization;
using System.Text;

namespace Publish.Catalogue;

/// <summary>
/// Entries → series groups in catalogue order: series alphabetically, then a final group of
/// pamphlets without a series; inside a series by number (numerically where numbers are
/// numbers, unnumbered last), then title, then slug. The order is total, so the same entries
/// in any input order give the same page.
/// </summary>
internal static class CatalogueGrouper
{
    public const string OtherHeading = "Other pamphlets";
    public const string AllHeading = "Pamphlets";

    public static IReadOnlyList<SeriesGroup> Group(IEnumerable<CatalogueEntry> entries)
    {
        var bySeries = entries
            .GroupBy(e => SeriesName(e), StringComparer.Ordinal)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<SeriesGroup>();
        foreach (var group in bySeries)
        {
            var heading = group.Key ?? (bySeries.Count == 1 ? AllHeading : OtherHeading);
            var anchor = UniqueAnchor(anchors, group.Key is null ? "other" : "series-" + Slugify(group.Key));
            groups.Add(new SeriesGroup(heading, anchor, group.Key, Sort(group).ToList()));
        }
        return groups;
    }

    /// <summary>Entries in catalogue order within one group.</summary>
    public static IEnumerable<CatalogueEntry> Sort(IEnumerable<CatalogueEntry> entries) =>
        entries.OrderBy(e => NumberKey(e.Metadata.SeriesNumber).HasNumber ? 0 : 1)
               .ThenBy(e => NumberKey(e.Metadata.SeriesNumber).Value)
               .ThenBy(e => e.Metadata.SeriesNumber ?? "", StringComparer.Ordinal)
               .ThenBy(e => e.Metadata.Title, StringComparer.OrdinalIgnoreCase)
               .ThenBy(e => e.Metadata.Title, StringComparer.Ordinal)
               .ThenBy(e => e.Slug, StringComparer.Ordinal);

    /// <summary>The series name with spacing tidied, or null when the pamphlet has none.</summary>
    public static string? SeriesName(CatalogueEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Metadata.Series) ? null : MarkupText.OneLine(entry.Metadata.Series);

    /// <summary>"7" → 7, "12a" → 12 (the suffix then orders by text), anything else → no number.</summary>
    private static (bool HasNumber, decimal Value) NumberKey(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return (false, 0);
        var digits = new string(number.Trim().TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()).TrimEnd('.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (true, value) : (false, 0);
    }

    /// <summary>Lower-case letters and digits joined by single hyphens: "Solidarity pamphlets" → "solidarity-pamphlets".</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>The anchor itself, or with "-2", "-3"… appended until it is not yet taken.</summary>
    public static string UniqueAnchor(HashSet<string> taken, string anchor)
    {
        var candidate = anchor;
        for (int n = 2; !taken.Add(candidate); n++) candidate = $"{anchor}-{n}";
        return candidate;
    }
}
