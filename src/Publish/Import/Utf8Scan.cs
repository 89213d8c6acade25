namespace Publish.Import;

/// <summary>
/// One pass over bytes that should be UTF-8: where the first invalid sequence is, how many valid
/// multi-byte characters and how many invalid bytes there are. A text that is UTF-8 with a few
/// damaged bytes has many of the former; a Windows-1252 text has none.
/// </summary>
internal readonly record struct Utf8Scan(int FirstInvalid, int ValidMultiByte, int InvalidBytes)
{
    public bool IsValid => FirstInvalid < 0;

    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        int first = -1, valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            var length = SequenceLength(bytes[i..]);
            if (length > 0) { valid++; i += length; continue; }
            if (first < 0) first = i;
            invalid++;
            i++;
        }
        return new Utf8Scan(first, valid, invalid);
    }

    /// <summary>Length of the well-formed UTF-8 sequence at the start (2–4), or 0 (RFC 3629 table: no overlongs, no surrogates, nothing above U+10FFFF).</summary>
    private static int SequenceLength(ReadOnlySpan<byte> s)
    {
        static bool Cont(ReadOnlySpan<byte> s, int i) => i < s.Length && (s[i] & 0xC0) == 0x80;
        var b = s[0];
        if (b is >= 0xC2 and <= 0xDF) return Cont(s, 1) ? 2 : 0;
        if (b is >= 0xE0 and <= 0xEF)
        {
            if (s.Length < 2) return 0;
            var lowOk = b switch { 0xE0 => s[1] >= 0xA0, 0xED => s[1] < 0xA0, _ => true };
            return lowOk && Cont(s, 1) && Cont(s, 2) ? 3 : 0;
        }
        if (b is >= 0xF0 and <= 0xF4)
        {
            if (s.Length < 2) return 0;
            var lowOk = b switch { 0xF0 => s[1] >= 0x90, 0xF4 => s[1] < 0x90, _ => true };
            return lowOk && Cont(s, 1) && Cont(s, 2) && Cont(s, 3) ? 4 : 0;
        }
        return 0;
    }
}
