using Publish.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>Booklet imposition: page order per sheet side, 1:1 placement, reproducibility, validity.</summary>
public sealed class BookletImposerTests
{
    private static readonly DateTimeOffset Date = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static RenderedDocument Interior(int pages, bool print)
    {
        var frames = Enumerable.Range(1, pages)
            .Select(n => TestFrames.A5(TestFrames.Run($"page {n}", 150, 300, 14)) with { Index = n })
            .ToList();
        return RenderedDocument.Draw(frames, new PdfRenderOptions { CreationDate = Date, PrintMode = print, Bleed = print ? 8.5 : 0 }, TestFrames.Fonts);
    }

    [Fact]
    public void Sheet_plan_follows_saddle_stitch_order()
    {
        var sides = BookletSheetPlan.For(8);
        Assert.Equal([(8, 1), (2, 7), (6, 3), (4, 5)], sides.Select(s => (s.Left, s.Right)));
        Assert.Throws<ArgumentException>(() => BookletSheetPlan.For(6));
    }

    [SkippableTheory]
    [InlineData(8, false)]
    [InlineData(8, true)]
    [InlineData(4, true)]
    [InlineData(12, true)]
    [InlineData(40, true)]
    public void Sheet_sides_carry_pages_in_booklet_order(int pages, bool print)
    {
        var tool = ExternalTool.Require("pdftotext");
        var booklet = BookletImposer.Impose(Interior(pages, print), new BookletOptions { CreationDate = Date, Marks = true, PaperThickness = 0.28 });
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", $"booklet-{pages}-{print}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, booklet);

        // Saddle stitching, read back from the imposed sheets: sheet k (from 0) carries
        // n−2k | 2k+1 on its front and 2k+2 | n−2k−1 on its back.
        for (int side = 1; side <= pages / 2; side++)
        {
            int sheet = (side - 1) / 2;
            var (left, right) = side % 2 == 1 ? (pages - 2 * sheet, 2 * sheet + 1) : (2 * sheet + 2, pages - 2 * sheet - 1);
            string Half(int x) => ExternalTool.Run(tool, "-f", $"{side}", "-l", $"{side}", "-x", $"{x}", "-y", "0",
                "-W", "420", "-H", "595", path, "-").Output.Trim();
            Assert.Equal($"page {left}", Half(0));
            Assert.Equal($"page {right}", Half(421));
        }
        if (pages != 8) return;

        using var doc = PdfFile.Open(booklet);
        Assert.Equal(4, doc.PageCount);
        Assert.Equal(841.89, doc.Pages[0].MediaBox.Width, 2);
        Assert.Equal(595.28, doc.Pages[0].MediaBox.Height, 2);
    }

    [Fact]
    public void Booklet_is_reproducible()
    {
        var interior = Interior(8, print: true);
        var options = new BookletOptions { CreationDate = Date, Marks = true };
        Assert.Equal(BookletImposer.Impose(interior, options), BookletImposer.Impose(interior, options));
    }

    [SkippableFact]
    public void Booklet_passes_qpdf_check()
    {
        var tool = ExternalTool.Require("qpdf");
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "booklet-check.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, BookletImposer.Impose(Interior(8, true), new BookletOptions { CreationDate = Date, Marks = true }));
        var (code, output) = ExternalTool.Run(tool, "--check", path);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("WARNING", output);
    }

    [SkippableFact]
    public void Creep_shifts_outer_sheets_away_from_the_fold()
    {
        var tool = ExternalTool.Require("pdftotext");
        const double thickness = 10; // exaggerated, to measure
        var booklet = BookletImposer.Impose(Interior(8, false), new BookletOptions { CreationDate = Date, PaperThickness = thickness });
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "creep.pdf");
        File.WriteAllBytes(path, booklet);
        var bbox = ExternalTool.Run(tool, "-bbox", path, "-").Output;
        var xs = System.Text.RegularExpressions.Regex.Matches(bbox, "<word xMin=\"([0-9.]+)\"[^>]*>page</word>")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // Sides in order: [8|1] [2|7] outer sheet, [6|3] [4|5] inner sheet; the inner one is the reference.
        // Pages meet the fold: the left page's trim box ends there, the right page's starts there.
        double fold = 841.89 / 2, leftPage = fold - 419.53;
        Assert.Equal(leftPage + 150 - thickness, xs[0], tolerance: 0.01);
        Assert.Equal(fold + 150 + thickness, xs[1], tolerance: 0.01);
        Assert.Equal(leftPage + 150, xs[4], tolerance: 0.01);
        Assert.Equal(fold + 150, xs[5], tolerance: 0.01);
    }
}
