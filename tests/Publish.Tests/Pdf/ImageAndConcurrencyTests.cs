using Publish.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>Images (fit and cover-crop) and rendering several documents at once.</summary>
public sealed class ImageAndConcurrencyTests
{
    private static readonly PdfRenderOptions Options = new() { CreationDate = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };

    private static string Dir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "publish-pdf-tests");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [SkippableFact]
    public void Cover_image_fills_its_area_and_is_clipped()
    {
        var tool = ExternalTool.Require("pdftoppm");
        var png = Path.Combine(Dir(), "split.png");
        File.WriteAllBytes(png, TestPng.SplitRedBlue(200, 50)); // 4:1, cropped into a square
        var page = new Page(200, 200, [new ImageFrame(png, new Rect(50, 50, 100, 100), Cover: true)]);
        var pdfPath = Path.Combine(Dir(), "cover.pdf");
        File.WriteAllBytes(pdfPath, PdfRenderer.Render([page], Options, TestFrames.Fonts));

        var prefix = Path.Combine(Dir(), "cover");
        Assert.Equal(0, ExternalTool.Run(tool, "-singlefile", "-r", "72", pdfPath, prefix).ExitCode);
        var pixels = ReadPpm(prefix + ".ppm");
        // The square shows the image's centre: red on its left half, blue on its right half,
        // and nothing outside the area (the 4:1 image would otherwise reach x = 0 … 200).
        Assert.True(pixels(60, 100).R > 150 && pixels(60, 100).B < 100);
        Assert.True(pixels(140, 100).B > 150 && pixels(140, 100).R < 100);
        Assert.Equal((255, 255, 255), pixels(20, 100));
        Assert.Equal((255, 255, 255), pixels(180, 100));
        Assert.Equal((255, 255, 255), pixels(100, 30));
    }

    [Fact]
    public void Parallel_renders_agree()
    {
        var pages = PdfRendererTests.SamplePages();
        var results = new byte[6][];
        Parallel.For(0, results.Length, i => results[i] = PdfRenderer.Render(pages, Options, TestFrames.Fonts));
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    private static Func<int, int, (int R, int G, int B)> ReadPpm(string path)
    {
        var data = File.ReadAllBytes(path);
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(data, start, pos - start);
        }
        Assert.Equal("P6", Token());
        int width = int.Parse(Token());
        Token(); Token();
        pos++;
        int origin = pos;
        return (x, y) =>
        {
            int at = origin + 3 * (y * width + x);
            return (data[at], data[at + 1], data[at + 2]);
        };
    }
}
