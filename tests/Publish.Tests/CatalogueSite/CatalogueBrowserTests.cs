using System.Buffers.Binary;
using System.IO.Compression;
using Publish.Catalogue;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.CatalogueSite;

/// <summary>
/// The catalogue page in a real browser (Debian's chromium, headless): it loads without
/// console errors or missing resources, and renders to non-trivial screenshots at phone and
/// desktop widths. Set PUBLISH_CATALOGUE_SHOTS to a folder to keep the page and screenshots
/// for review.
/// </summary>
public sealed class CatalogueBrowserTests : IDisposable
{
    private readonly CatalogueSample _sample = new();
    private readonly TempFolder _profile = TestPaths.Temp();

    public CatalogueBrowserTests() => _sample.Write();

    public void Dispose()
    {
        _sample.Dispose();
        _profile.Dispose();
    }

    [SkippableFact]
    public void Page_loads_in_chromium_without_console_errors()
    {
        var chromium = HeadlessChromium.Require(_profile.Path);
        var (dom, log) = chromium.DumpDom(_sample.IndexPath);

        Assert.Contains("<h1>Pamphlets in print</h1>", dom);
        Assert.Equal(3, CountOf(dom, "<article "));
        Assert.Contains("Bread &amp; Roses: \"&lt;Now&gt;\"", dom);
        Assert.Empty(HeadlessChromium.PageProblems(log, _sample.Output));
    }

    [SkippableTheory]
    [InlineData(375, 1200)]
    [InlineData(1280, 900)]
    public void Page_renders_at_phone_and_desktop_widths(int width, int height)
    {
        var chromium = HeadlessChromium.Require(_profile.Path);
        var png = Path.Combine(_profile.Path, $"catalogue-{width}.png");
        var log = chromium.Screenshot(_sample.IndexPath, png, width, height);

        Assert.True(File.Exists(png), "no screenshot was written:\n" + log);
        Assert.True(new FileInfo(png).Length > 8_000, "the screenshot is suspiciously small");
        Assert.Equal((width, height), PngDimensions.Read(png));
        Assert.True(DistinctColours(png) > 50, "the screenshot is nearly blank");
        Assert.Empty(HeadlessChromium.PageProblems(log, _sample.Output));
        Keep(png);
    }

    [Fact]
    public void Log_filter_keeps_page_errors_and_ignores_chromium_noise()
    {
        const string log = """
            [1:1:1123/090032.1:ERROR:dbus/bus.cc:405] Failed to connect to the bus: No such file or directory
            [1:1:1123/090032.2:WARNING:media/gpu/vaapi/vaapi_wrapper.cc:1655] drmGetDevices2() has not found any devices
            [1:1:1123/090032.3:INFO:CONSOLE:254] "Uncaught ReferenceError: f is not defined", source: file:///tmp/site/index.html (254)
            [1:1:1123/090032.4:INFO:CONSOLE:9] "a warning", source: file:///tmp/site/index.html (9)
            """;
        var problems = HeadlessChromium.PageProblems(log, "/tmp/site");
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("CONSOLE", p));
    }

    /// <summary>Copies the screenshot and the page (with its files) for a human to look at.</summary>
    private void Keep(string png)
    {
        var folder = Environment.GetEnvironmentVariable("PUBLISH_CATALOGUE_SHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        File.Copy(png, Path.Combine(folder, Path.GetFileName(png)), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(_sample.Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "site", Path.GetRelativePath(_sample.Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Distinct RGB(A) byte triples in the PNG's decompressed scanlines (filters ignored: a rough measure of "something is drawn").</summary>
    private static int DistinctColours(string png)
    {
        var bytes = File.ReadAllBytes(png);
        using var idat = new MemoryStream();
        for (int offset = 8; offset + 8 <= bytes.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            if (bytes.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8)) idat.Write(bytes, offset + 8, length);
            offset += 12 + length;
        }
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var data = raw.ToArray();
        var colours = new HashSet<int>();
        for (int i = 0; i + 2 < data.Length && colours.Count <= 1000; i += 3)
            colours.Add(data[i] << 16 | data[i + 1] << 8 | data[i + 2]);
        return colours.Count;
    }
}
