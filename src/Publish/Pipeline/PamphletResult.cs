using Publish.Diagnostics;

namespace Publish.Pipeline;

/// <summary>What building one pamphlet gave: its outputs, its diagnostics, and whether it failed.</summary>
internal sealed record PamphletResult(string Slug, string Directory, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
    public TimeSpan Elapsed { get; init; }
    /// <summary>The pamphlet's metadata, when its source could be read (for the catalogue).</summary>
    public Model.Metadata? Metadata { get; init; }
    /// <summary>The trim size's name ("A5", "A6" or "148 × 210 mm").</summary>
    public string Trim { get; init; } = "A5";
    /// <summary>The <see cref="CacheKey"/> digest the pamphlet was built or reused under; null when it has none.</summary>
    public string? CacheDigest { get; init; }
}
