using System.Text;
using Publish.Model;

namespace Publish.Pdf.Objects;

/// <summary>
/// Writes a PDF file object by object: the header, numbered objects and streams in the order
/// they are written, then the cross-reference table and the trailer. Object numbers are handed
/// out first (<see cref="Reserve"/>) so objects can refer to ones written later; every reserved
/// number must be written once before <see cref="Finish"/>. The trailer's /ID is a SHA-1 of
/// everything before it, so the same objects give the same file.
/// </summary>
internal sealed class PdfFileWriter
{
    private readonly MemoryStream _output;
    private readonly List<long> _offsets = [0];

    public PdfFileWriter(int capacity = 1 << 16)
    {
        _output = new MemoryStream(capacity);
        // The comment of four bytes above 127 tells transfer tools the file is binary (PDF 32000-1, 7.5.2).
        Ascii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>A new object number, to be written later.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> with <paramref name="body"/> (a dictionary, array or value).</summary>
    public void WriteObject(int number, string body)
    {
        Begin(number);
        Ascii(body);
        Ascii("\nendobj\n");
    }

    /// <summary>Writes object <paramref name="number"/> from a builder (large dictionaries, arrays).</summary>
    public void WriteObject(int number, StringBuilder body)
    {
        Begin(number);
        foreach (var chunk in body.GetChunks()) Ascii(chunk.Span);
        Ascii("\nendobj\n");
    }

    /// <summary>
    /// Writes a stream object: <c>&lt;&lt;<paramref name="entries"/>/Length n&gt;&gt;stream … endstream</c>.
    /// <paramref name="entries"/> are the dictionary's other entries ("/Filter/FlateDecode"), and
    /// <paramref name="data"/> is already encoded as they say.
    /// </summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> data)
    {
        Begin(number);
        Ascii("<<");
        Ascii(entries);
        Ascii("/Length ");
        Ascii(data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Ascii(">>stream\n");
        _output.Write(data);
        Ascii("\nendstream\nendobj\n");
    }

    /// <summary>Writes the cross-reference table and the trailer and returns the file.</summary>
    public byte[] Finish(int catalog, int info)
    {
        for (int n = 1; n < _offsets.Count; n++)
            if (_offsets[n] < 0) throw new InvalidOperationException($"PDF object {n} was reserved but never written");
        var id = Convert.ToHexString(Sha1.Hash(_output.GetBuffer().AsSpan(0, (int)_output.Length)), 0, 16);
        long xref = _output.Length;
        var table = new StringBuilder(32 + 20 * _offsets.Count);
        table.Append("xref\n0 ").Append(_offsets.Count).Append("\n0000000000 65535 f\r\n");
        for (int n = 1; n < _offsets.Count; n++) table.Append(_offsets[n].ToString("D10")).Append(" 00000 n\r\n");
        table.Append("trailer\n<</Size ").Append(_offsets.Count).Append("/Root ").Append(catalog).Append(" 0 R/Info ").Append(info)
            .Append(" 0 R/ID[<").Append(id).Append("><").Append(id).Append(">]>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        foreach (var chunk in table.GetChunks()) Ascii(chunk.Span);
        return _output.ToArray();
    }

    private void Begin(int number)
    {
        if (number <= 0 || number >= _offsets.Count) throw new ArgumentOutOfRangeException(nameof(number), $"PDF object {number} was never reserved");
        if (_offsets[number] >= 0) throw new InvalidOperationException($"PDF object {number} written twice");
        _offsets[number] = _output.Length;
        Ascii(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Ascii(" 0 obj\n");
    }

    /// <summary>Writes characters below 256 as single bytes (the syntax is ASCII; text strings are hex-encoded before they get here).</summary>
    private void Ascii(ReadOnlySpan<char> text)
    {
        Span<byte> buffer = stackalloc byte[1024];
        while (text.Length > 0)
        {
            int n = Math.Min(text.Length, buffer.Length);
            int written = Encoding.Latin1.GetBytes(text[..n], buffer);
            _output.Write(buffer[..written]);
            text = text[n..];
        }
    }
}
