namespace Publish.Tests.Import.Scoring;

/// <summary>
/// One hand-corrected excerpt: <c>&lt;slug&gt;.&lt;part&gt;.raw.txt</c> (the slice of
/// <c>raw/&lt;slug&gt;.txt</c> it covers) with its correction, <c>&lt;slug&gt;.&lt;part&gt;.md</c>
/// (Markdown with footnotes) or <c>&lt;slug&gt;.&lt;part&gt;.yaml</c> (a chronology in the source format).
/// </summary>
internal sealed record Excerpt(string Slug, string Name, string RawPath, string TruthPath)
{
    public bool IsChronology => TruthPath.EndsWith(".yaml", StringComparison.Ordinal);
    public string Raw => File.ReadAllText(RawPath);
    public ScoredText Truth() => ScoredText.Parse(File.ReadAllText(TruthPath));
    public List<ScoredEntry> Entries() => ChronologyScorer.Load(File.ReadAllText(TruthPath));
}

internal static class Excerpts
{
    public static string Folder => Path.Combine(ImportTestSupport.RepoRoot(), "tests", "Publish.Tests", "Import", "Scoring", "Excerpts");

    public static IEnumerable<Excerpt> All() =>
        Directory.GetFiles(Folder, "*.raw.txt").Order(StringComparer.Ordinal).Select(raw =>
        {
            var name = Path.GetFileName(raw)[..^".raw.txt".Length];
            var md = Path.Combine(Folder, name + ".md");
            var truth = File.Exists(md) ? md : Path.Combine(Folder, name + ".yaml");
            return new Excerpt(name[..name.IndexOf('.')], name, raw, truth);
        });
}
