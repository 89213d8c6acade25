using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Epub;

/// <summary>
/// Dates as the package document and the zip need them: a W3C date for dc:date (only when
/// the front matter's date already is one), the <c>dcterms:modified</c> stamp, and the fixed
/// time of every zip entry (the modification date, kept within what a zip can store).
/// </summary>
internal static partial class EpubDates
{
    private const string Fallback = "2000-01-01T00:00:00Z";

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex W3cDate();

    /// <summary>The date for dc:date, or null when the text is not a year or ISO date.</summary>
    public static string? PublicationDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var trimmed = date.Trim();
        if (W3cDate().IsMatch(trimmed)) return trimmed;
        return DateTimeOffset.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The modification time in UTC.</summary>
    public static DateTimeOffset ModifiedTime(string? modified) =>
        DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : DateTimeOffset.Parse(Fallback, CultureInfo.InvariantCulture).ToUniversalTime();

    /// <summary>The <c>dcterms:modified</c> value: CCYY-MM-DDThh:mm:ssZ.</summary>
    public static string Modified(string? modified) =>
        ModifiedTime(modified).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The time stamped on every zip entry, clamped to the DOS range (1980–2107).</summary>
    public static DateTimeOffset ZipTime(string? modified)
    {
        var time = ModifiedTime(modified);
        var min = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var max = new DateTimeOffset(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);
        return time < min ? min : time > max ? max : time;
    }
}
