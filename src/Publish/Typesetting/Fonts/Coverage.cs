namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads OpenType Coverage tables (format 1: glyph list; format 2: glyph ranges) into
/// glyph → coverage index pairs, the form every GSUB/GPOS subtable indexes its data by.
/// </summary>
internal static class Coverage
{
    private const ushort GlyphListFormat = 1, RangeFormat = 2;
    private const int RangeRecordSize = 6;
    /// <summary>Header: format, count; then glyphs or range records. Range: start, end, startCoverageIndex.</summary>
    private const int CountField = 2, Records = 4, RangeEndField = 2, RangeIndexField = 4;

    /// <summary>Every covered glyph with its coverage index, in coverage order.</summary>
    public static IEnumerable<(ushort Glyph, int Index)> Read(byte[] d, int offset)
    {
        var format = FontBytes.U16(d, offset);
        int count = FontBytes.U16(d, offset + CountField);
        if (format == GlyphListFormat)
        {
            for (var i = 0; i < count; i++) yield return (FontBytes.U16(d, offset + Records + i * sizeof(ushort)), i);
        }
        else if (format == RangeFormat)
        {
            for (var r = 0; r < count; r++)
            {
                var rec = offset + Records + r * RangeRecordSize;
                int start = FontBytes.U16(d, rec), end = FontBytes.U16(d, rec + RangeEndField);
                int index = FontBytes.U16(d, rec + RangeIndexField);
                for (var g = start; g <= end; g++) yield return ((ushort)g, index + g - start);
            }
        }
    }

    /// <summary>
    /// A per-glyph array of coverage indices (-1 for glyphs not covered), for O(1) tests in
    /// the shaping loop.
    /// </summary>
    public static int[] ReadIndexArray(byte[] d, int offset, int glyphCount)
    {
        var map = new int[glyphCount];
        Array.Fill(map, -1);
        foreach (var (glyph, index) in Read(d, offset))
            if (glyph < glyphCount) map[glyph] = index;
        return map;
    }
}
