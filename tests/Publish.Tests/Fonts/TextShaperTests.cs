using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>Shape and Measure: ligatures, chars per glyph, kerning folded into advances.</summary>
public sealed class TextShaperTests
{
    private static TrueTypeFont Charis => FontTestData.Charis;

    [Fact]
    public void Charis_defines_the_f_ligatures()
    {
        var f = Charis.GlyphId('f');
        var ligatures = Charis.Ligatures.StartingWith(f).ToList();
        ushort[] i = [Charis.GlyphId('i')], l = [Charis.GlyphId('l')], ff = [f];
        Assert.Contains(ligatures, x => x.Following.SequenceEqual(i));
        Assert.Contains(ligatures, x => x.Following.SequenceEqual(l));
        Assert.Contains(ligatures, x => x.Following.SequenceEqual(ff));
        Assert.Contains(ligatures, x => x.Following.SequenceEqual(new[] { f, i[0] }));
        Assert.Contains(ligatures, x => x.Following.SequenceEqual(new[] { f, l[0] }));
    }

    [Fact]
    public void Office_gets_the_ffi_ligature()
    {
        var shaped = Charis.Shape("office", 10);
        Assert.Equal(["o", "ffi", "c", "e"], shaped.Glyphs.Select(g => g.Chars));
        Assert.Equal("office", string.Concat(shaped.Glyphs.Select(g => g.Chars)));
        var ligature = shaped.Glyphs[1].GlyphId;
        Assert.NotEqual(Charis.GlyphId('f'), ligature);
        Assert.NotEqual(0, ligature);
    }

    [Fact]
    public void Fi_and_fl_form()
    {
        Assert.Contains(Charis.Shape("find", 10).Glyphs, g => g.Chars == "fi");
        Assert.Contains(Charis.Shape("flat", 10).Glyphs, g => g.Chars == "fl");
        Assert.Contains(Charis.Shape("baffle", 10).Glyphs, g => g.Chars == "ffl");
        Assert.Contains(Charis.Shape("off", 10).Glyphs, g => g.Chars == "ff");
    }

    [Fact]
    public void Ligature_lookups_run_in_font_order_like_HarfBuzz()
    {
        // DejaVu Serif forms ff in an earlier lookup than ffi, so ffi never forms (hb-shape agrees).
        var shaped = FontTestData.DejaVuSerif.Shape("office", 10);
        Assert.Equal(["o", "ff", "i", "c", "e"], shaped.Glyphs.Select(g => g.Chars));
    }

    [Fact]
    public void Ligatures_can_be_turned_off()
    {
        var shaped = Charis.Shape("office", 10, ligatures: false);
        Assert.Equal(6, shaped.Glyphs.Count);
        Assert.All(shaped.Glyphs, g => Assert.Equal(1, g.Chars.Length));
    }

    [Theory]
    [InlineData("office")]
    [InlineData("The Workers\u2019 Opposition \u2014 AVAST, Tomorrow!")]
    [InlineData("")]
    [InlineData("x")]
    public void Measure_equals_shaped_width(string text)
    {
        var shaped = Charis.Shape(text, 10.5);
        Assert.Equal(shaped.Glyphs.Sum(g => g.Advance), shaped.Width, 9);
        Assert.Equal(shaped.Width, Charis.Measure(text, 10.5));
        var dejavu = FontTestData.DejaVuSerif;
        Assert.Equal(dejavu.Shape(text, 9).Width, dejavu.Measure(text, 9));
    }

    [Fact]
    public void Long_text_uses_pooled_buffers_and_still_agrees()
    {
        var text = string.Concat(Enumerable.Repeat("Suffice it to say the office staff were baffled. ", 40));
        Assert.Equal(Charis.Shape(text, 10).Width, Charis.Measure(text, 10));
        Assert.Equal(text, string.Concat(Charis.Shape(text, 10).Glyphs.Select(g => g.Chars)));
    }

    [Fact]
    public void Kerning_is_folded_into_the_left_glyph()
    {
        var font = FontTestData.DejaVuSerif;
        var shaped = font.Shape("AV", 10);
        var a = font.GlyphId('A');
        var v = font.GlyphId('V');
        Assert.Equal(font.Advance(a, 10) + font.Kerning(a, v, 10), shaped.Glyphs[0].Advance, 9);
        Assert.Equal(font.Advance(v, 10), shaped.Glyphs[1].Advance, 9);
        Assert.True(shaped.Width < font.Advance(a, 10) + font.Advance(v, 10));
    }

    [Fact]
    public void Supplementary_characters_stay_one_glyph_with_both_code_units()
    {
        var shaped = Charis.Shape("a\U0001F600b", 10);
        Assert.Equal(3, shaped.Glyphs.Count);
        Assert.Equal("\U0001F600", shaped.Glyphs[1].Chars);
        Assert.Equal(0, shaped.Glyphs[1].GlyphId);
    }

    [Fact]
    public void Shaped_text_becomes_a_glyph_run()
    {
        var run = Charis.Shape("office", 12).ToGlyphRun(10, 20, Colour.Black);
        Assert.Equal("CharisSIL-Regular.ttf", run.FontKey);
        Assert.Equal("office", run.Text);
        Assert.Equal(12, run.Size);
        Assert.Equal(Charis.Measure("office", 12), run.Width, 9);
    }
}
