using Publish.Diagnostics;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class ImporterTests
{
    private static string Raw(string folder, string text)
    {
        var path = Path.Combine(folder, "raw.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Writes_the_pamphlet_and_the_report()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Raw(sources, "By Ann Smith\nA paragraph of the article with a note of its own.\n");
        var result = Importer.Import(raw, "on-strikes", ImportKind.Auto, sources, force: false);
        Assert.False(result.Failed);
        Assert.Equal(ImportKind.Article, result.DetectedKind);
        var md = File.ReadAllText(Path.Combine(result.OutputDir, "pamphlet.md"));
        Assert.StartsWith("---\ntitle: On Strikes\nauthor: Ann Smith\n", md);
        var report = File.ReadAllText(Path.Combine(result.OutputDir, Importer.ReportFile));
        Assert.Contains("note PUB5003: detected kind 'article'", report);
        Assert.All(result.Report, d => Assert.Equal(Severity.Note, d.Severity));
    }

    [Fact]
    public void Refuses_to_overwrite_without_force()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Raw(sources, "By Ann Smith\nText.\n");
        Directory.CreateDirectory(Path.Combine(sources, "taken"));
        var result = Importer.Import(raw, "taken", ImportKind.Article, sources, force: false);
        Assert.Equal(Codes.ImportTargetExists, Assert.Single(result.Report).Code);
        Assert.True(Importer.Import(raw, "taken", ImportKind.Article, sources, force: true).Report.All(d => d.Severity == Severity.Note));
    }

    [Fact]
    public void Reports_an_unreadable_raw_file()
    {
        var sources = ImportTestSupport.TempSources();
        var result = Importer.Import(Path.Combine(sources, "missing.txt"), "x", ImportKind.Auto, sources, force: false);
        var d = Assert.Single(result.Report);
        Assert.Equal(Codes.ImportUnreadable, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.False(Directory.Exists(Path.Combine(sources, "x")));
    }

    [Fact]
    public void Writes_notes_renumbered_and_matched()
    {
        var pamphlet = new ImportedPamphlet();
        pamphlet.Meta.Title = "T";
        pamphlet.Blocks.Add("Text[^b] and[^a] and[^missing].");
        pamphlet.Blocks.Add("Side by side[^a][^b].");
        pamphlet.Notes.Add(new ImportedNote("a", "Note A."));
        pamphlet.Notes.Add(new ImportedNote("b", "Note B.\n\nSecond paragraph."));
        pamphlet.Notes.Add(new ImportedNote("c", "Orphan."));
        var report = new ImportReport();
        var md = PamphletWriter.Write(pamphlet, report);
        Assert.Contains("Text[^1] and[^2] and.", md);
        Assert.Contains("Side by side[^2] [^1].[^3]", md);
        Assert.Contains("[^1]: Note B.\n\n    Second paragraph.\n[^2]: Note A.\n[^3]: Orphan.\n", md);
        Assert.Equal(2, report.Items.Count(i => i.Code == Codes.ImportNoteUnmatched));
    }

    [Theory]
    [InlineData("We organize the labor of the neighbors and the center.", "en-US")]
    [InlineData("We organise the labour of the neighbours and the centre.", "en-GB")]
    [InlineData("Nothing to go on.", "en-GB")]
    public void Chooses_the_spelling_variant(string text, string lang) =>
        Assert.Equal(lang, SpellingVariantDetector.Detect(text));
}
