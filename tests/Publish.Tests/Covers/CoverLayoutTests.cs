using Publish.Covers;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>Geometry of the designed covers, asserted on frames: titles fit, text stays in the safe area.</summary>
public sealed class CoverLayoutTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in new[] { "default", "type", "duplicator", "zine" })
            foreach (var (name, _) in CoverFixture.Samples)
                data.Add(theme, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TitleLinesNeverExceedTheMeasure(string themeName, string sample)
    {
        var (theme, meta) = Load(themeName, sample);
        var page = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null);
        var style = CoverStyle.Resolve(meta, theme, CoverFixture.Fonts, null, "");
        var titleRuns = page.Items.OfType<GlyphRun>().Where(r => r.FontKey == theme.Cover.Bold && r.Size > 20).ToList();
        Assert.NotEmpty(titleRuns);
        Assert.Equal(meta.Title, string.Join(" ", titleRuns.Select(r => r.Text)).Replace("- ", "-"));
        foreach (var run in titleRuns)
        {
            var (left, right) = Ink(run);
            Assert.True(left >= style.Margin - 0.01, $"'{run.Text}' starts at {left:0.##}, left of the margin {style.Margin:0.##}");
            Assert.True(right <= style.Width - style.Margin + 0.01, $"'{run.Text}' ends at {right:0.##}, beyond {style.Width - style.Margin:0.##}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AllTextStaysInsideTheSafeArea(string themeName, string sample)
    {
        var (theme, meta) = Load(themeName, sample);
        foreach (var page in new[] { CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null), CoverDesigner.Back(meta, theme, CoverFixture.Fonts) })
        {
            foreach (var run in page.Items.OfType<GlyphRun>())
            {
                var font = CoverFixture.Fonts.Get(run.FontKey);
                var (left, right) = Ink(run);
                double top = run.Baseline - font.Ascent(run.Size), bottom = run.Baseline + font.Descent(run.Size);
                var safe = page.TypeArea;
                Assert.True(left >= safe.X && right <= safe.Right && top >= safe.Y && bottom <= safe.Bottom,
                    $"'{run.Text}' ({left:0.#}–{right:0.#} × {top:0.#}–{bottom:0.#}) leaves the safe area");
            }
        }
    }

    [Fact]
    public void BandTitleSitsInsideTheBand()
    {
        var theme = CoverFixture.Theme();
        var meta = CoverFixture.OutOrganised;
        var page = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null);
        var band = page.Items.OfType<FilledRect>().Single(r => r.Colour == theme.CoverColour).Area;
        foreach (var run in page.Items.OfType<GlyphRun>().Where(r => r.Colour == Colour.White))
        {
            var font = CoverFixture.Fonts.Get(run.FontKey);
            Assert.InRange(run.Baseline - font.CapHeight(run.Size), band.Y, band.Bottom);
            Assert.InRange(run.Baseline + font.Descent(run.Size), band.Y, band.Bottom);
        }
    }

    [Fact]
    public void ALongTitleShrinks()
    {
        var theme = CoverFixture.Theme();
        double Size(string title) => CoverDesigner.Front(CoverFixture.ForWorkersPower with { Title = title }, theme, CoverFixture.Fonts, null)
            .Items.OfType<GlyphRun>().Where(r => r.FontKey == theme.Cover.Bold).Max(r => r.Size);
        double shortSize = Size("For Workers’ Power");
        double longSize = Size("The Irrational in Politics: Sexual Repression and Authoritarian Conditioning in the Family and the State");
        Assert.True(longSize < shortSize * 0.7, $"long title at {longSize:0.#}pt, short at {shortSize:0.#}pt");
    }

    [Fact]
    public void PrintBleedRunsBackgroundsPastTheTrim()
    {
        var theme = CoverFixture.Theme();
        var page = CoverDesigner.FrontWithBleed(CoverFixture.WorkersOpposition, theme, CoverFixture.Fonts, null);
        var band = page.Items.OfType<FilledRect>().Single(r => r.Colour == theme.CoverColour).Area;
        Assert.Equal(-theme.Page.Bleed, band.X, 3);
        Assert.Equal(theme.Page.Width + theme.Page.Bleed, band.Right, 3);
        Assert.Equal(theme.Page.Width, page.Width);
    }

    [Fact]
    public void FrontMatterOverridesTemplateAndColour()
    {
        var meta = CoverFixture.ForWorkersPower with { Cover = new Publish.Model.CoverSpec("type", "#123456", null) };
        var page = CoverDesigner.Front(meta, CoverFixture.Theme(), CoverFixture.Fonts, null);
        var background = page.Items.OfType<FilledRect>().First();
        Assert.Equal(new Colour(0x12, 0x34, 0x56), background.Colour);
        Assert.Equal(page.Width, background.Area.Width, 3);
        Assert.Equal(page.Height, background.Area.Height, 3);
    }

    [Fact]
    public void OpeningQuoteHangsIntoTheMargin()
    {
        var theme = CoverFixture.Theme();
        var meta = CoverFixture.ForWorkersPower with { Title = "‘Left-Wing’ Communism" };
        var page = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null);
        var style = CoverStyle.Resolve(meta, theme, CoverFixture.Fonts, null, "");
        var first = page.Items.OfType<GlyphRun>().First(r => r.Text.StartsWith('‘'));
        var font = CoverFixture.Fonts.Get(first.FontKey);
        double letterInk = first.X + first.Glyphs[0].Advance + CoverText.InkLeft(font, first.Glyphs[1].GlyphId, first.Size);
        Assert.Equal(style.Margin, letterInk, 6);
        Assert.True(first.X < style.Margin);
    }

    [Fact]
    public void ALongDescriptionIsCutWithAnEllipsisAboveTheSourceLine()
    {
        var meta = CoverFixture.OutOrganised with { Description = string.Join(" ", Enumerable.Repeat(CoverFixture.OutOrganised.Description, 8)) };
        var page = CoverDesigner.Back(meta, CoverFixture.Theme(), CoverFixture.Fonts);
        var source = page.Items.OfType<GlyphRun>().Single(r => r.Text.StartsWith("Source:"));
        var body = page.Items.OfType<GlyphRun>().Where(r => r.FontKey == "CharisSIL-Regular.ttf" && r.Size < 11 && r.Baseline < source.Baseline).ToList();
        Assert.EndsWith("…", body[^1].Text);
        Assert.True(body[^1].Baseline < source.Baseline - source.Size);
        Assert.True(body.Min(r => r.Size) >= 8.5, string.Join(", ", body.Select(r => $"{r.Size}:{r.Text[..Math.Min(10, r.Text.Length)]}")));
    }

    private static (Publish.Styling.Theme Theme, Publish.Model.Metadata Meta) Load(string themeName, string sample) =>
        (themeName == "type" ? CoverFixture.TypeTheme : CoverFixture.Theme(themeName), CoverFixture.Samples.Single(s => s.Name == sample).Meta);

    /// <summary>Left and right ink edges of a run, from its first and last glyphs' outlines.</summary>
    private static (double Left, double Right) Ink(GlyphRun run)
    {
        var font = CoverFixture.Fonts.Get(run.FontKey);
        var last = run.Glyphs[^1];
        double left = run.X + CoverText.InkLeft(font, run.Glyphs[0].GlyphId, run.Size);
        double right = run.X + run.Width - last.Advance + CoverText.InkRight(font, last.GlyphId, run.Size);
        return (left, right);
    }
}
