using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The font's Unicode <c>cmap</c>: code point → glyph id. Reads the best Unicode subtable
/// (format 12 for full Unicode, else format 4 for the BMP) into a flat array for the BMP and a
/// dictionary for the supplementary planes, so a look-up never searches.
/// </summary>
internal sealed class CharacterMap
{
    private const int BmpSize = 0x10000;
    private const int MaxCodePoint = 0x10FFFF;
    private const ushort PlatformUnicode = 0, PlatformWindows = 3;
    private const ushort WindowsBmp = 1, WindowsFull = 10;
    private const ushort Format4 = 4, Format12 = 12;
    private const int EncodingRecordsStart = 4, EncodingRecordSize = 8;
    /// <summary>Preference scores of subtables: full-Unicode format 12 first, then BMP format 4.</summary>
    private const int ScoreFull = 2, ScoreBmp = 1;
    /// <summary>Format 12: header size before the groups, and the size of one group.</summary>
    private const int Format12Header = 16, Format12GroupSize = 12;
    /// <summary>Format 4: offset of segCountX2 and of the endCode array.</summary>
    private const int Format4SegCountX2 = 6, Format4EndCodes = 14;
    /// <summary>Format 12: offset of numGroups; fields of a group (startCharCode, endCharCode, startGlyphID).</summary>
    private const int Format12GroupCount = 12, GroupEndField = 4, GroupGlyphField = 8;
    /// <summary>cmap header: numTables; encoding record: encodingID, subtable offset.</summary>
    private const int TableCountField = 2, EncodingIdField = 2, SubtableOffsetField = 4;

    private readonly ushort[] _bmp;
    private readonly Dictionary<int, ushort> _supplementary;

    private CharacterMap(ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        _bmp = bmp;
        _supplementary = supplementary;
    }

    /// <summary>The glyph for a code point, 0 (.notdef) when the font lacks it.</summary>
    public ushort Lookup(int codePoint) =>
        (uint)codePoint < BmpSize ? _bmp[codePoint]
        : _supplementary.TryGetValue(codePoint, out var g) ? g : (ushort)0;

    /// <summary>Reads the cmap table; throws when the font has no usable Unicode subtable.</summary>
    public static CharacterMap Read(byte[] d, TableDirectory tables, string key, int glyphCount)
    {
        var cmap = tables.Require("cmap", key);
        int count = FontBytes.U16(d, cmap + TableCountField);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < count; i++)
        {
            var r = cmap + EncodingRecordsStart + i * EncodingRecordSize;
            var platform = FontBytes.U16(d, r);
            var encoding = FontBytes.U16(d, r + EncodingIdField);
            var sub = cmap + (int)FontBytes.U32(d, r + SubtableOffsetField);
            var format = FontBytes.U16(d, sub);
            var unicode = platform == PlatformUnicode || (platform == PlatformWindows && encoding is WindowsBmp or WindowsFull);
            if (!unicode) continue;
            var score = format == Format12 ? ScoreFull : format == Format4 ? ScoreBmp : 0;
            if (score > bestScore) { bestScore = score; best = sub; }
        }
        if (best < 0)
            throw new FontFormatException(Codes.FontMalformed, key, "no Unicode cmap subtable (format 4 or 12)");

        var bmp = new ushort[BmpSize];
        var supplementary = new Dictionary<int, ushort>();
        if (bestScore == ScoreFull) ReadFormat12(d, best, bmp, supplementary, glyphCount);
        else ReadFormat4(d, best, bmp, glyphCount);
        return new CharacterMap(bmp, supplementary);
    }

    private static void ReadFormat12(byte[] d, int sub, ushort[] bmp, Dictionary<int, ushort> supplementary, int glyphCount)
    {
        var groups = FontBytes.U32(d, sub + Format12GroupCount);
        for (var i = 0u; i < groups; i++)
        {
            var g = sub + Format12Header + (int)i * Format12GroupSize;
            var start = FontBytes.U32(d, g);
            var end = Math.Min(FontBytes.U32(d, g + GroupEndField), MaxCodePoint);
            var glyph = FontBytes.U32(d, g + GroupGlyphField);
            for (var cp = start; cp <= end; cp++, glyph++)
            {
                if (glyph >= glyphCount) break;
                if (cp < BmpSize) bmp[cp] = (ushort)glyph;
                else supplementary[(int)cp] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat4(byte[] d, int sub, ushort[] bmp, int glyphCount)
    {
        var segCount = FontBytes.U16(d, sub + Format4SegCountX2) / 2;
        var ends = sub + Format4EndCodes;
        var starts = ends + segCount * 2 + sizeof(ushort); // reservedPad between the arrays
        var deltas = starts + segCount * 2;
        var rangeOffsets = deltas + segCount * 2;
        for (var s = 0; s < segCount; s++)
        {
            int end = FontBytes.U16(d, ends + s * sizeof(ushort));
            int start = FontBytes.U16(d, starts + s * sizeof(ushort));
            var delta = FontBytes.U16(d, deltas + s * sizeof(ushort));
            var rangeOffsetAt = rangeOffsets + s * sizeof(ushort);
            int rangeOffset = FontBytes.U16(d, rangeOffsetAt);
            for (var cp = start; cp <= end && cp < BmpSize; cp++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (cp + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset is relative to its own position in the idRangeOffset array.
                    var at = rangeOffsetAt + rangeOffset + (cp - start) * 2;
                    if (at + 2 > d.Length) break;
                    glyph = FontBytes.U16(d, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph < glyphCount) bmp[cp] = (ushort)glyph;
            }
        }
    }
}
