using Publish.Pipeline;

namespace Publish.Cli;

/// <summary>
/// Turns PATHS arguments into pamphlet folders: a folder with a pamphlet.md, a pamphlet.md
/// file, or a folder of pamphlet folders (like sources/). No paths means all of sources/.
/// </summary>
internal static class PathArguments
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> paths, Workspace workspace, List<string> missing)
    {
        if (paths.Count == 0) return workspace.AllPamphlets();
        var result = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full) && Path.GetFileName(full) == Reading.PamphletReader.FileName) result.Add(Path.GetDirectoryName(full)!);
            else if (Directory.Exists(full) && Directory.GetDirectories(full).Any(d => File.Exists(Path.Combine(d, Reading.PamphletReader.FileName)))
                     && !File.Exists(Path.Combine(full, Reading.PamphletReader.FileName)))
                result.AddRange(new Workspace(Path.GetDirectoryName(full)!) .AllPamphletsIn(full));
            else if (Directory.Exists(full)) result.Add(full);
            else missing.Add(path);
        }
        return result.Distinct().ToList();
    }
}
