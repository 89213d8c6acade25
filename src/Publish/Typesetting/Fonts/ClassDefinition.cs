namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads OpenType ClassDef tables (format 1: class array from a start glyph; format 2: class
/// ranges) into a per-glyph class array. Glyphs not mentioned are class 0, as the spec says.
/// </summary>
internal static class ClassDefinition
{
    private const ushort ArrayFormat = 1, RangeFormat = 2;
    private const int RangeRecordSize = 6;
    /// <summary>Format 1: startGlyphID, glyphCount, classValueArray.</summary>
    private const int StartGlyphField = 2, GlyphCountField = 4, ClassValues = 6;
    /// <summary>Format 2: classRangeCount, then records (startGlyphID, endGlyphID, class).</summary>
    private const int RangeCountField = 2, RangeRecords = 4, RangeEndField = 2, RangeClassField = 4;

    /// <summary>The class of every glyph 0..glyphCount-1.</summary>
    public static ushort[] Read(byte[] d, int offset, int glyphCount)
    {
        var classes = new ushort[glyphCount];
        var format = FontBytes.U16(d, offset);
        if (format == ArrayFormat)
        {
            int start = FontBytes.U16(d, offset + StartGlyphField), count = FontBytes.U16(d, offset + GlyphCountField);
            for (var i = 0; i < count; i++)
            {
                var glyph = start + i;
                if (glyph < glyphCount) classes[glyph] = FontBytes.U16(d, offset + ClassValues + i * sizeof(ushort));
            }
        }
        else if (format == RangeFormat)
        {
            int count = FontBytes.U16(d, offset + RangeCountField);
            for (var r = 0; r < count; r++)
            {
                var rec = offset + RangeRecords + r * RangeRecordSize;
                int first = FontBytes.U16(d, rec), last = FontBytes.U16(d, rec + RangeEndField);
                var cls = FontBytes.U16(d, rec + RangeClassField);
                for (var g = first; g <= last && g < glyphCount; g++) classes[g] = cls;
            }
        }
        return classes;
    }
}
