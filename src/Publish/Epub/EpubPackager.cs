using System.IO.Compression;
using System.Text;

namespace Publish.Epub;

/// <summary>
/// Packs the publication into the OCF zip: <c>mimetype</c> first and stored, then
/// <c>META-INF/container.xml</c>, the package document and every item under <c>OEBPS/</c> in
/// the order given. Every entry gets the same timestamp and file mode, and the archive is
/// built in memory (seekable, so no data descriptors), so equal input gives equal bytes.
/// </summary>
internal static class EpubPackager
{
    public const string PackagePath = "OEBPS/content.opf";

    /// <summary>rw-r--r-- regular file, in the upper half of the external attributes (Unix).</summary>
    private const int UnixFileAttributes = 0b1000_000_110_100_100 << 16;

    private const string ContainerXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        + "  <rootfiles>\n"
        + "    <rootfile full-path=\"" + PackagePath + "\" media-type=\"application/oebps-package+xml\"/>\n"
        + "  </rootfiles>\n"
        + "</container>\n";

    /// <summary>Package document and items → the EPUB's bytes.</summary>
    public static byte[] Pack(byte[] packageDocument, IReadOnlyList<EpubItem> items, DateTimeOffset timestamp)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), timestamp, CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml", Encoding.UTF8.GetBytes(ContainerXml), timestamp, CompressionLevel.Optimal);
            Add(zip, PackagePath, packageDocument, timestamp, CompressionLevel.Optimal);
            foreach (var item in items)
                Add(zip, "OEBPS/" + item.Href, item.Content, timestamp, Level(item.MediaType));
        }
        return buffer.ToArray();
    }

    /// <summary>Already-compressed images are stored; text is deflated.</summary>
    private static CompressionLevel Level(string mediaType) =>
        mediaType is "image/png" or "image/jpeg" or "image/gif" or "image/webp"
            ? CompressionLevel.NoCompression
            : CompressionLevel.Optimal;

    private static void Add(ZipArchive zip, string name, byte[] content, DateTimeOffset timestamp, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = timestamp;
        entry.ExternalAttributes = UnixFileAttributes;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
