using Publish.Diagnostics;

namespace Publish.Pipeline;

/// <summary>What building one pamphlet gave: its outputs, its diagnostics, and whether it failed.</summary>
internal sealed record PamphletResult(string Slug, string Directory, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
    public TimeSpan Elapsed { get; init; }
}
