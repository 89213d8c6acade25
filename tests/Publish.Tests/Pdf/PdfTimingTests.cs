using System.Diagnostics;
using Publish.Pdf;
using Publish.Typesetting.Frames;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Pdf;

/// <summary>
/// Reports (does not assert) how long the backend takes for a pamphlet-sized interior:
/// 80 A5 pages of justified text, about 30,000 words. Benchmarks belong in bench/.
/// </summary>
public sealed class PdfTimingTests
{
    private readonly ITestOutputHelper _output;

    public PdfTimingTests(ITestOutputHelper output) => _output = output;

    private static readonly string[] Words =
        "the workers opposition demands that the unions take over the management of the national economy while the party office holds power and officials defer".Split(' ');

    /// <summary>80 pages × 34 lines × ~11 words, each line one justified run.</summary>
    internal static List<Page> SyntheticPamphlet(out int wordCount)
    {
        var pages = new List<Page>();
        int word = 0;
        for (int p = 1; p <= 80; p++)
        {
            var items = new List<FrameItem> { new Anchor($"p{p}", 56) };
            if (p % 10 == 1) items.Add(new OutlineEntry($"Chapter {p / 10 + 1}", 1, 56));
            for (int line = 0; line < 34; line++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 11).Select(_ => Words[word++ % Words.Length]));
                var natural = TestFrames.Run(text, 56, 70 + line * 14.2);
                double slack = 307.5 - natural.Width;
                int spaces = text.Count(c => c == ' ');
                var glyphs = natural.Glyphs.Select(g => g.Chars == " " ? g with { Advance = g.Advance + slack / spaces } : g).ToList();
                items.Add(natural with { Glyphs = glyphs });
            }
            items.Add(TestFrames.Run(p.ToString(), 205, 570));
            pages.Add(TestFrames.A5(items.ToArray()) with { Index = p, Folio = p.ToString() });
        }
        wordCount = word;
        return pages;
    }

    [Fact]
    public void Report_time_for_80_pages()
    {
        var pages = SyntheticPamphlet(out int words);
        var options = new PdfRenderOptions { Title = "Timing", CreationDate = DateTimeOffset.UnixEpoch };
        PdfRenderer.Render(pages, options, TestFrames.Fonts); // warm-up: JIT, font parsing
        var times = new List<double>();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        byte[] pdf = [];
        const int rounds = 7;
        for (int i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            pdf = PdfRenderer.Render(pages, options, TestFrames.Fonts);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        double cpuPerRender = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / rounds;
        var interior = RenderedDocument.Draw(pages, options with { PrintMode = true, Bleed = 8.5 }, TestFrames.Fonts);
        var booklet = Stopwatch.StartNew();
        BookletImposer.Impose(interior, new BookletOptions());
        booklet.Stop();
        times.Sort();
        _output.WriteLine($"80 A5 pages, {words} words, {pages.Sum(p => p.Items.Count)} items, {pdf.Length / 1024} KiB: " +
                          $"render+finish min {times[0]:0} ms, median {times[rounds / 2]:0} ms, CPU {cpuPerRender:0} ms per render " +
                          $"(load average {LoadAverage()}); booklet {booklet.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(pdf.Length > 0);
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
