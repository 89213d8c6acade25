namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads the legacy <c>kern</c> table (Microsoft version 0 and Apple version 1 headers),
/// format 0 subtables only: sorted glyph pairs with a kerning value. Horizontal subtables add
/// up, unless one sets the override bit, which replaces what came before.
/// </summary>
internal static class KernTableReader
{
    /// <summary>Apple's kern header starts with a 16.16 version 1.0.</summary>
    private const uint AppleVersion = 0x00010000;
    private const int MicrosoftHeaderSize = 4, AppleHeaderSize = 8;
    private const int MicrosoftSubtableHeaderSize = 6, AppleSubtableHeaderSize = 8;
    /// <summary>Microsoft coverage bits: horizontal, minimum values, cross-stream, override.</summary>
    private const ushort MsHorizontal = 0x1, MsMinimum = 0x2, MsCrossStream = 0x4, MsOverride = 0x8;
    /// <summary>Apple coverage bits: vertical, cross-stream, variation (high byte of coverage).</summary>
    private const ushort AppleVertical = 0x8000, AppleCrossStream = 0x4000, AppleVariation = 0x2000;
    private const int Format0PairsStart = 8, PairRecordSize = 6;
    /// <summary>Header table counts; subtable length and coverage fields (Apple / Microsoft layouts).</summary>
    private const int AppleCountField = 4, MicrosoftCountField = 2, AppleCoverageField = 4, MicrosoftLengthField = 2, MicrosoftCoverageField = 4;
    /// <summary>A pair record: left, right, value.</summary>
    private const int PairRightField = 2, PairValueField = 4;
    private const int FormatByteMask = 0xFF, FormatShift = 8;

    /// <summary>The table's pairs as one lookup, or null when the font has no usable kern table.</summary>
    public static PairLookup? Read(byte[] d, TableDirectory tables)
    {
        var kern = tables.Offset("kern");
        if (kern < 0) return null;
        var pairs = new Dictionary<uint, short>();
        var apple = FontBytes.U32(d, kern) == AppleVersion;
        var count = apple ? (int)FontBytes.U32(d, kern + AppleCountField) : FontBytes.U16(d, kern + MicrosoftCountField);
        var sub = kern + (apple ? AppleHeaderSize : MicrosoftHeaderSize);
        var end = kern + tables.Length("kern");
        for (var i = 0; i < count && sub < end; i++)
        {
            int length, format, header;
            bool usable, replace = false;
            if (apple)
            {
                length = (int)FontBytes.U32(d, sub);
                var coverage = FontBytes.U16(d, sub + AppleCoverageField);
                format = coverage & FormatByteMask;
                usable = (coverage & (AppleVertical | AppleCrossStream | AppleVariation)) == 0;
                header = AppleSubtableHeaderSize;
            }
            else
            {
                length = FontBytes.U16(d, sub + MicrosoftLengthField);
                var coverage = FontBytes.U16(d, sub + MicrosoftCoverageField);
                format = coverage >> FormatShift;
                usable = (coverage & MsHorizontal) != 0 && (coverage & (MsMinimum | MsCrossStream)) == 0;
                replace = (coverage & MsOverride) != 0;
                header = MicrosoftSubtableHeaderSize;
            }
            if (usable && format == 0) ReadFormat0(d, sub + header, pairs, replace);
            if (length <= 0) break;
            sub += length;
        }
        return pairs.Count == 0 ? null : new PairLookup(pairs, []);
    }

    private static void ReadFormat0(byte[] d, int at, Dictionary<uint, short> pairs, bool replace)
    {
        int count = FontBytes.U16(d, at);
        for (var i = 0; i < count; i++)
        {
            var rec = at + Format0PairsStart + i * PairRecordSize;
            if (rec + PairRecordSize > d.Length) break;
            var key = PairLookup.Key(FontBytes.U16(d, rec), FontBytes.U16(d, rec + PairRightField));
            var value = FontBytes.S16(d, rec + PairValueField);
            pairs[key] = replace || !pairs.TryGetValue(key, out var old) ? value : (short)(old + value);
        }
    }
}
