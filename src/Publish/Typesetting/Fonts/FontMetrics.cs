using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Whole-font metrics in font units, read from <c>head</c>, <c>maxp</c>, <c>hhea</c>,
/// <c>OS/2</c> and <c>post</c>. Ascender is positive (above the baseline), descender negative,
/// as stored in the font. Cap height and x-height are 0 when the font does not state them.
/// </summary>
internal sealed record FontMetrics(
    int UnitsPerEm,
    short XMin, short YMin, short XMax, short YMax,
    bool LongLocaOffsets,
    int GlyphCount,
    int HorizontalMetricCount,
    short Ascender, short Descender, short LineGap,
    short CapHeight, short XHeight,
    double ItalicAngle)
{
    private const uint HeadMagic = 0x5F0F3CF5;
    private const int HeadMagicOffset = 12;
    private const int HeadUnitsPerEm = 18;
    private const int HeadXMin = 36, HeadYMin = 38, HeadXMax = 40, HeadYMax = 42;
    private const int HeadIndexToLocFormat = 50;

    private const int MaxpNumGlyphs = 4;

    private const int HheaAscender = 4, HheaDescender = 6, HheaLineGap = 8;
    private const int HheaNumberOfHMetrics = 34;

    private const int Os2FsSelection = 62;
    private const int Os2TypoAscender = 68, Os2TypoDescender = 70, Os2TypoLineGap = 72;
    private const int Os2XHeight = 86, Os2CapHeight = 88;
    /// <summary>OS/2 versions from 2 on carry sxHeight and sCapHeight.</summary>
    private const int Os2VersionWithHeights = 2;
    /// <summary>fsSelection bit 7: use the typo metrics for line spacing.</summary>
    private const ushort UseTypoMetricsBit = 1 << 7;

    private const int PostItalicAngle = 4;

    /// <summary>Smallest and largest unitsPerEm the OpenType spec allows.</summary>
    private const int MinUnitsPerEm = 16, MaxUnitsPerEm = 16384;

    /// <summary>Reads the metrics tables; throws <see cref="FontFormatException"/> when one is missing or wrong.</summary>
    public static FontMetrics Read(byte[] d, TableDirectory tables, string key)
    {
        var head = tables.Require("head", key);
        if (FontBytes.U32(d, head + HeadMagicOffset) != HeadMagic)
            throw new FontFormatException(Codes.FontMalformed, key, "head table has a wrong magic number");
        int upem = FontBytes.U16(d, head + HeadUnitsPerEm);
        if (upem < MinUnitsPerEm || upem > MaxUnitsPerEm)
            throw new FontFormatException(Codes.FontMalformed, key, $"unitsPerEm {upem} is out of range");

        var maxp = tables.Require("maxp", key);
        var hhea = tables.Require("hhea", key);
        var ascender = FontBytes.S16(d, hhea + HheaAscender);
        var descender = FontBytes.S16(d, hhea + HheaDescender);
        var lineGap = FontBytes.S16(d, hhea + HheaLineGap);
        short capHeight = 0, xHeight = 0;

        var os2 = tables.Offset("OS/2");
        if (os2 >= 0)
        {
            var version = FontBytes.U16(d, os2);
            if ((FontBytes.U16(d, os2 + Os2FsSelection) & UseTypoMetricsBit) != 0)
            {
                ascender = FontBytes.S16(d, os2 + Os2TypoAscender);
                descender = FontBytes.S16(d, os2 + Os2TypoDescender);
                lineGap = FontBytes.S16(d, os2 + Os2TypoLineGap);
            }
            if (version >= Os2VersionWithHeights && tables.Length("OS/2") >= Os2CapHeight + sizeof(short))
            {
                xHeight = FontBytes.S16(d, os2 + Os2XHeight);
                capHeight = FontBytes.S16(d, os2 + Os2CapHeight);
            }
        }

        var post = tables.Offset("post");
        return new FontMetrics(
            upem,
            FontBytes.S16(d, head + HeadXMin), FontBytes.S16(d, head + HeadYMin),
            FontBytes.S16(d, head + HeadXMax), FontBytes.S16(d, head + HeadYMax),
            FontBytes.S16(d, head + HeadIndexToLocFormat) != 0,
            FontBytes.U16(d, maxp + MaxpNumGlyphs),
            FontBytes.U16(d, hhea + HheaNumberOfHMetrics),
            ascender, descender, lineGap, capHeight, xHeight,
            post >= 0 ? FontBytes.Fixed(d, post + PostItalicAngle) : 0);
    }
}
