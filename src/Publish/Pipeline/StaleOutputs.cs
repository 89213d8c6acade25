namespace Publish.Pipeline;

/// <summary>
/// After a build of the whole catalogue, the output folders of pamphlets that are no longer in
/// <c>sources/</c> are removed, so a deleted or renamed pamphlet does not linger in
/// <c>artifacts/</c> (nor in a later <c>publish catalogue</c> merge). Only folders that Publish
/// made — those with a build manifest — are touched; anything else in the output folder is left
/// alone. The manifest goes first, so an interrupted removal never looks like a build.
/// </summary>
internal static class StaleOutputs
{
    /// <summary>Removes the stale folders under <paramref name="outputRoot"/>; returns their names, in order.</summary>
    public static IReadOnlyList<string> Prune(string outputRoot, IEnumerable<string> currentSlugs)
    {
        if (!Directory.Exists(outputRoot)) return [];
        var current = new HashSet<string>(currentSlugs, StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var dir in Directory.GetDirectories(outputRoot).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(dir);
            var manifest = Path.Combine(dir, BuildCache.ManifestName);
            if (current.Contains(slug) || !File.Exists(manifest)) continue;
            try
            {
                File.Delete(manifest);
                Directory.Delete(dir, recursive: true);
                removed.Add(slug);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build; without its manifest it is no longer taken for a pamphlet's outputs.
            }
        }
        return removed;
    }
}
