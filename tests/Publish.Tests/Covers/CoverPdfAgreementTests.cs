using System.Globalization;
using Publish.Covers;
using Publish.Pdf;
using Publish.Pipeline;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Covers;

/// <summary>
/// The cover PNG and the cover PDF come from the same frames: render the front cover page to a
/// screen PDF, rasterize it with poppler's pdftoppm at the resolution that makes it 1600 px tall,
/// and compare with our PNG pixel by pixel.
/// </summary>
public sealed class CoverPdfAgreementTests(ITestOutputHelper output)
{
    /// <summary>Mean absolute difference allowed, as a share of full scale (3 %).</summary>
    private const double MaxMeanDifference = 0.03;
    private const int PixelHeight = 1600;

    public static TheoryData<string, string> Cases() => new()
    {
        { "default", "workers-opposition" },
        { "default", "out-organised" },
        { "type", "for-workers-power" },
        { "duplicator", "out-organised" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void PdfAndPngAgree(string themeName, string sample)
    {
        var pdftoppm = ExternalTool.Require("pdftoppm");
        var theme = themeName == "type" ? CoverFixture.TypeTheme : CoverFixture.Theme(themeName);
        var meta = CoverFixture.Samples.Single(s => s.Name == sample).Meta;
        var page = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null);

        using var temp = TestPaths.Temp();
        var pdfPath = Path.Combine(temp.Path, "front.pdf");
        using (var file = File.Create(pdfPath))
            PdfRenderer.Write([page], new PdfRenderOptions { Title = meta.Title }, new LibraryFontSource(CoverFixture.Fonts), file);
        double dpi = PixelHeight * 72.0 / page.Height;
        var (code, log) = ExternalTool.Run(pdftoppm, "-png", "-r", dpi.ToString("0.####", CultureInfo.InvariantCulture),
            "-singlefile", pdfPath, Path.Combine(temp.Path, "poppler"));
        Assert.True(code == 0, log);

        var poppler = PngDecoder.Decode(File.ReadAllBytes(Path.Combine(temp.Path, "poppler.png")));
        var ours = PngDecoder.Decode(CoverRasterizer.Render(page, CoverFixture.Fonts, PixelHeight));
        Assert.InRange(Math.Abs(poppler.Height - ours.Height), 0, 1);
        Assert.InRange(Math.Abs(poppler.Width - ours.Width), 0, 1);

        double difference = MeanAbsoluteDifference(ours, poppler);
        output.WriteLine($"{themeName}/{sample}: ours {ours.Width}×{ours.Height}, poppler {poppler.Width}×{poppler.Height}, mean |Δ| = {difference:P3}");
        Assert.True(difference < MaxMeanDifference, $"mean absolute difference {difference:P2}");
    }

    /// <summary>Mean of |a − b| over the RGB channels of the common area, 0–1.</summary>
    internal static double MeanAbsoluteDifference(RasterImage a, RasterImage b)
    {
        int w = Math.Min(a.Width, b.Width), h = Math.Min(a.Height, b.Height);
        long sum = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                var (ar, ag, ab, _) = a[x, y];
                var (br, bg, bb, _) = b[x, y];
                sum += Math.Abs(ar - br) + Math.Abs(ag - bg) + Math.Abs(ab - bb);
            }
        return sum / (255.0 * 3 * w * h);
    }
}
