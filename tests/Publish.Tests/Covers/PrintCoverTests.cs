using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Covers;
using Publish.Pdf;
using Publish.Pipeline;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>The print cover spread: back + front, bleed on the outer edges, crop marks in the slug.</summary>
public sealed class PrintCoverTests
{
    [Fact]
    public void SpreadIsTwoTrimsWideWithBackOnTheLeft()
    {
        var theme = CoverFixture.Theme();
        var spread = PrintCover.Spread(CoverFixture.WorkersOpposition, theme, CoverFixture.Fonts, null);
        Assert.Equal(2 * theme.Page.Width, spread.Width, 6);
        Assert.Equal(theme.Page.Height, spread.Height, 6);
        var title = spread.Items.OfType<GlyphRun>().Where(r => r.Text == "Opposition").ToList();
        Assert.Single(title); // the front's big title line, on the right half
        Assert.True(title[0].X > theme.Page.Width);
        // Backgrounds reach the bleed on the outer edges only; nothing but marks goes further.
        var fills = spread.Items.OfType<FilledRect>().ToList();
        Assert.Equal(-theme.Page.Bleed, fills.Min(f => f.Area.X), 6);
        Assert.Equal(2 * theme.Page.Width + theme.Page.Bleed, fills.Max(f => f.Area.Right), 6);
        var marks = spread.Items.OfType<Rule>().Where(r => r.Thickness == TrimMarks.Thickness).ToList();
        Assert.Equal(10, marks.Count); // 4 corners × 2, plus a fold mark top and bottom
        foreach (var m in marks)
        {
            bool outside = Math.Min(m.X1, m.X2) >= 2 * theme.Page.Width + theme.Page.Bleed || Math.Max(m.X1, m.X2) <= -theme.Page.Bleed
                || Math.Min(m.Y1, m.Y2) >= theme.Page.Height + theme.Page.Bleed || Math.Max(m.Y1, m.Y2) <= -theme.Page.Bleed;
            Assert.True(outside, $"mark {m} reaches into the bleed");
        }
    }

    [SkippableFact]
    public void PdfHasTrimBoxBleedBoxAndMediaBoxWithSlug()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo");
        var theme = CoverFixture.Theme();
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, "cover.pdf");
        using (var file = File.Create(path))
            PrintCover.Write(CoverFixture.WorkersOpposition, theme, CoverFixture.Fonts, null,
                new PdfRenderOptions { Title = "The Workers’ Opposition" }, new LibraryFontSource(CoverFixture.Fonts), file);
        var (code, info) = ExternalTool.Run(pdfinfo, "-box", path);
        Assert.True(code == 0, info);
        double margin = theme.Page.Bleed + PrintCover.Slug;
        var media = Box(info, "MediaBox");
        var trim = Box(info, "TrimBox");
        var bleed = Box(info, "BleedBox");
        Near(2 * theme.Page.Width + 2 * margin, media[2] - media[0]);
        // BleedBox = trim + 3 mm on every side, strictly inside the MediaBox (the marks live between).
        Near(trim[0] - theme.Page.Bleed, bleed[0]);
        Near(trim[1] - theme.Page.Bleed, bleed[1]);
        Near(trim[2] + theme.Page.Bleed, bleed[2]);
        Near(trim[3] + theme.Page.Bleed, bleed[3]);
        Near(PrintCover.Slug, bleed[0] - media[0]);
        Near(PrintCover.Slug, media[3] - bleed[3]);
        Near(theme.Page.Height + 2 * margin, media[3] - media[1]);
        Near(margin, trim[0]);
        Near(2 * theme.Page.Width, trim[2] - trim[0]);
        Assert.Matches("Pages: +1", info);
    }

    [Fact]
    public void SameInputGivesTheSamePdf()
    {
        var theme = CoverFixture.TypeTheme;
        byte[] Write()
        {
            using var stream = new MemoryStream();
            PrintCover.Write(CoverFixture.OutOrganised, theme, CoverFixture.Fonts, null, new PdfRenderOptions(), new LibraryFontSource(CoverFixture.Fonts), stream);
            return stream.ToArray();
        }
        Assert.Equal(Write(), Write());
    }

    /// <summary>pdfinfo prints boxes to two decimals.</summary>
    private static void Near(double expected, double actual) => Assert.InRange(actual, expected - 0.02, expected + 0.02);

    private static double[] Box(string info, string name)
    {
        var match = Regex.Match(info, name + @":\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)");
        Assert.True(match.Success, info);
        return Enumerable.Range(1, 4).Select(i => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
    }
}
