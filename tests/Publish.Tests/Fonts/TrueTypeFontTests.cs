using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>Parsing Charis SIL: names, metrics and the Unicode cmap.</summary>
public sealed class TrueTypeFontTests
{
    private static TrueTypeFont Charis => FontTestData.Charis;

    [Fact]
    public void Reads_names_and_key()
    {
        Assert.Equal("CharisSIL-Regular.ttf", Charis.Key);
        Assert.Equal("Charis SIL", Charis.FamilyName);
        Assert.Equal("CharisSIL", Charis.PostScriptName);
        Assert.Equal("CharisSIL-Bold", FontTestData.Library.Get("CharisSIL-Bold.ttf").PostScriptName);
    }

    [Fact]
    public void Reads_metrics_in_points()
    {
        Assert.Equal(2048, Charis.UnitsPerEm);
        Assert.InRange(Charis.Ascent(10), 8, 13);
        Assert.InRange(Charis.Descent(10), 2, 5);           // positive: depth below the baseline
        Assert.InRange(Charis.CapHeight(10), 6, 7.5);
        Assert.InRange(Charis.XHeight(10), 4.2, 5.5);
        Assert.True(Charis.XHeight(10) < Charis.CapHeight(10));
        Assert.Equal(0, Charis.ItalicAngle);
        Assert.True(FontTestData.Library.Get("CharisSIL-Italic.ttf").ItalicAngle < 0);
    }

    [Fact]
    public void Data_is_the_file()
    {
        var bytes = File.ReadAllBytes(Path.Combine(FontTestData.FontsDir, "CharisSIL-Regular.ttf"));
        Assert.Equal(bytes, Charis.Data);
    }

    [Theory]
    [InlineData('A')]
    [InlineData('é')]
    [InlineData('\u2019')] // right single quotation mark
    [InlineData('\u2014')] // em dash
    [InlineData('\u201C')]
    [InlineData('Ж')]
    public void Maps_text_characters(char c)
    {
        Assert.True(Charis.HasGlyph(c));
        Assert.NotEqual(0, Charis.GlyphId(c));
    }

    [Fact]
    public void Distinct_characters_get_distinct_glyphs()
    {
        Assert.NotEqual(Charis.GlyphId('A'), Charis.GlyphId('B'));
        Assert.NotEqual(Charis.GlyphId('e'), Charis.GlyphId('é'));
    }

    [Theory]
    [InlineData(0xE000)]   // private use
    [InlineData(0x4E2D)]   // CJK 中
    [InlineData(0x1F600)]  // emoji, supplementary plane
    [InlineData(-1)]
    [InlineData(0x110000)]
    public void Missing_characters_map_to_notdef(int codePoint)
    {
        Assert.False(Charis.HasGlyph(codePoint));
        Assert.Equal(0, Charis.GlyphId(codePoint));
    }

    [Fact]
    public void Advances_are_plausible()
    {
        double Width(char c) => Charis.Advance(Charis.GlyphId(c), 10);
        Assert.InRange(Width(' '), 2, 3.5);
        Assert.True(Width('m') > Width('n'));
        Assert.True(Width('n') > Width('i'));
        Assert.InRange(Width('M'), 7, 11);
        Assert.Equal(2 * Width('a'), Charis.Advance(Charis.GlyphId('a'), 20), 9);
    }

    [Fact]
    public void Load_reads_a_file_by_path()
    {
        var font = TrueTypeFont.Load(Path.Combine(FontTestData.FontsDir, "DejaVuSerif.ttf"));
        Assert.Equal("DejaVuSerif.ttf", font.Key);
        Assert.Equal("DejaVu Serif", font.FamilyName);
    }
}
