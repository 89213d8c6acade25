using System.Globalization;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Fills in what the front matter may leave out, deterministically: the identifier (a
/// name-based UUID from the slug, RFC 9562 version 5) and the modification date
/// (SOURCE_DATE_EPOCH, else the front matter's <c>modified</c>, else the publication date).
/// </summary>
internal static class MetadataCompleter
{
    private const string Fallback = "2000-01-01T00:00:00Z";

    public static Document Apply(Document doc, string? sourceDateEpoch)
    {
        var meta = doc.Metadata;
        var id = meta.Identifier.Length > 0 ? meta.Identifier : "urn:uuid:" + NameBasedUuid.Version5(NameBasedUuid.PamphletNamespace, doc.Slug);
        return doc with { Metadata = meta with { Identifier = id, Modified = Modified(meta, sourceDateEpoch) } };
    }

    private static string Modified(Metadata meta, string? sourceDateEpoch)
    {
        if (long.TryParse(sourceDateEpoch, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var candidate in new[] { meta.Modified, meta.Date })
            if (ParseDate(candidate) is { } date) return date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Fallback;
    }

    /// <summary>A year ("1921"), a year-month or an ISO date, as a UTC midnight.</summary>
    public static DateTime? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) && date.Year >= 1000 ? date : null;
    }
}
