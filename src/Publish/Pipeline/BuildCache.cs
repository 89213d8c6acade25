using System.Diagnostics;
using Publish.Diagnostics;

namespace Publish.Pipeline;

/// <summary>
/// Incremental builds. Each built pamphlet gets a manifest, <c>&lt;output&gt;/&lt;slug&gt;/.publish-cache.json</c>,
/// with its <see cref="CacheKey"/>, its outputs (size, time, SHA-256) and what the catalogue
/// needs (metadata, trim). A pamphlet whose key is unchanged and whose outputs are all still
/// there, unchanged, is not rebuilt: its result lists the outputs and carries one note
/// (<see cref="ReusedCode"/>) instead of diagnostics. Anything else — no manifest, a corrupt
/// one, another key, a missing or altered output — rebuilds. The manifest is deleted before a
/// rebuild and written (atomically) only after every output, and only when the build
/// succeeded, so a killed or failed build always rebuilds next time.
/// </summary>
internal sealed class BuildCache(BuildServices services, string outputRoot, OutputFormat formats)
{
    public const string ManifestName = ".publish-cache.json";

    /// <summary>The note a reused pamphlet's result carries.</summary>
    public static readonly DiagnosticCode ReusedCode = new("PUB9101", "outputs reused: the pamphlet's inputs have not changed");

    /// <summary>False (<c>--no-cache</c>): always rebuild, but still write manifests.</summary>
    public bool Enabled { get; init; } = true;

    private readonly FileHasher _hasher = new();

    /// <summary>True when <paramref name="result"/> came from the cache rather than a build.</summary>
    public static bool IsReused(PamphletResult result) => result.Diagnostics.Any(IsReuseNote);

    public static bool IsReuseNote(Diagnostic diagnostic) => diagnostic.Code == ReusedCode;

    public static string ManifestPath(string outputRoot, string slug) => Path.Combine(outputRoot, slug, ManifestName);

