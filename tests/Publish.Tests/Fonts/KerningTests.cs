using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>
/// Kerning from GPOS pair adjustment (formats 1 and 2) and from the legacy kern table.
/// Charis SIL 6.101 has neither (its GPOS holds only mark positioning), so the committed
/// DejaVu and Noto faces carry these tests.
/// </summary>
public sealed class KerningTests
{
    private static double Kern(TrueTypeFont font, string pair, double size = 1000) =>
        font.Kerning(font.GlyphId(pair[0]), font.GlyphId(pair[1]), size);

    [Fact]
    public void Charis_has_no_kerning()
    {
        Assert.Equal(KerningSource.None, FontTestData.Charis.KerningTable.Source);
        Assert.Equal(0, Kern(FontTestData.Charis, "AV"));
    }

    [Theory]
    [InlineData("DejaVuSerif.ttf")]
    [InlineData("DejaVuSansCondensed-Bold.ttf")]
    [InlineData("NotoSans-Condensed.ttf")]
    [InlineData("NotoSans-CondensedBold.ttf")]
    public void Gpos_kerns_AV_and_To_negative(string key)
    {
        var font = FontTestData.Library.Get(key);
        Assert.Equal(KerningSource.Gpos, font.KerningTable.Source);
        Assert.True(Kern(font, "AV") < 0);
        Assert.True(Kern(font, "To") < 0);
        Assert.Equal(0, Kern(font, "oo"), 9);
    }

    [Fact]
    public void DejaVu_class_pairs_give_known_values()
    {
        // DejaVu Serif's only kern lookup is one class-based (format 2) subtable.
        var font = FontTestData.DejaVuSerif;
        var lookup = Assert.Single(font.KerningTable.Lookups);
        Assert.Equal(0, lookup.PairCount);
        Assert.Equal(1, lookup.ClassSubtableCount);
        Assert.Equal(-102, font.KerningUnits(font.GlyphId('A'), font.GlyphId('V')));
    }

    [Fact]
    public void Noto_reads_glyph_pairs_and_class_pairs()
    {
        var lookup = Assert.Single(FontTestData.Library.Get("NotoSans-Condensed.ttf").KerningTable.Lookups);
        Assert.True(lookup.PairCount > 100);
        Assert.True(lookup.ClassSubtableCount >= 1);
    }

    [Fact]
    public void Kern_table_format_0_is_read()
    {
        var font = FontTestData.DejaVuSerif;
        var tables = TableDirectory.Read(font.Data, font.Key);
        var kern = KernTableReader.Read(font.Data, tables);
        Assert.NotNull(kern);
        Assert.True(kern.PairCount > 100);
        Assert.True(kern.Get(font.GlyphId('A'), font.GlyphId('V')) < 0);
        Assert.True(kern.Get(font.GlyphId('T'), font.GlyphId('o')) < 0);
    }

    [Fact]
    public void Kerning_scales_with_size()
    {
        var font = FontTestData.DejaVuSerif;
        Assert.Equal(2 * Kern(font, "AV", 10), Kern(font, "AV", 20), 9);
    }
}
