using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Fills in what the front matter may leave out, deterministically: the identifier (a
/// name-based UUID from the slug, RFC 9562 version 5) and the modification date
/// (SOURCE_DATE_EPOCH, else the front matter's <c>modified</c>, else the publication date).
/// </summary>
internal static class MetadataCompleter
{
    /// <summary>Our UUID namespace: a version-5 UUID of "publish.pamphlets" in the URL namespace.</summary>
    private static readonly Guid Namespace = Uuid5(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "publish.pamphlets");

    private const string Fallback = "2000-01-01T00:00:00Z";

    public static Document Apply(Document doc, string? sourceDateEpoch)
    {
        var meta = doc.Metadata;
        var id = meta.Identifier.Length > 0 ? meta.Identifier : "urn:uuid:" + Uuid5(Namespace, doc.Slug);
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

    public static Guid Uuid5(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. spaceBytes, .. nameBytes]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
