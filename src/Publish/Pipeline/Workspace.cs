namespace Publish.Pipeline;

/// <summary>
/// Where a build finds its shared inputs: the styles folder (themes, fonts, patterns) and the
/// sources folder. Found by walking up from the working directory to the first folder that
/// has <c>styles/default.yaml</c>, then from the program's own folder.
/// </summary>
internal sealed record Workspace(string Root)
{
    public string Styles => Path.Combine(Root, "styles");
    public string Sources => Path.Combine(Root, "sources");
    public string Covers => Path.Combine(Root, "covers");

    public static Workspace Find(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "styles", "default.yaml"))) return new Workspace(dir.FullName);
        }
        return new Workspace(start ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Every pamphlet folder under sources/ (folders starting with '_' hold shared data).</summary>
    public IReadOnlyList<string> AllPamphlets() => AllPamphletsIn(Sources);

    /// <summary>Every pamphlet folder directly under <paramref name="folder"/>.</summary>
    public IReadOnlyList<string> AllPamphletsIn(string folder) =>
        !Directory.Exists(folder) ? [] :
        Directory.GetDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('_') && !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
