using System.Diagnostics;
using Publish.Typesetting.Text;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.TextLayout;

/// <summary>
/// Reports (never asserts) how long breaking takes: 1,000 paragraphs of 120 words. Speed is
/// judged in bench/, not in unit tests; this only prints the numbers.
/// </summary>
public class LineBreakTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Reports_the_time_to_break_a_thousand_paragraphs()
    {
        var rng = new Random(42);
        var paragraphs = Enumerable.Range(0, 1000).Select(_ => SyntheticParagraph.Items(rng, 120)).ToList();
        var widths = LineWidths.Uniform(300);
        foreach (var breaker in new ILineBreaker[] { new KnuthPlassLineBreaker(), new FirstFitLineBreaker() })
        {
            breaker.Break(paragraphs[0], widths); // warm up the JIT
            var passes = new int[5];
            var lines = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var items in paragraphs)
            {
                var result = breaker.Break(items, widths);
                passes[result.Pass]++;
                lines += result.Lines.Count;
            }
            clock.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
#if DEBUG
            const string build = "Debug";
#else
            const string build = "Release";
#endif
            output.WriteLine($"{breaker.GetType().Name} ({build}): 1000 paragraphs × 120 words, {lines} lines, " +
                             $"{clock.Elapsed.TotalMilliseconds:F0} ms wall ({clock.Elapsed.TotalMilliseconds:F0} µs a paragraph), {cpuMs:F0} ms CPU, passes 1–4: {string.Join("/", passes.Skip(1))}");
        }
    }

    [Fact]
    public void Reports_the_time_to_hyphenate_a_hundred_thousand_words()
    {
        var vocabulary = ("the committees which workers elected in factories during first months of revolution were not " +
                          "official histories later claimed spontaneous disorder organisation production producers " +
                          "themselves machines running owners bargained cooperatives socialist economy administrative " +
                          "apparatus opposition proposals defeated congress international solidarity").Split(' ');
        var load = Stopwatch.StartNew();
        var gb = Hyphenator.Load(Path.Combine(TextTestData.HyphenationDirectory, HyphenatorSet.BritishFile),
            Path.Combine(TextTestData.HyphenationDirectory, HyphenatorSet.ExceptionsFile));
        load.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var points = 0;
        for (var i = 0; i < 100_000; i++) points += gb.Points(vocabulary[i % vocabulary.Length]).Count;
        clock.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        output.WriteLine($"GB patterns: loaded {gb.PatternCount} patterns in {load.Elapsed.TotalMilliseconds:F0} ms; " +
                         $"100,000 words hyphenated in {clock.Elapsed.TotalMilliseconds:F0} ms wall, {cpuMs:F0} ms CPU ({points} points)");
    }
}
