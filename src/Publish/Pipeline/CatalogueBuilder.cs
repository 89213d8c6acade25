namespace Publish.Pipeline;

/// <summary>
/// Builds many pamphlets, in parallel when asked, and returns their results in the order of
/// the input folders, whatever order they finished in.
/// </summary>
internal sealed class CatalogueBuilder(BuildServices services)
{
    public IReadOnlyList<PamphletResult> Build(IReadOnlyList<string> pamphletDirs, string outputRoot, OutputFormat formats,
        int jobs, Action<PamphletResult>? finished = null)
    {
        AtomicFile.CleanLeftovers(outputRoot);
        var results = new PamphletResult[pamphletDirs.Count];
        var builder = new PamphletBuilder(services);
        Parallel.For(0, pamphletDirs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            results[i] = builder.Build(pamphletDirs[i], outputRoot, formats);
            finished?.Invoke(results[i]);
        });
        return results;
    }
}
