using System.Collections.Concurrent;

namespace Publish.Pipeline;

/// <summary>
/// Builds many pamphlets, in parallel when asked, and returns their results in the order of
/// the input folders, whatever order they finished in.
/// </summary>
internal sealed class CatalogueBuilder(BuildServices services)
{
    /// <summary>Reuse the outputs of pamphlets whose inputs have not changed (see <see cref="BuildCache"/>); false is <c>--no-cache</c>.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>False for a shard build: clean only the folders of the pamphlets it builds, not another shard's temporary files.</summary>
    public bool CleanAllLeftovers { get; init; } = true;

    public IReadOnlyList<PamphletResult> Build(IReadOnlyList<string> pamphletDirs, string outputRoot, OutputFormat formats,
        int jobs, Action<PamphletResult>? finished = null)
    {
        if (CleanAllLeftovers) AtomicFile.CleanLeftovers(outputRoot);
        var results = new PamphletResult[pamphletDirs.Count];
        var builder = new PamphletBuilder(services);
        var cache = new BuildCache(services, outputRoot, formats) { Enabled = UseCache };
        // Longest first, one at a time from a shared queue: a long pamphlet started last would
        // otherwise finish alone while the other cores idle (LPT scheduling).
        var order = Enumerable.Range(0, pamphletDirs.Count).OrderByDescending(i => SourceSize(pamphletDirs[i])).ThenBy(i => i).ToArray();
        int started = 0;
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
            {
                // While pamphlets wait in the queue, every core has a pamphlet of its own: work
                // inside one in parallel only once none waits (one pamphlet alone; the last few).
                bool spareCores = Interlocked.Increment(ref started) >= order.Length;
                results[i] = StageTimings.Measure("pamphlet, in all", Path.GetFileName(pamphletDirs[i]),
                    () => cache.Build(pamphletDirs[i],
                        sourceRead => builder.Build(pamphletDirs[i], outputRoot, formats, sourceRead, spareCores), spareCores));
                finished?.Invoke(results[i]);
            });
        return results;
    }

    /// <summary>The size of a pamphlet's source, a good proxy for its build time; 0 when unreadable.</summary>
    private static long SourceSize(string pamphletDir)
    {
        var source = new FileInfo(Path.Combine(pamphletDir, Reading.PamphletReader.FileName));
        try
        {
            return source.Exists ? source.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
