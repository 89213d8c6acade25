using Publish.Styling;

namespace Publish.Pipeline;

/// <summary>
/// What every pamphlet of a build shares, loaded once and used read-only from parallel jobs:
/// the workspace, themes, and the source date that makes outputs reproducible.
/// </summary>
internal sealed class BuildServices(Workspace workspace)
{
    public Workspace Workspace { get; } = workspace;
    public ThemeLoader Themes { get; } = new(workspace.Styles);
    /// <summary>SOURCE_DATE_EPOCH from the environment (reproducible-builds.org), if set.</summary>
    public string? SourceDateEpoch { get; init; } = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
    public string Version { get; } = typeof(BuildServices).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
}
