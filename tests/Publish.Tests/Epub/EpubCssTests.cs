using Publish.Epub;
using Publish.Styling;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>The stylesheet follows base.css and turns theme points into em ratios and hex colours.</summary>
public sealed class EpubCssTests
{
    private static string Block(string css, string selector)
    {
        int start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return css[start..css.IndexOf('}', start)];
    }

    [Fact]
    public void Theme_values_become_relative_css()
    {
        var theme = new Theme
        {
            Name = "t",
            Body = FontFamily.Charis with { Name = "Gentium Plus" },
            Headings = FontFamily.Charis with { Name = "Noto Sans Condensed" },
            BodySize = 10,
            Leading = 13,
            ParagraphIndent = 15,
            NoteSize = 8,
            NoteLeading = 10,
            TextColour = new Colour(0x22, 0x22, 0x22),
            LinkColour = new Colour(0x1a, 0x4d, 0x8f),
            HeadingLevels = [new(Size: 20, SpaceBefore: 40, SpaceAfter: 10, Bold: true, Italic: true, SmallCaps: true, Align: "centre")],
        };
        var css = "\n" + EpubCss.Generate(theme, "/* base */");
        Assert.StartsWith("\n/* base */\n", css);
        var body = Block(css, "body");
        Assert.Contains("font-family: \"Gentium Plus\", serif;", body);
        Assert.Contains("line-height: 1.3;", body);
        Assert.Contains("color: #222222;", body);
        Assert.Contains("text-indent: 1.5em;", Block(css, "p"));
        var h1 = Block(css, "h1");
        Assert.Contains("font-size: 2em;", h1);
        Assert.Contains("font-family: \"Noto Sans Condensed\", sans-serif;", h1);
        Assert.Contains("margin: 2em 0 0.5em 0;", h1);
        Assert.Contains("font-weight: bold;", h1);
        Assert.Contains("font-style: italic;", h1);
        Assert.Contains("font-variant: small-caps;", h1);
        Assert.Contains("text-align: center;", h1);
        Assert.Contains("color: #1a4d8f;", Block(css, "a"));
        var notes = Block(css, "ol.notes");
        Assert.Contains("font-size: 0.8em;", notes);
        Assert.Contains("line-height: 1.25;", notes);
        Assert.DoesNotContain("pt;", css);
        Assert.DoesNotContain("px;", css);
    }

    [Fact]
    public void Ragged_unhyphenated_spaced_theme()
    {
        var css = "\n" + EpubCss.Generate(new Theme { Name = "t", Justify = false, Hyphenate = false, ParagraphSpacing = 5.25 }, "");
        var p = Block(css, "p");
        Assert.Contains("text-align: left;", p);
        Assert.Contains("hyphens: manual;", p);
        Assert.Contains("margin-top: 0.5em;", Block(css, "p + p"));
        Assert.DoesNotContain("color: #000000", css);
    }

    [Fact]
    public void Base_css_is_in_the_repository_and_has_no_fixed_widths()
    {
        var css = EpubCss.LoadBaseCss(EpubFixture.RepositoryRoot);
        Assert.Contains("hyphens: auto", css);
        Assert.Contains("widows", css);
        Assert.Contains("max-width: 100%", css);
        Assert.DoesNotMatch(@"(?<![-\w])width:\s*\d+(\.\d+)?(px|pt|cm|mm|in)", css);
    }
}
