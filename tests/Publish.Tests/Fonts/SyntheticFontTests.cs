using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>Paths no committed font exercises, on the hand-built <see cref="SyntheticFont"/>.</summary>
public sealed class SyntheticFontTests
{
    private static readonly TrueTypeFont Font = TrueTypeFont.Parse(SyntheticFont.Build(), "Synthetic.ttf");

    private static ushort G(char c) => Font.GlyphId(c);

    [Fact]
    public void Format_12_cmap_maps_bmp_and_supplementary_characters()
    {
        Assert.Equal(1, G('A'));
        Assert.Equal(6, G('Ä'));
        Assert.Equal(7, Font.GlyphId(0x1F600));
        Assert.False(Font.HasGlyph('B'));
        Assert.Equal("Synthetic", Font.FamilyName); // no name table: falls back to the key
    }

    [Fact]
    public void Kerning_behind_extension_lookups_follows_subtable_order()
    {
        Assert.Equal(KerningSource.Gpos, Font.KerningTable.Source);
        Assert.Equal(SyntheticFont.KernAV, Font.KerningUnits(G('A'), G('V')));  // format 1 comes first
        Assert.Equal(SyntheticFont.KernAA, Font.KerningUnits(G('A'), G('A')));  // A has no pair with A: class subtable
        Assert.Equal(SyntheticFont.KernVA, Font.KerningUnits(G('V'), G('A')));  // XAdvance read past XPlacement
        Assert.Equal(0, Font.KerningUnits(G('V'), G('V')));
        Assert.Equal(0, Font.KerningUnits(G('f'), G('A')));                     // not covered
    }

    [Fact]
    public void Ligature_behind_an_extension_lookup_forms()
    {
        var shaped = Font.Shape("fiAV", SyntheticFont.UnitsPerEm);
        Assert.Equal([5, 1, 2], shaped.Glyphs.Select(g => (int)g.GlyphId));
        Assert.Equal(["fi", "A", "V"], shaped.Glyphs.Select(g => g.Chars));
        Assert.Equal([520.0, 600 + SyntheticFont.KernAV, 550], shaped.Glyphs.Select(g => g.Advance));
        Assert.Equal(shaped.Width, Font.Measure("fiAV", SyntheticFont.UnitsPerEm));
    }

    [Fact]
    public void Simple_glyph_keeps_off_curve_points()
    {
        var v = Assert.Single(Font.Outline(G('V')).Contours);
        Assert.Equal([new OutlinePoint(0, 700, true), new OutlinePoint(250, 0, false), new OutlinePoint(500, 700, true)], v);
    }

    [Fact]
    public void Composite_applies_scale_and_offsets()
    {
        var contours = Font.Outline(G('Ä')).Contours;
        Assert.Equal(2, contours.Count);
        Assert.Equal([(100.0, 200.0), (350, 200), (350, 550), (100, 550)], contours[0].Select(p => (p.X, p.Y)));
        Assert.Equal([(10.0, 695.0), (260, -5), (510, 695)], contours[1].Select(p => (p.X, p.Y)));
    }

    [Fact]
    public void Composite_point_matching_attaches_the_component()
    {
        var contours = Font.Outline(G('W')).Contours;
        Assert.Equal(2, contours.Count);
        Assert.Equal((500.0, 700.0), (contours[1][0].X, contours[1][0].Y));  // V's first point on A's third
        Assert.Equal((1000.0, 700.0), (contours[1][2].X, contours[1][2].Y));
    }

    [Fact]
    public void Metrics_come_from_hhea_without_OS2()
    {
        Assert.Equal(8, Font.Ascent(10), 9);
        Assert.Equal(2, Font.Descent(10), 9);
        Assert.Equal(1, Font.LineGap(10), 9);
        Assert.Equal(SyntheticFont.UnitsPerEm, Font.UnitsPerEm);
    }
}
