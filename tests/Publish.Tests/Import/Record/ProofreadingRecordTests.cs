using Publish.Import;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Import.Record;

/// <summary>
/// The proofreading record of the catalogue: for each pamphlet in <c>sources/</c> with its raw
/// text in <c>raw/</c>, <c>Record/&lt;slug&gt;/imported.md</c> (and <c>imported-chronology.yaml</c>)
/// hold what <c>publish import</c> makes of the raw text today, beside the proofread source. The
/// test checks the record is current and prints how many lines the proofreader changed, which
/// should shrink as the importer improves. After an importer change, rewrite the record on
/// purpose with <c>PUBLISH_UPDATE_RECORD=1 dotnet test --filter ProofreadingRecord</c> and review
/// the diff.
/// </summary>
public sealed class ProofreadingRecordTests(ITestOutputHelper output)
{
    private static string Root => ImportTestSupport.RepoRoot();
    private static string Folder => Path.Combine(Root, "tests", "Publish.Tests", "Import", "Record");

    public static TheoryData<string> Slugs() => new(
        Directory.GetFiles(Path.Combine(Root, "raw"), "*.txt")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(s => File.Exists(Path.Combine(Root, "sources", s, "pamphlet.md")))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Record_holds_the_current_import_beside_the_proofread_source(string slug)
    {
        var imported = ImportNow(slug);
        var update = Environment.GetEnvironmentVariable("PUBLISH_UPDATE_RECORD") == "1";
        var recordDir = Path.Combine(Folder, slug);
        var total = (Removed: 0, Added: 0, Lines: 0);
        foreach (var (recordName, sourceName) in new[] { ("imported.md", "pamphlet.md"), ("imported-chronology.yaml", "chronology.yaml") })
        {
            var recordPath = Path.Combine(recordDir, recordName);
            var sourcePath = Path.Combine(Root, "sources", slug, sourceName);
            if (!imported.TryGetValue(sourceName, out var now))
            {
                Assert.False(File.Exists(recordPath) && !update, $"{recordPath} is stale: the importer no longer writes {sourceName}");
                if (update && File.Exists(recordPath)) File.Delete(recordPath);
                continue;
            }
            if (update)
            {
                Directory.CreateDirectory(recordDir);
                File.WriteAllText(recordPath, now);
            }
            Assert.True(File.Exists(recordPath), $"no record {recordPath}; run with PUBLISH_UPDATE_RECORD=1");
            Assert.True(File.ReadAllText(recordPath) == now,
                $"{recordPath} is not what the importer makes today; review and rewrite it with PUBLISH_UPDATE_RECORD=1");
            var proofread = File.Exists(sourcePath) ? File.ReadAllText(sourcePath) : "";
            var (removed, added) = LineDiff.Count(now, proofread);
            var lines = proofread.Split('\n').Length;
            output.WriteLine($"{slug}/{sourceName}: the proofreader removed {removed} and added {added} lines of the import ({lines} lines proofread)");
            total = (total.Removed + removed, total.Added + added, total.Lines + lines);
        }
        output.WriteLine($"{slug}: {total.Removed} lines removed, {total.Added} added by proofreading, {total.Lines} lines in the source");
    }

    private static Dictionary<string, string> ImportNow(string slug)
    {
        var sources = ImportTestSupport.TempSources();
        try
        {
            var result = Importer.Import(Path.Combine(Root, "raw", slug + ".txt"), slug, ImportKind.Auto, sources, force: false);
            Assert.False(result.Failed, string.Join("\n", result.Report));
            return new[] { "pamphlet.md", "chronology.yaml" }
                .Where(n => File.Exists(Path.Combine(result.OutputDir, n)))
                .ToDictionary(n => n, n => File.ReadAllText(Path.Combine(result.OutputDir, n)));
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }
}
