using Publish.Covers;
using Publish.Covers.Jpeg;
using Publish.Diagnostics;
using Publish.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Covers;

/// <summary>
/// The JPEG decoder against ImageMagick (libjpeg): small files made with <c>convert</c> (baseline
/// and progressive, 4:4:4, 4:2:2 and 4:2:0, greyscale) are committed with libjpeg's own decoding
/// as PNG beside them; ours must agree to a mean absolute difference of a few levels.
/// </summary>
public sealed class JpegDecoderTests(ITestOutputHelper output)
{
    private static string Data(string name) => Path.Combine(TestPaths.Root, "tests", "Publish.Tests", "Covers", "Jpeg", name);

    /// <summary>
    /// libjpeg upsamples chroma with a triangle filter and uses integer IDCTs; we replicate
    /// chroma and compute exactly. 2 % (five levels on average) allows for that, not for a wrong
    /// block or colour.
    /// </summary>
    private const double MaxMeanDifference = 0.02;

    [Theory]
    [InlineData("baseline-444")]
    [InlineData("baseline-422")]
    [InlineData("baseline-420")]
    [InlineData("progressive-420")]
    [InlineData("progressive-444")]
    [InlineData("grey")]
    [InlineData("grey-progressive")]
    public void Decodes_like_libjpeg(string name)
    {
        var ours = JpegDecoder.Decode(File.ReadAllBytes(Data(name + ".jpg")));
        var theirs = PngDecoder.Decode(File.ReadAllBytes(Data(name + ".png")));
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        double difference = CoverPdfAgreementTests.MeanAbsoluteDifference(ours, theirs);
        output.WriteLine($"{name}: mean |Δ| = {difference:P3}, max |Δ| = {MaxDifference(ours, theirs)}");
        Assert.True(difference < MaxMeanDifference, $"mean absolute difference {difference:P2}");
    }

    /// <summary>Restart markers: no small freely licensed sample is committed, so this reads one from TeX Live when installed.</summary>
    [SkippableFact]
    public void Decodes_a_file_with_restart_markers()
    {
        var convert = ExternalTool.Require("convert");
        const string sample = "/usr/share/texlive/texmf-dist/tex/latex/ifmslide/liquid_helium.jpg";
        Skip.IfNot(File.Exists(sample), "no sample with restart markers installed");
        var bytes = File.ReadAllBytes(sample);
        Assert.True(bytes.AsSpan().IndexOf(new byte[] { 0xFF, 0xDD }) > 0, "sample has no DRI segment");
        using var temp = TestPaths.Temp();
        var png = Path.Combine(temp.Path, "r.png");
        var (code, log) = ExternalTool.Run(convert, sample, png);
        Assert.True(code == 0, log);
        double difference = CoverPdfAgreementTests.MeanAbsoluteDifference(JpegDecoder.Decode(bytes), PngDecoder.Decode(File.ReadAllBytes(png)));
        output.WriteLine($"restart markers: mean |Δ| = {difference:P3}");
        Assert.True(difference < MaxMeanDifference, $"mean absolute difference {difference:P2}");
    }

    [Fact]
    public void Cmyk_is_not_supported_and_says_so()
    {
        var e = Assert.Throws<NotSupportedException>(() => JpegDecoder.Decode(File.ReadAllBytes(Data("cmyk.jpg"))));
        Assert.Contains("CMYK", e.Message);
    }

    [Fact]
    public void Every_truncation_of_a_file_is_a_clean_error_or_an_image()
    {
        foreach (var name in new[] { "baseline-420", "progressive-420" })
        {
            var bytes = File.ReadAllBytes(Data(name + ".jpg"));
            for (int length = 0; length < bytes.Length; length += 7)
            {
                try
                {
                    var image = JpegDecoder.Decode(bytes[..length]);
                    Assert.Equal(75, image.Width);
                }
                catch (InvalidDataException)
                {
                }
            }
        }
    }

    [Fact]
    public void Flipped_bytes_never_throw_anything_but_InvalidData_or_NotSupported()
    {
        var bytes = File.ReadAllBytes(Data("progressive-420.jpg"));
        var random = new Random(6306);
        for (int trial = 0; trial < 300; trial++)
        {
            var copy = (byte[])bytes.Clone();
            for (int i = 0; i < 3; i++) copy[random.Next(2, copy.Length)] = (byte)random.Next(256);
            try { JpegDecoder.Decode(copy); }
            catch (InvalidDataException) { }
            catch (NotSupportedException) { }
        }
    }

    [Fact]
    public void Cover_art_diagnostics_name_the_file_and_the_code()
    {
        using var temp = TestPaths.Temp();
        var cmyk = Path.Combine(temp.Path, "cmyk.jpg");
        File.Copy(Data("cmyk.jpg"), cmyk);
        var corrupt = Path.Combine(temp.Path, "corrupt.jpg");
        File.WriteAllBytes(corrupt, File.ReadAllBytes(Data("baseline-420.jpg"))[..40]);
        var bag = new DiagnosticBag();
        Assert.Null(CoverArt.TryDecode(cmyk, bag));
        Assert.Null(CoverArt.TryDecode(corrupt, bag));
        Assert.NotNull(CoverArt.TryDecode(Data("baseline-420.jpg"), bag));
        Assert.Collection(bag.Items,
            d => Assert.Equal((Codes.JpegUnsupported, cmyk), (d.Code, d.Path)),
            d => Assert.Equal((Codes.JpegCorrupt, corrupt), (d.Code, d.Path)));
    }

    private static int MaxDifference(RasterImage a, RasterImage b)
    {
        int max = 0;
        for (int i = 0; i < Math.Min(a.Rgba.Length, b.Rgba.Length); i++) max = Math.Max(max, Math.Abs(a.Rgba[i] - b.Rgba[i]));
        return max;
    }
}
