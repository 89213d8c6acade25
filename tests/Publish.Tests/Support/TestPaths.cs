namespace Publish.Tests.Support;

/// <summary>The repository's folders, found from the test binary, and throwaway pamphlet folders.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();
    public static string Styles => Path.Combine(Root, "styles");
    public static string Sources => Path.Combine(Root, "sources");
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary folder, deleted when disposed.</summary>
    public static TempFolder Temp() => new();

    /// <summary>Copies a folder and everything under it (a workspace's styles/, say).</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publish-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes sources/&lt;slug&gt;/pamphlet.md (and returns the pamphlet folder).</summary>
    public string Pamphlet(string slug, string text)
    {
        var dir = System.IO.Path.Combine(Path, "sources", slug);
        Directory.CreateDirectory(dir);
        File.WriteAllText(System.IO.Path.Combine(dir, "pamphlet.md"), text);
        return dir;
    }

    public string PamphletBytes(string slug, byte[] bytes)
    {
        var dir = System.IO.Path.Combine(Path, "sources", slug);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(System.IO.Path.Combine(dir, "pamphlet.md"), bytes);
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
