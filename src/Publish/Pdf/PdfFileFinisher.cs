using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Publish.Pdf;

/// <summary>
/// Saves a PDFsharp document and finishes the file: deterministic identity
/// (<see cref="DeterministicIdentity"/>), then every unfiltered stream except XMP metadata is
/// deflated with a complete zlib stream, the /W arrays of our fonts are written with exact
/// widths, and the cross-reference table is rebuilt.
/// </summary>
/// <remarks>
/// PDFsharp 6.5 writes FlateDecode streams as a zlib header plus raw deflate data without the
/// Adler-32 trailer, for every <c>FlateEncodeMode</c>; <c>qpdf --check</c> warns about that
/// ("input stream is complete but output may still be valid"). So the document is saved
/// uncompressed and compressed here. Only PDFsharp's own classic-xref output is expected.
/// </remarks>
internal static partial class PdfFileFinisher
{
    /// <summary>
    /// Saves <paramref name="document"/> (set up by <see cref="PdfDocumentSetup"/>) to finished
    /// bytes. The /W array of each font in <paramref name="fonts"/> is replaced by its exact
    /// widths (<see cref="TrueTypeWidths"/>) of the glyphs it uses.
    /// </summary>
    public static byte[] Save(PdfDocument document, DocumentFontSet? fonts = null)
    {
        using var raw = new MemoryStream();
        document.Save(raw, false);
        var bytes = raw.ToArray();
        DeterministicIdentity.Apply(bytes);
        return CompressStreams(bytes, fonts?.WidthArraysByObject());
    }

