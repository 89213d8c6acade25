using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Publish.Pipeline;

/// <summary>
/// Wall-clock time per build stage, for profiling on machines without dotnet-trace: set
/// <c>PUBLISH_TIMINGS=1</c> and <c>publish build</c> prints, after its summary, the total and
/// the slowest pamphlet of every stage (start-up, cache key, read, typeset, PDF, EPUB, …) and the
/// bytes the stage allocated on its own thread, then the process's JIT and GC counts.
/// Off, a measurement costs one branch. Timings go to standard error and never into outputs.
/// </summary>
internal static class StageTimings
{
    public static bool Enabled { get; set; } = Environment.GetEnvironmentVariable("PUBLISH_TIMINGS") == "1";

    private static readonly ConcurrentQueue<(string Stage, string Slug, double Milliseconds, long Allocated)> Records = new();

    /// <summary>Times <paramref name="work"/> as <paramref name="stage"/> of <paramref name="slug"/>.</summary>
    public static T Measure<T>(string stage, string slug, Func<T> work)
    {
        if (!Enabled) return work();
        long start = Stopwatch.GetTimestamp(), allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return work();
        }
        finally
        {
            Records.Enqueue((stage, slug, Stopwatch.GetElapsedTime(start).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated));
        }
    }

    public static void Measure(string stage, string slug, Action work) =>
        Measure<bool>(stage, slug, () => { work(); return true; });

    public static void Record(string stage, string slug, TimeSpan elapsed)
    {
        if (Enabled) Records.Enqueue((stage, slug, elapsed.TotalMilliseconds, 0));
    }

    /// <summary>One line per stage, in the order stages were first seen: calls, total, slowest.</summary>
    public static void Report(TextWriter writer)
    {
        if (!Enabled || Records.IsEmpty) return;
        var stages = Records.ToArray();
        writer.WriteLine("stage                 calls    total ms   slowest ms   alloc MB  (slowest pamphlet)");
        foreach (var group in stages.GroupBy(r => r.Stage))
        {
            var slowest = group.MaxBy(r => r.Milliseconds);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-20} {group.Count(),6} {group.Sum(r => r.Milliseconds),11:0.0} {slowest.Milliseconds,12:0.0} {group.Sum(r => r.Allocated) / 1048576.0,10:0.0}  ({slowest.Slug})"));
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms (all threads); GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.GetTotalAllocatedBytes() / 1048576} MB allocated"));
        Records.Clear();
    }
}
