using Publish.Typesetting.Fonts;

namespace Publish.Tests.Fonts;

/// <summary>Finds the repository's committed fonts for tests.</summary>
internal static class FontTestData
{
    /// <summary>The repository root: the nearest folder above the test binaries holding Publish.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>styles/fonts in the repository.</summary>
    public static string FontsDir => Path.Combine(RepoRoot, "styles", "fonts");

    /// <summary>The shared library over styles/fonts.</summary>
    public static FontLibrary Library => FontLibrary.Default(FontsDir);

    public static TrueTypeFont Charis => Library.Get("CharisSIL-Regular.ttf");
    public static TrueTypeFont DejaVuSerif => Library.Get("DejaVuSerif.ttf");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }
}
