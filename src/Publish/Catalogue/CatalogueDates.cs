using System.Globalization;

namespace Publish.Catalogue;

/// <summary>
/// Dates of the catalogue, all taken from its input: the feed's <c>updated</c> (the latest
/// modification of any pamphlet, else the options' date) and the normalised forms Atom wants.
/// </summary>
internal static class CatalogueDates
{
    private const string AtomFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The latest <see cref="Model.Metadata.Modified"/> of the entries, or <see cref="CatalogueOptions.Updated"/>.</summary>
    public static string Updated(IEnumerable<CatalogueEntry> entries, CatalogueOptions options)
    {
        var latest = entries.Select(e => Parse(e.Metadata.Modified)).Where(d => d is not null).Max();
        return latest is { } date ? Format(date) : Atom(options.Updated);
    }

    /// <summary>An ISO 8601 timestamp in Atom's form (UTC, seconds, 'Z'); unreadable input gives 2000-01-01.</summary>
    public static string Atom(string? timestamp) =>
        Parse(timestamp) is { } date ? Format(date) : "2000-01-01T00:00:00Z";

    /// <summary>The date part of an Atom timestamp, for the page's footer.</summary>
    public static string Day(string atomTimestamp) => atomTimestamp.Length >= 10 ? atomTimestamp[..10] : atomTimestamp;

    /// <summary>
    /// The machine-readable form of a publication date for <c>&lt;time datetime&gt;</c> and
    /// <c>dc:issued</c>: "1921", "1921-05" or "1921-05-01" are kept; anything else gives null.
    /// </summary>
    public static string? Issued(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var text = date.Trim();
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : null;
    }

    /// <summary>
    /// A publication date as readers expect it on an English page: "1921" stays, "1921-05"
    /// becomes "May 1921", "1921-05-01" becomes "1 May 1921"; free text is shown as written.
    /// </summary>
    public static string Display(string date)
    {
        var text = date.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day)) return day.ToString("d MMMM yyyy", culture);
        if (DateTime.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month)) return month.ToString("MMMM yyyy", culture);
        return text;
    }

    private static DateTimeOffset? Parse(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;

    private static string Format(DateTimeOffset? date) =>
        date!.Value.UtcDateTime.ToString(AtomFormat, CultureInfo.InvariantCulture);
}
