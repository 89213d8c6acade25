using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>
/// Glyph outlines from glyf: contour counts, on/off-curve points, and composite glyphs
/// (accented letters) resolved with their offsets, checked against HarfBuzz's glyph extents.
/// </summary>
public sealed class GlyphOutlineTests
{
    [Fact]
    public void Charis_o_has_two_contours_of_quadratic_points()
    {
        var font = FontTestData.Charis;
        var outline = font.Outline(font.GlyphId('o'));
        Assert.Equal(2, outline.Contours.Count);
        var points = outline.Contours.SelectMany(c => c).ToList();
        Assert.Contains(points, p => p.OnCurve);
        Assert.Contains(points, p => !p.OnCurve);
    }

    [Fact]
    public void Blank_glyphs_have_no_contours()
    {
        var font = FontTestData.Charis;
        Assert.Empty(font.Outline(font.GlyphId(' ')).Contours);
        Assert.Same(font.Outline(font.GlyphId('o')), font.Outline(font.GlyphId('o'))); // cached
    }

    [Fact]
    public void Composite_e_acute_contains_the_e_outline()
    {
        // In Charis, é is a composite of e and a combining acute.
        var font = FontTestData.Charis;
        var e = font.Outline(font.GlyphId('e'));
        var eAcute = font.Outline(font.GlyphId('é'));
        Assert.True(eAcute.Contours.Count > e.Contours.Count);
        Assert.Contains(eAcute.Contours, c => c.SequenceEqual(e.Contours[0]));
    }

    /// <summary>Expected ids and bounds come from <c>hb-shape --show-extents --features=-liga,-ccmp</c> (HarfBuzz 6.0.0).</summary>
    [Theory]
    [InlineData("CharisSIL-Regular.ttf", "\u006F", 82, 70, -25, 1044, 1012)]
    [InlineData("CharisSIL-Regular.ttf", "\u00C9", 101, 66, 0, 1128, 1901)]
    [InlineData("CharisSIL-Regular.ttf", "\u00E9", 112, 70, -25, 934, 1501)]
    [InlineData("CharisSIL-Regular.ttf", "\u00E7", 111, 70, -461, 885, 1012)]
    [InlineData("CharisSIL-Regular.ttf", "\u01FB", 274, 70, -25, 1008, 2061)]
    [InlineData("CharisSIL-Regular.ttf", "\u00C5", 99, 10, 0, 1370, 2016)]
    [InlineData("CharisSIL-Regular.ttf", "\u0175", 1834, 20, 0, 1583, 1475)]
    [InlineData("CharisSIL-Regular.ttf", "\u0025", 8, 66, -33, 1696, 1407)]
    [InlineData("CharisSIL-Regular.ttf", "\u0026", 9, 80, -25, 1391, 1401)]
    [InlineData("DejaVuSerif.ttf", "\u006F", 82, 102, -29, 1130, 1092)]
    [InlineData("DejaVuSerif.ttf", "\u00C9", 139, 113, 0, 1331, 1899)]
    [InlineData("DejaVuSerif.ttf", "\u00E9", 171, 102, -29, 1110, 1638)]
    [InlineData("DejaVuSerif.ttf", "\u00E7", 169, 102, -395, 1053, 1092)]
    [InlineData("DejaVuSerif.ttf", "\u01FB", 445, 102, -29, 1163, 1899)]
    [InlineData("DejaVuSerif.ttf", "\u00C5", 135, -12, 0, 1499, 1901)]
    [InlineData("DejaVuSerif.ttf", "\u0175", 311, 33, 0, 1726, 1638)]
    [InlineData("DejaVuSerif.ttf", "\u0025", 8, 113, -29, 1833, 1520)]
    [InlineData("DejaVuSerif.ttf", "\u0026", 9, 147, -29, 1726, 1520)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u006F", 82, 39, -10, 489, 557)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u00C9", 139, 72, 0, 421, 930)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u00E9", 171, 39, -10, 462, 766)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u00E7", 169, 39, -240, 409, 557)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u01FB", 323, 33, -10, 445, 960)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u00C5", 135, 0, 0, 575, 878)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u0175", 310, 7, 0, 728, 766)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u0025", 8, 30, -9, 780, 724)]
    [InlineData("NotoSans-CondensedBold.ttf", "\u0026", 9, 30, -10, 632, 723)]
    public void Outline_bounds_match_hb_extents(string key, string text, int glyph, int xMin, int yMin, int xMax, int yMax)
    {
        var font = FontTestData.Library.Get(key);
        Assert.Equal(glyph, font.GlyphId(char.ConvertToUtf32(text, 0)));
        var points = font.Outline((ushort)glyph).Contours.SelectMany(c => c).ToList();
        Assert.Equal(xMin, points.Min(p => p.X), 0.5);
        Assert.Equal(yMin, points.Min(p => p.Y), 0.5);
        Assert.Equal(xMax, points.Max(p => p.X), 0.5);
        Assert.Equal(yMax, points.Max(p => p.Y), 0.5);
    }
}
