using System.Text;

namespace Publish.Import;

/// <summary>The evidence for reading bytes that are not UTF-8 as Windows-1252 (a superset of Latin-1).</summary>
/// <param name="HighBytes">Bytes 0x80–0xFF in the text.</param>
/// <param name="Plausible">High bytes that read as a letter beside another letter, or as punctuation or a symbol.</param>
/// <param name="HighLetters">High bytes that read as letters.</param>
/// <param name="Letters">All letters (ASCII and high).</param>
/// <param name="UsesC1Range">Whether any byte falls in 0x80–0x9F, where Windows-1252 and ISO-8859-1 differ.</param>
internal sealed record LegacyEvidence(int HighBytes, int Plausible, int HighLetters, int Letters, bool UsesC1Range)
{
    /// <summary>
    /// Share of high bytes that must read plausibly. In a real Latin-1 or Windows-1252 text every
    /// one does (accented letters inside words, curly quotes, dashes); a tenth left over allows for
    /// a stray byte, while bytes from another code page or random data fail far more often.
    /// </summary>
    public const double MinPlausibleShare = 0.9;

    /// <summary>
    /// Largest share of letters that may be high bytes. Accented letters are a few per cent of the
    /// letters of French, German, Spanish or Icelandic text; a Cyrillic or Greek text in a legacy
    /// code page (Windows-1251, KOI8-R, ISO-8859-7) has nearly all its letters there.
    /// </summary>
    public const double MaxHighLetterShare = 0.3;

    public double PlausibleShare => HighBytes == 0 ? 1 : (double)Plausible / HighBytes;
    public double HighLetterShare => Letters == 0 ? 1 : (double)HighLetters / Letters;
    public bool IsWindows1252 => PlausibleShare >= MinPlausibleShare && HighLetterShare <= MaxHighLetterShare;
    public string EncodingName => UsesC1Range ? "Windows-1252" : "ISO-8859-1 (Latin-1)";

    public override string ToString() =>
        $"{Plausible} of {HighBytes} non-ASCII bytes read as letters inside words or as punctuation, " +
        $"and {HighLetters} of {Letters} letters are non-ASCII";
}

/// <summary>
/// Decides whether bytes that are not UTF-8 are a Windows-1252 / Latin-1 text, and decodes them.
/// Windows-1252 is read rather than strict ISO-8859-1 because texts that say Latin-1 use its
/// 0x80–0x9F punctuation (curly quotes, dashes), where ISO-8859-1 has only control codes.
/// </summary>
internal static class Windows1252Detector
{
    /// <summary>Windows-1252 at 0x80–0x9F; '\0' marks the five bytes it leaves undefined.</summary>
    private static readonly char[] C1 =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    public static char CharOf(byte b) => b is >= 0x80 and < 0xA0 ? C1[b - 0x80] : (char)b;

    private static bool IsLetterByte(byte b) => b < 0x80 ? char.IsAsciiLetter((char)b) : CharOf(b) is var c && c != '\0' && char.IsLetter(c);

    public static LegacyEvidence Examine(ReadOnlySpan<byte> bytes)
    {
        int high = 0, plausible = 0, highLetters = 0, letters = 0;
        var c1 = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var letter = IsLetterByte(b);
            if (letter) letters++;
            if (b < 0x80) continue;
            high++;
            c1 |= b < 0xA0;
            var c = CharOf(b);
            if (c == '\0') continue; // undefined in Windows-1252, a control code in ISO-8859-1: no text has it
            if (!letter) { plausible++; continue; }
            highLetters++;
            var beside = i > 0 && IsLetterByte(bytes[i - 1]) || i + 1 < bytes.Length && IsLetterByte(bytes[i + 1]);
            if (beside) plausible++;
        }
        return new LegacyEvidence(high, plausible, highLetters, letters, c1);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes) sb.Append(b >= 0x80 && CharOf(b) == '\0' ? '\uFFFD' : CharOf(b));
        return sb.ToString();
    }
}
