using System.Text;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// A raw text too big to hold, read as a sequence of decoded pieces cut at line ends. It makes
/// the same decisions as <see cref="RawTextReader"/> with the same messages (binary signature,
/// control-byte share, UTF-16 by mark or NUL pattern, UTF-8, else Windows-1252 / Latin-1 by
/// evidence, else a refusal at the byte offset), but from statistics gathered block by block in
/// one pass over the file, so memory is one block, not the file. Blocks are cut after a line end
/// (or, in a text without one, at a character boundary), so no UTF-8 sequence, surrogate pair or
/// CR LF pair is ever split and every per-block figure adds up to the whole file's.
/// </summary>
internal sealed class RawTextStream
{
    /// <summary>Bytes read per block: large enough that reading costs nothing, small beside the import's working set.</summary>
    public const int BlockBytes = 1 << 20;

    private readonly string _path;
    private readonly TextKind _kind;
    private readonly long _controls;

    private enum TextKind { Utf8, Windows1252, Utf16LittleEndian, Utf16BigEndian }

    private RawTextStream(string path, TextKind kind, int skip, long controls, string encoding, IReadOnlyList<Diagnostic> diagnostics)
    {
        _path = path;
        _kind = kind;
        Skip = skip;
        _controls = controls;
        Encoding = encoding;
        Diagnostics = diagnostics;
    }

    /// <summary>The encoding the text was read in, named as in <see cref="RawText.Encoding"/>.</summary>
    public string Encoding { get; }

    /// <summary>What the reader noted (encoding converted, control characters dropped).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Bytes of byte order mark skipped at the start.</summary>
    private int Skip { get; }

    private int Unit => _kind is TextKind.Utf16LittleEndian or TextKind.Utf16BigEndian ? 2 : 1;

    /// <summary>Examines the whole file once and decides how to read it; refusals are thrown as <see cref="DiagnosticException"/>.</summary>
    public static RawTextStream Open(string path)
    {
        var notes = new List<Diagnostic>();
        byte[] head;
        using (var file = File.OpenRead(path))
        {
            head = new byte[Math.Min(file.Length, 4096)];
            file.ReadExactly(head);
        }
        if (head.Length == 0) throw Refuse(Codes.ImportUnreadable, path, new Place(1, 1), "the raw text is empty (0 bytes)");
        if (BinarySniffer.Format(head) is { } format)
            throw Refuse(Codes.ImportBinary, path, new Place(1, 1), $"this is {format}, not a text; import takes plain text (UTF-8, UTF-16 or Latin-1)");

        var utf16 = head is [0xFF, 0xFE, ..] ? (TextKind.Utf16LittleEndian, 2, "UTF-16 (little-endian, with byte order mark)")
            : head is [0xFE, 0xFF, ..] ? (TextKind.Utf16BigEndian, 2, "UTF-16 (big-endian, with byte order mark)")
            : BinarySniffer.Utf16WithoutMark(head) switch
            {
                true => (TextKind.Utf16BigEndian, 0, "UTF-16 (big-endian, no byte order mark)"),
                false => (TextKind.Utf16LittleEndian, 0, "UTF-16 (little-endian, no byte order mark)"),
                null => ((TextKind, int, string)?)null,
            };
        if (utf16 is var (kind16, skip16, name16)) return OpenUtf16(path, kind16, skip16, name16, notes);

        var bom = head.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? 3 : 0;
        var probe = new RawTextStream(path, TextKind.Utf8, bom, 0, "", []);
        long length = 0, controls = 0, firstControl = -1, firstInvalid = -1;
        long validMultiByte = 0, invalidBytes = 0, high = 0, plausible = 0, highLetters = 0, letters = 0;
        var c1 = false;
        Place controlAt = new(1, 1), invalidAt = new(1, 1), invalidCharAt = new(1, 1);
        var lines = 0L;
        foreach (var (offset, block, last) in probe.Blocks())
        {
            var span = block.Span;
            length = offset + span.Length;
            var (count, first) = BinarySniffer.ControlBytes(span);
            if (!last && count > 0 && span[^1] == 0x1A) count++; // ControlBytes lets a final 0x1A through; only the file's last byte may be one
            if (first >= 0 && firstControl < 0) { firstControl = offset + first; controlAt = PlaceIn(span, first, lines, utf8: true); }
            controls += count;
            var scan = Utf8Scan.Of(span);
            if (!scan.IsValid && firstInvalid < 0) { firstInvalid = offset + scan.FirstInvalid; invalidAt = PlaceIn(span, scan.FirstInvalid, lines, utf8: false); invalidCharAt = PlaceIn(span, scan.FirstInvalid, lines, utf8: true); }
            validMultiByte += scan.ValidMultiByte;
            invalidBytes += scan.InvalidBytes;
            var evidence = Windows1252Detector.Examine(span);
            (high, plausible, highLetters, letters) = (high + evidence.HighBytes, plausible + evidence.Plausible, highLetters + evidence.HighLetters, letters + evidence.Letters);
            c1 |= evidence.UsesC1Range;
            lines += span.Count((byte)'\n');
        }
        length += bom;
        if (controls > length * BinarySniffer.BinaryControlShare)
            throw Refuse(Codes.ImportBinary, path, controlAt,
                $"binary data, not a text: {controls} of {length} bytes are control codes (first 0x{ByteAt(path, firstControl + bom):X2} at byte offset {firstControl + bom})");

        var encoding = "UTF-8";
        var textKind = TextKind.Utf8;
        if (firstInvalid >= 0)
        {
            var offset = bom + firstInvalid;
            var legacy = new LegacyEvidence((int)Math.Min(high, int.MaxValue), (int)Math.Min(plausible, int.MaxValue),
                (int)Math.Min(highLetters, int.MaxValue), (int)Math.Min(letters, int.MaxValue), c1);
            var bad = $"byte 0x{ByteAt(path, offset):X2} at byte offset {offset} is not UTF-8";
            if (validMultiByte >= invalidBytes || bom > 0)
                throw Refuse(Codes.ImportBadEncoding, path, invalidCharAt,
                    $"{bad}, though the text is otherwise UTF-8 ({validMultiByte} valid multi-byte characters, {invalidBytes} invalid bytes): the file is damaged; repair or re-save it as UTF-8");
            if (!legacy.IsWindows1252)
                throw Refuse(Codes.ImportBadEncoding, path, invalidCharAt,
                    $"{bad}, and the text does not read as Windows-1252 / Latin-1 either ({legacy}); " +
                    "convert it to UTF-8 first (e.g. iconv -f CP1251 -t UTF-8 for a Cyrillic text)");
            encoding = legacy.EncodingName;
            textKind = TextKind.Windows1252;
            notes.Add(new Diagnostic(Codes.ImportEncodingConverted, Severity.Note, path, invalidAt.IntLine, invalidAt.Column,
                $"the raw text is not UTF-8 ({bad}); read as {encoding} because {legacy}; converted to UTF-8 — check the accented letters"));
        }
        if (controls > 0)
            notes.Add(new Diagnostic(Codes.ImportControlCharacters, Severity.Warning, path, controlAt.IntLine, controlAt.Column,
                $"dropped {controls} control character{(controls == 1 ? "" : "s")} a text cannot hold (first at byte offset {firstControl + bom})"));
        return new RawTextStream(path, textKind, bom, controls, encoding, notes);
    }

