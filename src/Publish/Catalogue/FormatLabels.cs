using System.Globalization;

namespace Publish.Catalogue;

/// <summary>
/// What readers see for each kind of file: a human label ("PDF (screen)"), its place in the
/// list of downloads, whether an OPDS client may fetch it, and its size in words ("412 KB").
/// </summary>
internal static class FormatLabels
{
    /// <summary>The formats in the order they are offered; unknown formats follow, by name.</summary>
    private static readonly string[] Order = ["epub", "pdf", "print", "booklet", "cover-pdf"];

    /// <summary>The label of a format, naming the trim of print files.</summary>
    public static string Label(string format, string trim) => format switch
    {
        "epub" => "EPUB",
        "pdf" => "PDF (screen)",
        "print" => $"Print PDF ({trim})",
        "booklet" => "Booklet (A4, print double-sided, short-edge)",
        "cover-pdf" => "Print cover (PDF)",
        _ => format,
    };

    /// <summary>Sort key: known formats first in <see cref="Order"/>, then others.</summary>
    public static int Rank(string format)
    {
        int index = Array.IndexOf(Order, format);
        return index < 0 ? Order.Length : index;
    }

    /// <summary>Reading formats an OPDS client should download: the EPUB and the screen PDF.</summary>
    public static bool IsAcquisition(string format) => format is "epub" or "pdf";

    /// <summary>The files in offering order (format rank, then format name, then path).</summary>
    public static IEnumerable<CatalogueFile> Sorted(IEnumerable<CatalogueFile> files) =>
        files.OrderBy(f => Rank(f.Format)).ThenBy(f => f.Format, StringComparer.Ordinal)
             .ThenBy(f => f.RelativePath, StringComparer.Ordinal);

    /// <summary>
    /// A size in binary units as file managers show it: "812 bytes", "412 KB", "1.4 MB".
    /// Kilobytes are whole numbers (rounded up, so a 1-byte-over file never reads "0 KB");
    /// megabytes keep one decimal.
    /// </summary>
    public static string Size(long bytes)
    {
        const double Kilo = 1024, Mega = 1024 * 1024;
        if (bytes < 1024) return bytes == 1 ? "1 byte" : $"{Math.Max(0, bytes)} bytes";
        if (bytes < Mega) return Math.Ceiling(bytes / Kilo).ToString("0", CultureInfo.InvariantCulture) + " KB";
        return (bytes / Mega).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
    }
}
