using System.Globalization;
using Publish.Covers;
using Publish.Diagnostics;
using Publish.Pdf;
using Publish.Pipeline;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Covers;

/// <summary>Cover art: found by slug, placed in the band template's lower area, drawn (PNG) or stood in for (JPEG).</summary>
public sealed class CoverArtTests(ITestOutputHelper output)
{
    [Fact]
    public void FindsArtBySlugInTheCoversFolder()
    {
        using var temp = TestPaths.Temp();
        var covers = Directory.CreateDirectory(Path.Combine(temp.Path, "covers")).FullName;
        File.WriteAllBytes(Path.Combine(covers, "for-workers-power.jpg"), [0xFF, 0xD8, 0xFF]);
        var found = CoverArt.Find(CoverFixture.ForWorkersPower, "for-workers-power", covers, temp.Path);
        Assert.Equal(Path.Combine(covers, "for-workers-power.jpg"), found);
        Assert.Null(CoverArt.Find(CoverFixture.ForWorkersPower, "other", covers, temp.Path));
    }

    [Fact]
    public void BandCoverPlacesArtBelowTheAuthor()
    {
        using var temp = TestPaths.Temp();
        var art = WriteArt(temp.Path);
        var page = CoverDesigner.Front(CoverFixture.WorkersOpposition, CoverFixture.Theme(), CoverFixture.Fonts, art);
        var frame = Assert.Single(page.Items.OfType<ImageFrame>());
        Assert.True(frame.Cover);
        var author = page.Items.OfType<GlyphRun>().Single(r => r.Text == "Alexandra Kollontai");
        Assert.True(frame.Area.Y > author.Baseline);
        Assert.True(frame.Area.Bottom < page.Height - CoverStyle.SafeMargin);
    }

    [SkippableFact]
    public void PngArtMatchesThePdf()
    {
        using var temp = TestPaths.Temp();
        double difference = FrontCoverDifference(temp.Path, WriteArt(temp.Path));
        output.WriteLine($"with PNG art: mean |Δ| = {difference:P3}");
        Assert.True(difference < 0.03, $"mean absolute difference {difference:P2}");
    }

    [SkippableTheory]
    [InlineData("baseline-420.jpg")]
    [InlineData("progressive-444.jpg")]
    public void JpegArtMatchesThePdf(string name)
    {
        using var temp = TestPaths.Temp();
        var art = Path.Combine(temp.Path, name);
        File.Copy(Path.Combine(TestPaths.Root, "tests", "Publish.Tests", "Covers", "Jpeg", name), art);
        double difference = FrontCoverDifference(temp.Path, art);
        output.WriteLine($"with JPEG art {name}: mean |Δ| = {difference:P3}");
        Assert.True(difference < 0.03, $"mean absolute difference {difference:P2}");
    }

    /// <summary>
    /// Designs the front cover with <paramref name="art"/>, writes it as a PDF, renders that with
    /// pdftoppm and our rasterizer at the same size, and returns their mean absolute difference.
    /// The art must be drawn, not replaced by the grey box of unreadable art.
    /// </summary>
    private static double FrontCoverDifference(string folder, string art)
    {
        var pdftoppm = ExternalTool.Require("pdftoppm");
        var page = CoverDesigner.Front(CoverFixture.WorkersOpposition, CoverFixture.Theme(), CoverFixture.Fonts, art);
        Assert.Single(page.Items.OfType<ImageFrame>());
        var pdfPath = Path.Combine(folder, "front.pdf");
        using (var file = File.Create(pdfPath))
            PdfRenderer.Write([page], new PdfRenderOptions(), new LibraryFontSource(CoverFixture.Fonts), file);
        double dpi = 800 * 72.0 / page.Height;
        var (code, log) = ExternalTool.Run(pdftoppm, "-png", "-r", dpi.ToString("0.####", CultureInfo.InvariantCulture), "-singlefile", pdfPath, Path.Combine(folder, "p"));
        Assert.True(code == 0, log);
        var poppler = PngDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, "p.png")));
        var bag = new DiagnosticBag();
        var ours = PngDecoder.Decode(CoverRasterizer.Render(page, CoverFixture.Fonts, 800, bag));
        Assert.Empty(bag.Items);
        return CoverPdfAgreementTests.MeanAbsoluteDifference(ours, poppler);
    }

    [Fact]
    public void CorruptJpegArtIsAGreyBoxInThePngAndReported()
    {
        using var temp = TestPaths.Temp();
        var jpeg = Path.Combine(temp.Path, "art.jpg");
        File.WriteAllBytes(jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        var page = new Page(100, 100, [new ImageFrame(jpeg, new Rect(10, 10, 80, 80), Cover: true)]);
        var bag = new DiagnosticBag();
        var image = PngDecoder.Decode(CoverRasterizer.Render(page, CoverFixture.Fonts, 100, bag));
        Assert.Equal(CoverRasterizer.PlaceholderGrey.R, image[50, 50].R);
        Assert.Equal(255, image[5, 5].R);
        Assert.Contains(bag.Items, d => d.Code == Codes.JpegCorrupt && d.Path == jpeg);
    }

    /// <summary>A 300 × 200 RGB PNG: a horizontal ramp with a dark disc, written with our encoder.</summary>
    internal static string WriteArt(string dir)
    {
        const int w = 300, h = 200;
        var rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int i = (y * w + x) * 3;
                bool disc = (x - 150) * (x - 150) + (y - 100) * (y - 100) < 60 * 60;
                rgb[i] = disc ? (byte)30 : (byte)(60 + x * 150 / w);
                rgb[i + 1] = disc ? (byte)30 : (byte)(60 + y * 150 / h);
                rgb[i + 2] = disc ? (byte)40 : (byte)120;
            }
        var path = Path.Combine(dir, "art.png");
        File.WriteAllBytes(path, PngEncoder.Encode(w, h, rgb));
        return path;
    }
}