    /// <summary>
    /// The cached result when up to date; otherwise <paramref name="build"/>'s, with a manifest
    /// written after it. <paramref name="build"/> is handed a callback to call once its source is
    /// read: a key that is needed only after the build is then hashed while the text is set, not
    /// while it is read (the read and the hashing parse the same front matter and contend) —
    /// when the build has cores to spare (<paramref name="spareCores"/> and
    /// <see cref="BuildServices.ParallelOutputs"/>); else after the build, on the same thread.
    /// </summary>
    public PamphletResult Build(string pamphletDir, Func<Action, PamphletResult> build, bool spareCores = true)
    {
        var clock = Stopwatch.StartNew();
        var slug = Path.GetFileName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        var manifestPath = ManifestPath(outputRoot, slug);
        var outputDir = Path.Combine(outputRoot, slug);
        AtomicFile.CleanLeftovers(outputDir);
        var previous = Enabled ? BuildManifest.TryRead(manifestPath) : null;
        if (previous is { Metadata: not null }
            && StageTimings.Measure("cache stamps", slug, () => InputStamps.Unchanged(previous, Path.GetFullPath(pamphletDir), services.Workspace,
                CurrentValues(pamphletDir, slug, previous.Metadata)) && OutputsIntact(previous, outputDir)))
            return Reused(previous, previous.Key);

        var keyTime = DateTime.UtcNow;
        CacheKey? ComputeKey() => StageTimings.Measure("cache key", slug, () => CacheKey.Compute(pamphletDir, formats, services, _hasher));
        Task<CacheKey?>? key = null;
        if (previous is { Metadata: not null })
        {
            var known = ComputeKey();
            if (known is not null && previous.Key == known.Digest
                && StageTimings.Measure("cache check", slug, () => OutputsIntact(previous, outputDir)))
            {
                // Same inputs, other stamps (a file touched, a folder listed anew): renew them for the fast path.
                TryWrite(manifestPath, previous with { Stamps = InputStamps.Take(known, Path.GetFullPath(pamphletDir), services.Workspace, keyTime) });
                return Reused(previous, known.Digest);
            }
            key = Task.FromResult(known);
        }
        // Else nothing to compare with (first build, --no-cache, no usable manifest): the key is
        // needed only for the manifest written after the build, so it is hashed beside it when
        // there is a core to spare.
        bool beside = services.ParallelWithin(spareCores);
        CacheKey? HashAndReady()
        {
            var computed = ComputeKey();
            // Then ready the manifest's writer here, beside the build, not after it: its first use
            // loads and sets up the string encoder (measured 3 → ~10 ms for the first manifest cold).
            BuildManifestJson.Warm();
            return computed;
        }

        var corrupt = Enabled ? BuildManifest.Problem(manifestPath) : null;
        TryDelete(manifestPath);
        var result = build(() => { if (beside) key ??= Task.Run(HashAndReady); });
        key ??= Task.FromResult(HashAndReady());
        if (corrupt is not null)
            result = result with
            {
                Diagnostics = [new Diagnostic(Codes.ManifestCorrupt, Severity.Warning, manifestPath, 1, 1,
                    $"the build manifest of '{slug}' is {corrupt}; ignored it and rebuilt the pamphlet"), .. result.Diagnostics],
            };
        var digest = key.GetAwaiter().GetResult();
        if (digest is not null) result = result with { CacheDigest = digest.Digest };
        if (!result.Failed && digest is not null && result.Metadata is not null)
        {
            try
            {
                StageTimings.Measure("cache manifest", slug, () => Write(manifestPath, slug, pamphletDir, digest, result, InputStamps.Take(digest, Path.GetFullPath(pamphletDir), services.Workspace, keyTime)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                // The outputs are good; without a manifest the next build simply rebuilds them.
                TryDelete(manifestPath);
            }
        }
        return result;

        PamphletResult Reused(BuildManifest manifest, string digest)
        {
            var outputs = manifest.Outputs.Select(o => Path.Combine(outputDir, o.File)).ToList();
            var note = new Diagnostic(ReusedCode, Severity.Note, Path.Combine(pamphletDir, Reading.PamphletReader.FileName), 1, 1,
                $"'{slug}' is up to date: reused {outputs.Count} output(s)");
            return new PamphletResult(slug, pamphletDir, [note], outputs)
            {
                Elapsed = clock.Elapsed, Metadata = manifest.Metadata, Trim = manifest.Trim, CacheDigest = digest,
            };
        }
    }

    /// <summary>True when the pamphlet's manifest shows its inputs unchanged by their stamps alone (the fast path, <see cref="InputStamps"/>).</summary>
    public bool InputsUnchangedByStamps(string pamphletDir)
    {
        var slug = Path.GetFileName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        return BuildManifest.TryRead(ManifestPath(outputRoot, slug)) is { } manifest
               && manifest.Metadata is { } meta
               && InputStamps.Unchanged(manifest, Path.GetFullPath(pamphletDir), services.Workspace, CurrentValues(pamphletDir, slug, meta));
    }

    /// <summary>
    /// The current value of a non-file input of a pamphlet's key: a setting, or its back-list's
    /// fingerprint as a build would compute it now (the catalogue's front matter is read once per build).
    /// </summary>
    private Func<string, string?> CurrentValues(string pamphletDir, string slug, Model.Metadata meta) =>
        name => name == CacheKey.BacklistInput ? PamphletBuilder.BacklistFingerprint(services, pamphletDir, slug, meta) : Setting(name);

    /// <summary>The current value of a setting input of the key (see <see cref="CacheKey"/>); null for one this does not know.</summary>
    private string? Setting(string name) => name switch
    {
        "setting:formats" => formats.ToString(),
        "setting:theme-override" => services.ThemeOverride ?? "",
        "setting:source-date-epoch" => services.SourceDateEpoch ?? "",
        "publish:version" => services.Version,
        "publish:mvid" => typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        _ => null,
    };

    /// <summary>Rewrites a manifest; on failure removes it (the next build then rebuilds).</summary>
    private static void TryWrite(string manifestPath, BuildManifest manifest)
    {
        try
        {
            manifest.Write(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(manifestPath);
        }
    }

    private static void Write(string manifestPath, string slug, string pamphletDir, CacheKey key, PamphletResult result,
        IReadOnlyDictionary<string, FileStamp> stamps)
    {
        var dir = Path.GetDirectoryName(manifestPath)!;
        var outputs = result.Outputs.Select(path =>
        {
            var info = new FileInfo(path);
            return new OutputRecord(Path.GetRelativePath(dir, path).Replace('\\', '/'), info.Length,
                info.LastWriteTimeUtc.Ticks, FileHasher.HashUncached(path));
        }).ToList();
        var manifest = new BuildManifest
        {
            Slug = slug,
            Source = Path.GetFullPath(pamphletDir),
            Key = key.Digest,
            Inputs = key.Inputs,
            Outputs = outputs,
            Trim = result.Trim,
            Metadata = result.Metadata,
            Stamps = stamps,
        };
        manifest.Write(manifestPath);
    }

    /// <summary>Every recorded output exists with its size; one whose time changed must still hash the same.</summary>
    private static bool OutputsIntact(BuildManifest manifest, string dir)
    {
        foreach (var output in manifest.Outputs)
        {
            if (output.File.Length == 0 || Path.IsPathRooted(output.File) || output.File.Contains("..", StringComparison.Ordinal)) return false;
            var info = new FileInfo(Path.Combine(dir, output.File));
            if (!info.Exists || info.Length != output.Size) return false;
            if (info.LastWriteTimeUtc.Ticks == output.Modified) continue;
            try
            {
                if (FileHasher.HashUncached(info.FullName) != output.Sha256) return false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
        return true;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
