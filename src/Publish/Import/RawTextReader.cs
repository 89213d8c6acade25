using System.Text;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>A raw text as decoded, the encoding it was read in, and what the reader noted on the way.</summary>
internal sealed record RawText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a raw text as received, deciding its encoding from evidence rather than hoping:
/// refuses empty files and binary data (a known file signature, or more control bytes than a
/// text has); reads UTF-16 by its byte order mark or its NUL pattern; reads UTF-8 (with or
/// without BOM); and when the bytes are not UTF-8, reads them as Windows-1252 / Latin-1 only if
/// the non-ASCII bytes look like that (<see cref="Windows1252Detector"/>), with a note that
/// gives the byte offset of the first non-UTF-8 byte. Otherwise it refuses the file at that
/// offset. Stray control bytes in a text are dropped with a warning. Line ends become <c>\n</c>.
/// Refusals are thrown as <see cref="DiagnosticException"/> at <c>path:line:col</c>.
/// </summary>
internal static class RawTextReader
{
    public static RawText Read(string path) => Decode(File.ReadAllBytes(path), path);

    public static RawText Decode(byte[] bytes, string path)
    {
        var notes = new List<Diagnostic>();
        if (bytes.Length == 0) throw Refuse(Codes.ImportUnreadable, path, bytes, 0, "the raw text is empty (0 bytes)");
        if (BinarySniffer.Format(bytes) is { } format)
            throw Refuse(Codes.ImportBinary, path, bytes, 0, $"this is {format}, not a text; import takes plain text (UTF-8, UTF-16 or Latin-1)");

        if (Utf16(bytes) is var (utf16, skip, name))
        {
            string text16;
            try { text16 = utf16.GetString(bytes, skip, (bytes.Length - skip) & ~1); }
            catch (DecoderFallbackException e)
            {
                var at = skip + Math.Max(0, e.Index) * 2;
                throw Refuse(Codes.ImportBadEncoding, path, bytes, at, $"{name} text with an invalid sequence at byte offset {at} (a lone surrogate)");
            }
            notes.Add(Note(Codes.ImportEncodingConverted, path, 1, 1, $"the raw text is {name}; converted to UTF-8"));
            return Finish(DropControls(text16, path, bytes, notes, offsetOf: i => skip + 2 * i), name, notes);
        }

        var (controls, firstControl) = BinarySniffer.ControlBytes(bytes);
        if (controls > bytes.Length * BinarySniffer.BinaryControlShare)
            throw Refuse(Codes.ImportBinary, path, bytes, firstControl,
                $"binary data, not a text: {controls} of {bytes.Length} bytes are control codes (first 0x{bytes[firstControl]:X2} at byte offset {firstControl})");

        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var body = bytes.AsSpan(bom);
        var scan = Utf8Scan.Of(body);
        string text, encoding;
        if (scan.IsValid)
        {
            text = Encoding.UTF8.GetString(body);
            encoding = "UTF-8";
        }
        else
        {
            var offset = bom + scan.FirstInvalid;
            var evidence = Windows1252Detector.Examine(body);
            var bad = $"byte 0x{bytes[offset]:X2} at byte offset {offset} is not UTF-8";
            if (scan.ValidMultiByte >= scan.InvalidBytes || bom > 0)
                throw Refuse(Codes.ImportBadEncoding, path, bytes, offset,
                    $"{bad}, though the text is otherwise UTF-8 ({scan.ValidMultiByte} valid multi-byte characters, {scan.InvalidBytes} invalid bytes): the file is damaged; repair or re-save it as UTF-8");
            if (!evidence.IsWindows1252)
                throw Refuse(Codes.ImportBadEncoding, path, bytes, offset,
                    $"{bad}, and the text does not read as Windows-1252 / Latin-1 either ({evidence}); " +
                    "convert it to UTF-8 first (e.g. iconv -f CP1251 -t UTF-8 for a Cyrillic text)");
            text = Windows1252Detector.Decode(body);
            encoding = evidence.EncodingName;
            var (line, column) = Position(bytes, offset, utf8: false);
            notes.Add(Note(Codes.ImportEncodingConverted, path, line, column,
                $"the raw text is not UTF-8 ({bad}); read as {encoding} because {evidence}; converted to UTF-8 — check the accented letters"));
        }
        if (controls > 0) text = DropControls(text, path, bytes, notes, offsetOf: _ => firstControl);
        return Finish(text, encoding, notes);
    }

    /// <summary>Unifies line ends, drops BOM and NULs, turns no-break spaces into spaces.</summary>
    public static string Normalise(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Replace("\0", "").Replace('\u00A0', ' ');

    private static RawText Finish(string text, string encoding, List<Diagnostic> notes) => new(Normalise(text), encoding, notes);

    /// <summary>UTF-16 by byte order mark, or by the NUL pattern of mostly-ASCII UTF-16 without one.</summary>
    private static (Encoding Encoding, int Skip, string Name)? Utf16(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..]) return (new UnicodeEncoding(false, false, true), 2, "UTF-16 (little-endian, with byte order mark)");
        if (bytes is [0xFE, 0xFF, ..]) return (new UnicodeEncoding(true, false, true), 2, "UTF-16 (big-endian, with byte order mark)");
        return BinarySniffer.Utf16WithoutMark(bytes) switch
        {
            true => (new UnicodeEncoding(true, false, true), 0, "UTF-16 (big-endian, no byte order mark)"),
            false => (new UnicodeEncoding(false, false, true), 0, "UTF-16 (little-endian, no byte order mark)"),
            null => null,
        };
    }

    /// <summary>Removes control characters a text cannot hold, with one warning that counts them.</summary>
    private static string DropControls(string text, string path, byte[] bytes, List<Diagnostic> notes, Func<int, int> offsetOf)
    {
        var sb = new StringBuilder(text.Length);
        int dropped = 0, first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && !BinarySniffer.IsTextByte((byte)c, i == text.Length - 1))
            {
                if (first < 0) first = i;
                dropped++;
                continue;
            }
            sb.Append(c == '\f' ? '\n' : c);
        }
        if (dropped == 0) return text;
        var offset = offsetOf(first);
        if (dropped > text.Length * BinarySniffer.BinaryControlShare)
            throw Refuse(Codes.ImportBinary, path, bytes, offset, $"binary data, not a text: {dropped} of {text.Length} characters are control codes (first at byte offset {offset})");
        var (line, column) = Position(bytes, offset, utf8: true);
        notes.Add(new Diagnostic(Codes.ImportControlCharacters, Severity.Warning, path, line, column,
            $"dropped {dropped} control character{(dropped == 1 ? "" : "s")} a text cannot hold (first at byte offset {offset})"));
        return sb.ToString();
    }

    private static Diagnostic Note(DiagnosticCode code, string path, int line, int column, string message) =>
        new(code, Severity.Note, path, line, column, message);

    private static DiagnosticException Refuse(DiagnosticCode code, string path, byte[] bytes, int offset, string message)
    {
        var (line, column) = Position(bytes, offset, utf8: true);
        return new DiagnosticException(new Diagnostic(code, Severity.Error, path, line, column, message));
    }

    /// <summary>Line and column (in characters; UTF-8 continuation bytes do not count) of a byte offset.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset, bool utf8)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if (!utf8 || (bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
