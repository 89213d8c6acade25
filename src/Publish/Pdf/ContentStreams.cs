using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publish.Pdf;

/// <summary>
/// Deflates the pages' content streams while the document is still objects, before PDFsharp
/// saves it: each stream becomes a complete zlib stream (header, data, Adler-32) with
/// <c>/Filter /FlateDecode</c>, which PDFsharp then writes as it is. Streams are independent, so
/// they are compressed in parallel; each one's bytes depend only on its own content, so the file is
/// the same whatever the scheduling. What is left unfiltered (font files, ToUnicode maps) is small
/// and is deflated by <see cref="PdfFileFinisher"/> after the save.
/// </summary>
/// <remarks>
/// Content streams are about seven eighths of an uncompressed book PDF (seed 001: 3.0 of 3.4 MB).
/// Compressing them here means the save and the finisher's passes work on a file a sixth the size.
/// </remarks>
internal static class ContentStreams
{
    /// <summary>Compresses every unfiltered content stream of <paramref name="pages"/>, on several cores when <paramref name="parallel"/>.</summary>
    public static void Compress(IEnumerable<PdfPage> pages, bool parallel = false)
    {
        var contents = new List<PdfContent>();
        foreach (var page in pages)
            foreach (var item in page.Contents.Elements)
                if ((item as PdfReference)?.Value is PdfContent { Stream: not null } content
                    && content.Elements.GetName("/Filter").Length == 0)
                    contents.Add(content);

        var compressed = new byte[contents.Count][];
        if (parallel) Parallel.For(0, contents.Count, i => compressed[i] = Deflate(contents[i].Stream.Value));
        else for (int i = 0; i < contents.Count; i++) compressed[i] = Deflate(contents[i].Stream.Value);
        for (int i = 0; i < contents.Count; i++)
        {
            if (compressed[i].Length >= contents[i].Stream.Value.Length) continue;
            contents[i].Stream.Value = compressed[i];
            contents[i].Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    /// <summary>A complete zlib stream (RFC 1950) of <paramref name="data"/>.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 4 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}
