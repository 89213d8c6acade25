namespace Publish.Pipeline;

/// <summary>Size and write time (UTC ticks) of a file or folder, as last seen; a missing one is (-1, 0).</summary>
internal sealed record FileStamp(long Size, long Modified);

/// <summary>
/// The no-change fast path of the build cache, as in make: when every input a manifest names
/// still has the size and write time recorded beside its hash, every "absent" input is still
/// absent, the pamphlet folder holds the same files, cover art is found where it was found
/// before (or still nowhere), the settings are the same and the back-list (read from the
/// catalogue's front matter once per build) has the same fingerprint, the inputs are taken as unchanged
/// without parsing the front matter and themes or hashing fonts. Anything it cannot check (an
/// input kind it does not know, a manifest without stamps) sends the build to the full
/// <see cref="CacheKey"/>; so can a file merely touched, after which the stamps are renewed.
/// </summary>
/// <remarks>
/// A file written while the key was being computed could be stamped with its new time next to
/// its old hash. So nothing modified less than <see cref="RacyMargin"/> before the key was
/// computed is stamped (git's "racy" rule): such an input always takes the full path next time.
/// </remarks>
internal static class InputStamps
{
    /// <summary>Files this recent when the key was computed are not trusted by their stamp.</summary>
    public static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(2);

    private const string PamphletPrefix = "pamphlet/";

    /// <summary>Stamps of the key's file inputs, leaving out anything modified after <paramref name="keyTime"/> − margin.</summary>
    public static Dictionary<string, FileStamp> Take(CacheKey key, string pamphletDir, Workspace workspace, DateTime keyTime)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        long trustedBefore = (keyTime - RacyMargin).Ticks;
        foreach (var (name, hash) in key.Inputs)
        {
            if (hash == CacheKey.Absent || Resolve(name, pamphletDir, workspace) is not { } path) continue;
            var stamp = Of(path);
            if (stamp.Size >= 0 && stamp.Modified < trustedBefore) stamps[name] = stamp;
        }
        return stamps;
    }

    /// <summary>True when the manifest's inputs are provably unchanged (see the class summary).</summary>
    public static bool Unchanged(BuildManifest manifest, string pamphletDir, Workspace workspace, Func<string, string?> setting)
    {
        if (manifest.Stamps is not { Count: > 0 } stamps || manifest.Metadata is null) return false;

        var listed = manifest.Inputs.Keys.Where(k => k.StartsWith(PamphletPrefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var present = PamphletFiles(pamphletDir).ToList();
        if (present.Count != listed.Count || !present.All(listed.Contains)) return false;

        foreach (var (name, hash) in manifest.Inputs)
        {
            if (name.StartsWith("setting:", StringComparison.Ordinal) || name.StartsWith("publish:", StringComparison.Ordinal)
                || name == CacheKey.BacklistInput)
            {
                if (setting(name) is not { } current || current != hash) return false;
                continue;
            }
            if (name == "cover-art")
            {
                // Looked for again as the build does (front matter unchanged, so the same places).
                var art = Covers.CoverArt.Find(manifest.Metadata, manifest.Slug, workspace.Covers, pamphletDir);
                if (hash != (art is null ? CacheKey.Absent : FileHasher.Name(art, workspace.Root))) return false;
                continue;
            }
            if (Resolve(name, pamphletDir, workspace) is not { } path) return false;
            if (hash == CacheKey.Absent)
            {
                if (File.Exists(path) || Directory.Exists(path)) return false;
                continue;
            }
            if (!stamps.TryGetValue(name, out var stamp) || stamp != Of(path)) return false;
        }
        return true;
    }

    /// <summary>The file an input name stands for, or null for an input that is not a file (a theme by name, a setting).</summary>
    private static string? Resolve(string name, string pamphletDir, Workspace workspace)
    {
        if (name.StartsWith(PamphletPrefix, StringComparison.Ordinal)) return Path.Combine(pamphletDir, name[PamphletPrefix.Length..]);
        if (Path.IsPathRooted(name)) return name;
        if (name.Contains(':', StringComparison.Ordinal)) return null;
        return Path.Combine(workspace.Root, name);
    }

    /// <summary>The pamphlet folder's files as the key names them (hidden parts skipped, as <see cref="CacheKey"/> does).</summary>
    private static IEnumerable<string> PamphletFiles(string pamphletDir)
    {
        foreach (var file in Directory.EnumerateFiles(pamphletDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(pamphletDir, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))) continue;
            yield return PamphletPrefix + relative.Replace('\\', '/');
        }
    }

    private static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
    }
}
