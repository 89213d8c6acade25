namespace Publish.Tests.TextLayout;

/// <summary>Finds <c>styles/hyphenation</c> by walking up from the test binaries to the repository.</summary>
internal static class TextTestData
{
    private static readonly Lazy<string> Directory_ = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "styles", "hyphenation");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("styles/hyphenation not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<Publish.Typesetting.Text.HyphenatorSet> Set_ =
        new(() => Publish.Typesetting.Text.HyphenatorSet.Load(HyphenationDirectory));

    /// <summary>Absolute path of <c>styles/hyphenation</c>.</summary>
    public static string HyphenationDirectory => Directory_.Value;

    /// <summary>One shared set for all tests (the patterns load once).</summary>
    public static Publish.Typesetting.Text.HyphenatorSet Hyphenators => Set_.Value;
}
