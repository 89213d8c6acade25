using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>Splitting text into runs between Charis and the DejaVu Serif fallback.</summary>
public sealed class FontFallbackTests
{
    private const char BoxRule = '\u2500';   // DejaVu Serif has it, Charis does not
    private const int PrivateUse = 0xE000;   // no font has it

    private static FontFallback Chain => new(FontTestData.Charis, FontTestData.DejaVuSerif);

    [Fact]
    public void Plain_text_is_one_primary_run()
    {
        var split = Chain.Split("Workers\u2019 control \u2014 now!");
        var run = Assert.Single(split.Runs);
        Assert.Same(FontTestData.Charis, run.Font);
        Assert.Equal("Workers\u2019 control \u2014 now!", run.Text);
        Assert.True(split.Complete);
    }

    [Fact]
    public void Character_only_the_fallback_has_gets_its_own_run()
    {
        Assert.False(FontTestData.Charis.HasGlyph(BoxRule));
        Assert.True(FontTestData.DejaVuSerif.HasGlyph(BoxRule));

        var split = Chain.Split($"a{BoxRule}{BoxRule}b");
        Assert.Equal(["a", $"{BoxRule}{BoxRule}", "b"], split.Runs.Select(r => r.Text));
        Assert.Equal(["CharisSIL-Regular.ttf", "DejaVuSerif.ttf", "CharisSIL-Regular.ttf"], split.Runs.Select(r => r.Font.Key));
        Assert.Equal([0, 1, 3], split.Runs.Select(r => r.Start));
        Assert.Empty(split.MissingCodePoints);
    }

    [Fact]
    public void Spaces_between_fallback_characters_stay_in_the_fallback_run()
    {
        var split = Chain.Split($"x {BoxRule} {BoxRule} y");
        Assert.Equal(["x ", $"{BoxRule} {BoxRule} ", "y"], split.Runs.Select(r => r.Text));
    }

    [Fact]
    public void Character_no_font_has_is_reported_and_kept()
    {
        var text = $"a{char.ConvertFromUtf32(PrivateUse)}b\u4E2D{char.ConvertFromUtf32(PrivateUse)}";
        var split = Chain.Split(text);
        Assert.Equal([PrivateUse, 0x4E2D], split.MissingCodePoints);
        Assert.False(split.Complete);
        Assert.Equal(text, string.Concat(split.Runs.Select(r => r.Text)));   // nothing dropped
        Assert.Same(FontTestData.Charis, Assert.Single(split.Runs).Font);    // printed as .notdef in the primary font
    }

    [Fact]
    public void Supplementary_characters_are_reported_as_code_points()
    {
        var split = Chain.Split("ok \U0001F600");
        Assert.Equal([0x1F600], split.MissingCodePoints);
        Assert.Equal("ok \U0001F600", string.Concat(split.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Invisible_format_characters_are_not_missing()
    {
        var split = Chain.Split("co\u200Boperate\u00AD\u2060");
        Assert.Empty(split.MissingCodePoints);
        Assert.Single(split.Runs);
    }

    [Fact]
    public void Empty_text_has_no_runs()
    {
        var split = Chain.Split("");
        Assert.Empty(split.Runs);
        Assert.Empty(split.MissingCodePoints);
    }

    [Fact]
    public void Covers_asks_every_font()
    {
        Assert.True(Chain.Covers(BoxRule));
        Assert.False(Chain.Covers(PrivateUse));
    }

    [Fact]
    public void Shaping_a_word_shapes_each_run_in_its_font_and_keeps_the_result()
    {
        var chain = Chain;
        var text = $"a{BoxRule}b\uE000";
        var word = chain.Shape(text, 10.5);

        var split = chain.Split(text);
        Assert.Equal(split.Runs.Select(r => r.Font.Key), word.Runs.Select(r => r.FontKey));
        Assert.Equal(split.Runs.Select(r => r.Text), word.Runs.Select(r => r.Text));
        Assert.Equal(split.Runs.Sum(r => r.Font.Shape(r.Text, 10.5).Width), word.Width);
        Assert.Equal([PrivateUse], word.MissingCodePoints);
        // Words repeat: the same text and size give the same (shared, read-only) result.
        Assert.Same(word, chain.Shape(text, 10.5));
        Assert.NotSame(word, chain.Shape(text, 9));
    }
}
