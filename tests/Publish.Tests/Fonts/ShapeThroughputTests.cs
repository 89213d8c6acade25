using System.Diagnostics;
using System.Runtime.InteropServices;
using Publish.Typesetting.Fonts;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Fonts;

/// <summary>
/// Reports (never asserts) how long shaping a 30,000-word pamphlet takes, word by word as the
/// line breaker will call it: the best of several rounds, wall clock and this thread's CPU
/// time (the fairer figure on a loaded machine). Real benchmarks belong in bench/.
/// </summary>
public sealed class ShapeThroughputTests(ITestOutputHelper output)
{
    /// <summary>Linux CLOCK_THREAD_CPUTIME_ID.</summary>
    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU milliseconds used by this thread, or NaN where the clock is unavailable.</summary>
    private static double ThreadCpuMs()
    {
        try { return ClockGetTime(ThreadCpuClock, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return double.NaN; }
    }

    private const int WordCount = 30_000;
    private const int Rounds = 8;
    private const double BodySize = 10.5;

    private static readonly string[] Sample =
        ("The workers\u2019 opposition demanded that the trade unions, not the party officials, " +
         "should manage the economy; it was the office of the unions to find efficient, " +
         "affluent and fluent forms of self-management \u2014 \u201Cwithout bureaucratic " +
         "interference\u201D, as Kollontai wrote in 1921. AVAST! To Tavern, WAY.").Split(' ');

    [Fact]
    [Trait("Category", "Benchmark")]
    public void Shape_30000_words()
    {
        var words = Enumerable.Range(0, WordCount).Select(i => Sample[i % Sample.Length]).ToArray();
        foreach (var key in new[] { "CharisSIL-Regular.ttf", "NotoSans-Condensed.ttf" })
        {
            var font = FontTestData.Library.Get(key);
            var glyphs = words.Sum(w => font.Shape(w, BodySize).Glyphs.Count);
            var shape = Best(() => { foreach (var w in words) font.Shape(w, BodySize); });
            var measure = Best(() => { foreach (var w in words) font.Measure(w, BodySize); });
            output.WriteLine($"{key}: Shape {WordCount} words ({glyphs} glyphs): {shape.Wall:F1} ms wall, {shape.Cpu:F1} ms CPU; " +
                             $"Measure: {measure.Wall:F1} ms wall, {measure.Cpu:F1} ms CPU (best of {Rounds})");
            Assert.True(glyphs > WordCount);
        }
    }

    private static (double Wall, double Cpu) Best(Action action)
    {
        double wall = double.MaxValue, cpu = double.MaxValue;
        for (var i = 0; i < Rounds; i++)
        {
            var cpuStart = ThreadCpuMs();
            var clock = Stopwatch.StartNew();
            action();
            wall = Math.Min(wall, clock.Elapsed.TotalMilliseconds);
            cpu = Math.Min(cpu, ThreadCpuMs() - cpuStart);
        }
        return (wall, cpu);
    }
}
