using Publish.Pipeline;
using Publish.Tests.Support;

namespace Publish.Tests.Scale;

/// <summary>
/// A throwaway workspace of three small pamphlets (two on the default theme, one on the zine
/// theme) with a copy of the repository's styles/, built into <see cref="Output"/>.
/// </summary>
internal sealed class ScaleCatalogue : IDisposable
{
    public const OutputFormat Formats = OutputFormat.Epub | OutputFormat.Pdf;
    public static readonly string[] Slugs = ["alpha", "beta", "gamma"];

    private readonly TempFolder _temp = TestPaths.Temp();

    public ScaleCatalogue()
    {
        TestPaths.CopyDirectory(TestPaths.Styles, Path.Combine(Root, "styles"));
        Write("alpha", "Alpha Pamphlet", "");
        Write("beta", "Beta Pamphlet", "theme: zine\n");
        Write("gamma", "Gamma Pamphlet", "");
    }

    public string Root => _temp.Path;
    public string Sources => Path.Combine(Root, "sources");
    public string Output => Path.Combine(Root, "artifacts");
    public IReadOnlyList<string> Dirs => Slugs.Select(s => Path.Combine(Sources, s)).ToList();

    public string Source(string slug) => Path.Combine(Sources, slug, "pamphlet.md");
    public string OutputFile(string slug, string suffix) => Path.Combine(Output, slug, slug + suffix);
    public string Manifest(string slug) => BuildCache.ManifestPath(Output, slug);

    /// <summary>Builds every pamphlet with fresh services, as a new <c>publish build</c> process would.</summary>
    public IReadOnlyList<PamphletResult> Build(bool useCache = true, OutputFormat formats = Formats, string? sourceDateEpoch = null)
    {
        var services = new BuildServices(new Workspace(Root)) { SourceDateEpoch = sourceDateEpoch };
        var results = new CatalogueBuilder(services) { UseCache = useCache }.Build(Dirs, Output, formats, 2);
        foreach (var result in results)
            if (result.Failed) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return results;
    }

    /// <summary>Write time of every output file, by path.</summary>
    public Dictionary<string, DateTime> OutputTimes() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetDirectoryName(f) != Output)
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);

    /// <summary>Sets every output's write time far in the past, so a rewrite is seen without comparing clocks.</summary>
    public void AgeOutputs()
    {
        foreach (var file in OutputTimes().Keys) File.SetLastWriteTimeUtc(file, Ancient);
    }

    public static readonly DateTime Ancient = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Write(string slug, string title, string frontMatter, string extra = "")
    {
        var dir = Path.Combine(Sources, slug);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "pamphlet.md"), $"""
            ---
            title: {title}
            author: Test Author
            date: 1971
            lang: en-GB
            description: A short pamphlet for the build cache tests.
            {frontMatter}---

            # Opening

            The workers of {title} met in the hall and talked about the strike until late.[^1]
            {extra}

            [^1]: A note, so that the notes path is built too.

            """);
    }

    public void Dispose() => _temp.Dispose();
}
