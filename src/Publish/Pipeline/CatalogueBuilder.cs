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
        Parallel.For(0, pamphletDirs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            results[i] = cache.Build(pamphletDirs[i], () => builder.Build(pamphletDirs[i], outputRoot, formats));
            finished?.Invoke(results[i]);
        });
        return results;
    }
}