    /// <summary>UTF-16: every block is decoded strictly once here, so a lone surrogate is refused before any output.</summary>
    private static RawTextStream OpenUtf16(string path, TextKind kind, int skip, string name, List<Diagnostic> notes)
    {
        var stream = new RawTextStream(path, kind, skip, 0, name, []);
        long chars = 0, controls = 0, firstControl = -1;
        var lines = 0L;
        Place controlAt = new(1, 1);
        foreach (var (offset, block, last) in stream.Blocks())
        {
            var text = stream.Decode(block.Span, offset);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n') lines++;
                if (c >= 0x20 || BinarySniffer.IsTextByte((byte)c, last && i == text.Length - 1)) continue;
                if (firstControl < 0) { firstControl = skip + offset + 2L * i; controlAt = new Place(lines + 1, 1); }
                controls++;
            }
            chars += text.Length;
        }
        notes.Add(new Diagnostic(Codes.ImportEncodingConverted, Severity.Note, path, 1, 1, $"the raw text is {name}; converted to UTF-8"));
        if (controls > chars * BinarySniffer.BinaryControlShare)
            throw Refuse(Codes.ImportBinary, path, controlAt, $"binary data, not a text: {controls} of {chars} characters are control codes (first at byte offset {firstControl})");
        if (controls > 0)
            notes.Add(new Diagnostic(Codes.ImportControlCharacters, Severity.Warning, path, controlAt.IntLine, controlAt.Column,
                $"dropped {controls} control character{(controls == 1 ? "" : "s")} a text cannot hold (first at byte offset {firstControl})"));
        return new RawTextStream(path, kind, skip, controls, name, notes);
    }

    /// <summary>
    /// The text in pieces of about <see cref="BlockBytes"/>, decoded, with control characters
    /// dropped and line ends unified as <see cref="RawTextReader.Normalise"/> does. Every piece
    /// but the last ends where a line ends whenever the text has line ends.
    /// </summary>
    public IEnumerable<string> Pieces()
    {
        var first = true;
        foreach (var (offset, block, last) in Blocks())
        {
            var text = Decode(block.Span, offset);
            if (_controls > 0) text = DropControls(text, last);
            text = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\0", "").Replace('\u00A0', ' ');
            if (first) text = text.TrimStart('\uFEFF');
            first = false;
            if (text.Length > 0) yield return text;
        }
    }

    private string Decode(ReadOnlySpan<byte> block, long offset)
    {
        switch (_kind)
        {
            case TextKind.Windows1252: return Windows1252Detector.Decode(block);
            case TextKind.Utf8: return System.Text.Encoding.UTF8.GetString(block);
            default:
                try { return new UnicodeEncoding(_kind == TextKind.Utf16BigEndian, false, true).GetString(block); }
                catch (DecoderFallbackException e)
                {
                    var at = Skip + offset + Math.Max(0, e.Index) * 2;
                    throw Refuse(Codes.ImportBadEncoding, _path, new Place(1, 1), $"{Encoding} text with an invalid sequence at byte offset {at} (a lone surrogate)");
                }
        }
    }

    private static string DropControls(string text, bool last)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && !BinarySniffer.IsTextByte((byte)c, last && i == text.Length - 1)) continue;
            sb.Append(c == '\f' ? '\n' : c);
        }
        return sb.ToString();
    }

    /// <summary>The file after the byte order mark in blocks cut after a line end; offsets count from after the mark.</summary>
    private IEnumerable<(long Offset, ReadOnlyMemory<byte> Block, bool Last)> Blocks()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        file.Position = Skip;
        var buffer = new byte[BlockBytes];
        int filled = 0;
        long offset = 0;
        while (true)
        {
            var read = file.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var end = read == 0 && file.Position >= file.Length;
            if (filled == 0) yield break;
            var cut = end ? filled - filled % Unit : CutPoint(buffer.AsSpan(0, filled));
            if (cut == 0) cut = filled - filled % Unit; // no boundary found at all: take the block whole
            if (end && cut < filled && Unit == 2) cut = filled; // an odd trailing byte: let the strict decoder see it
            yield return (offset, buffer.AsMemory(0, cut), end && cut == filled);
            offset += cut;
            Array.Copy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
            if (end && filled == 0) yield break;
        }
    }

    /// <summary>Where to end a block: after its last line feed, else its last carriage return, else at a character boundary.</summary>
    private int CutPoint(ReadOnlySpan<byte> data)
    {
        if (Unit == 1)
        {
            var lf = data.LastIndexOf((byte)'\n');
            if (lf >= 0) return lf + 1;
            var cr = data.LastIndexOf((byte)'\r');
            if (cr >= 0) return cr + 1;
            for (var i = data.Length - 1; i > 0; i--)
                if (_kind == TextKind.Windows1252 || (data[i] & 0xC0) != 0x80) return i;
            return 0;
        }
        var bigEndian = _kind == TextKind.Utf16BigEndian;
        var fallback = 0;
        for (var i = (data.Length & ~1) - 2; i >= 0; i -= 2)
        {
            var u = bigEndian ? data[i] << 8 | data[i + 1] : data[i + 1] << 8 | data[i];
            if (u == '\n') return i + 2;
            if (fallback == 0 && i > 0 && !char.IsHighSurrogate((char)u) && !char.IsLowSurrogate((char)u)) fallback = i + 2;
        }
        return fallback;
    }

    private static byte ByteAt(string path, long offset)
    {
        using var file = File.OpenRead(path);
        file.Position = offset;
        return (byte)file.ReadByte();
    }

    /// <summary>A line and column in the raw text.</summary>
    private readonly record struct Place(long Line, int Column)
    {
        public int IntLine => (int)Math.Min(Line, int.MaxValue);
    }

    /// <summary>The place of a byte inside a block that starts a line, <paramref name="linesBefore"/> lines into the file.</summary>
    private static Place PlaceIn(ReadOnlySpan<byte> block, int offset, long linesBefore, bool utf8)
    {
        long line = linesBefore + 1;
        var column = 1;
        for (var i = 0; i < offset && i < block.Length; i++)
        {
            if (block[i] == (byte)'\n') { line++; column = 1; }
            else if (!utf8 || (block[i] & 0xC0) != 0x80) column++;
        }
        return new Place(line, column);
    }

    private static DiagnosticException Refuse(DiagnosticCode code, string path, Place at, string message) =>
        new(new Diagnostic(code, Severity.Error, path, at.IntLine, at.Column, message));
}
