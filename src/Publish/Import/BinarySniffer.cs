namespace Publish.Import;

/// <summary>
/// Tells a text from binary data before any decoding: by the signature of common file formats
/// (a PNG or PDF renamed <c>.txt</c>), then by the share of control bytes, which a text never has
/// many of (tab, line feed, carriage return and form feed aside).
/// </summary>
internal static class BinarySniffer
{
    /// <summary>
    /// Share of control bytes above which the data is binary. Texts as received have none, or a
    /// stray one from a bad conversion; compressed or image data has about one in ten (every
    /// byte value equally likely puts 28 of 256, 11 %, in the control range).
    /// </summary>
    public const double BinaryControlShare = 0.01;

    private static readonly (string Name, byte[] Magic)[] Signatures =
    [
        ("a PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF8"u8.ToArray()),
        ("a PDF document", "%PDF-"u8.ToArray()),
        ("a ZIP archive (or an EPUB, DOCX or ODT, which are ZIP archives)", [(byte)'P', (byte)'K', 0x03, 0x04]),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a Word 97–2003 document", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("an executable", [0x7F, (byte)'E', (byte)'L', (byte)'F']),
        ("a RIFF file (WebP image or WAV sound)", "RIFF"u8.ToArray()),
    ];

    /// <summary>The name of the binary format <paramref name="bytes"/> starts with, or null.</summary>
    public static string? Format(ReadOnlySpan<byte> bytes)
    {
        foreach (var (name, magic) in Signatures)
            if (bytes.StartsWith(magic)) return name;
        return null;
    }

    /// <summary>A byte a text may hold: not a C0 control other than tab, LF, CR, form feed, or DOS end-of-file (0x1A) as the last byte.</summary>
    public static bool IsTextByte(byte b, bool last) =>
        b >= 0x20 || b is (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C || b == 0x1A && last;

    /// <summary>How many control bytes the data holds, and where the first one is (−1 when none).</summary>
    public static (int Count, int First) ControlBytes(ReadOnlySpan<byte> bytes)
    {
        int count = 0, first = -1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (IsTextByte(bytes[i], i == bytes.Length - 1)) continue;
            if (first < 0) first = i;
            count++;
        }
        return (count, first);
    }

    /// <summary>
    /// UTF-16 without a byte order mark: text that is mostly ASCII has a NUL in every other byte.
    /// Returns whether it is big-endian, or null when it is not UTF-16. Looks at the first 4 KiB.
    /// </summary>
    public static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        double pairs = sample.Length / 2.0;
        // ASCII-heavy UTF-16 puts a NUL in (nearly) every high byte and none in the low bytes.
        if (oddNul / pairs > 0.3 && evenNul / pairs < 0.02) return false;
        if (evenNul / pairs > 0.3 && oddNul / pairs < 0.02) return true;
        return null;
    }
}