    /// <summary>
    /// Deflates unfiltered streams, replaces the /W array of the objects in
    /// <paramref name="widthArrays"/> (object number → the array's text) and rebuilds the xref table.
    /// </summary>
    /// <remarks>
    /// Works on the bytes; only the xref table, the trailer's tail and stream dictionaries become
    /// strings (the whole file as a string would be twice its size again).
    /// </remarks>
    public static byte[] CompressStreams(byte[] pdf, IReadOnlyDictionary<int, string>? widthArrays = null)
    {
        int startXref = pdf.AsSpan().LastIndexOf("startxref"u8);
        var tail = startXref < 0 ? "" : Encoding.Latin1.GetString(pdf, startXref, pdf.Length - startXref);
        var xrefValue = StartXrefValue().Match(tail);
        int xrefAt = xrefValue.Success ? int.Parse(xrefValue.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        int trailerAt = xrefAt < 0 || xrefAt >= pdf.Length ? -1 : pdf.AsSpan(xrefAt).IndexOf("trailer"u8);
        if (trailerAt < 0 || !pdf.AsSpan(xrefAt).StartsWith("xref"u8))
            throw new InvalidDataException("expected a classic xref table from PDFsharp");
        trailerAt += xrefAt;
        var xrefTable = Encoding.Latin1.GetString(pdf, xrefAt, trailerAt - xrefAt);

        var objects = new List<(int Number, int Generation, int Offset)>();
        int firstNumber = 0, index = 0;
        foreach (Match m in XrefLine().Matches(xrefTable))
        {
            if (m.Groups["sub"].Success) { firstNumber = int.Parse(m.Groups["first"].Value); index = 0; continue; }
            if (m.Groups["type"].Value == "n") objects.Add((firstNumber + index, int.Parse(m.Groups["gen"].Value), int.Parse(m.Groups["off"].Value)));
            index++;
        }
        objects.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        foreach (var (number, generation, offset) in objects)
            if (!pdf.AsSpan(offset).StartsWith(Encoding.ASCII.GetBytes($"{number} {generation} obj")))
                throw new InvalidDataException($"xref entry of object {number} does not point at the object");

        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf, 0, objects.Count > 0 ? objects[0].Offset : xrefAt);
        var newOffsets = new Dictionary<int, long>();
        for (int i = 0; i < objects.Count; i++)
        {
            int start = objects[i].Offset;
            int end = i + 1 < objects.Count ? objects[i + 1].Offset : xrefAt;
            newOffsets[objects[i].Number] = output.Position;
            if (widthArrays is not null && widthArrays.TryGetValue(objects[i].Number, out var widths))
                WriteWithWidths(output, pdf, start, end, widths);
            else
                WriteObject(output, pdf, start, end);
        }
        long newXref = output.Position;
        WriteXref(output, xrefTable, newOffsets);
        int startXrefInTail = trailerAt + pdf.AsSpan(trailerAt).IndexOf("startxref"u8);
        output.Write(pdf, trailerAt, startXrefInTail - trailerAt);
        output.Write(Encoding.ASCII.GetBytes($"startxref\n{newXref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, byte[] pdf, int start, int end)
    {
        int streamKeyword = pdf.AsSpan(start, end - start).IndexOf(">>\nstream\n"u8);
        if (streamKeyword < 0) { output.Write(pdf, start, end - start); return; }
        streamKeyword += start;
        var dictionary = Encoding.Latin1.GetString(pdf, start, streamKeyword + 2 - start);
        var length = DirectLength().Match(dictionary);
        int dataStart = streamKeyword + ">>\nstream\n".Length;
        bool plain = length.Success && !dictionary.Contains("/Filter", StringComparison.Ordinal)
                     && !dictionary.Contains("/Metadata", StringComparison.Ordinal);
        int dataLength = plain ? int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (!plain || dataStart + dataLength > end
            || !pdf.AsSpan(dataStart + dataLength).StartsWith("\nendstream"u8))
        {
            output.Write(pdf, start, end - start);
            return;
        }
        var compressed = ContentStreams.Deflate(pdf.AsSpan(dataStart, dataLength));
        if (compressed.Length >= dataLength) { output.Write(pdf, start, end - start); return; }
        var newDictionary = dictionary[..length.Index]
            + $"/Length {compressed.Length}/Filter/FlateDecode" + dictionary[(length.Index + length.Length)..];
        output.Write(Encoding.Latin1.GetBytes(newDictionary));
        output.Write("\nstream\n"u8);
        output.Write(compressed);
        int after = dataStart + dataLength;
        output.Write(pdf, after, end - after);
    }

    /// <summary>Writes a font dictionary (never a stream) with its /W array replaced.</summary>
    private static void WriteWithWidths(MemoryStream output, byte[] pdf, int start, int end, string widths)
    {
        var obj = pdf.AsSpan(start, end - start);
        int at = obj.IndexOf("/W["u8);
        if (at < 0 || obj.IndexOf("stream"u8) >= 0)
            throw new InvalidDataException("expected a CIDFont dictionary with a /W array");
        int close = at + 2, depth = 0;
        for (; close < obj.Length; close++)
        {
            if (obj[close] == (byte)'[') depth++;
            else if (obj[close] == (byte)']' && --depth == 0) break;
        }
        if (depth != 0) throw new InvalidDataException("unbalanced /W array");
        output.Write(obj[..at]);
        output.Write(Encoding.ASCII.GetBytes(widths));
        output.Write(obj[(close + 1)..]);
    }

    private static void WriteXref(MemoryStream output, string xref, Dictionary<int, long> offsets)
    {
        var sb = new StringBuilder("xref\n");
        int firstNumber = 0, index = 0;
        foreach (Match m in XrefLine().Matches(xref))
        {
            if (m.Groups["sub"].Success)
            {
                firstNumber = int.Parse(m.Groups["first"].Value);
                index = 0;
                sb.Append(m.Groups["first"].Value).Append(' ').Append(m.Groups["count"].Value).Append('\n');
                continue;
            }
            int number = firstNumber + index++;
            long offset = m.Groups["type"].Value == "n" ? offsets[number] : long.Parse(m.Groups["off"].Value);
            sb.Append(offset.ToString("D10")).Append(' ').Append(m.Groups["gen"].Value).Append(' ')
                .Append(m.Groups["type"].Value).Append(" \n");
        }
        output.Write(Encoding.ASCII.GetBytes(sb.ToString()));
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefValue();

    [GeneratedRegex(@"(?m)^(?:(?<sub>(?<first>\d+) (?<count>\d+))|(?<off>\d{10}) (?<gen>\d{5}) (?<type>[nf]))\s*$")]
    private static partial Regex XrefLine();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();
}
