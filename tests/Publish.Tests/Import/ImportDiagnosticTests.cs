using Publish.Diagnostics;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>One test per import diagnostic code not already triggered by the pass tests.</summary>
public class ImportDiagnosticTests
{
    private static bool Reported(ImportContext context, DiagnosticCode code) => context.Report.Items.Any(i => i.Code == code);

    [Fact]
    public void PUB5004_and_PUB5003_every_import_reports_its_summary_and_kind()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Path.Combine(sources, "raw.txt");
        File.WriteAllText(raw, "By Ann Smith\nA paragraph.\n");
        var report = Importer.Import(raw, "s", ImportKind.Auto, sources, force: false).Report;
        Assert.Equal(Codes.ImportSummary, report[0].Code);
        Assert.Contains(report, d => d.Code == Codes.ImportKindDetected);
    }

    [Fact]
    public void PUB5005_an_uncertain_rejoin_is_reported()
    {
        var context = ImportTestSupport.Context("", "any", "one", "anyone");
        LineUnwrapper.JoinLines("for any-", "one of them", context);
        Assert.True(Reported(context, Codes.HyphenationUncertain));
    }

    [Fact]
    public void PUB5006_a_join_of_split_words_is_reported()
    {
        var context = ImportTestSupport.Context();
        GluedWordSplitter.Repair("th ose", context);
        Assert.True(Reported(context, Codes.GluedWordSplit));
    }

    [Fact]
    public void PUB5011_a_note_number_read_from_a_year_is_reported()
    {
        var holder = new OcrBlock(OcrBlockKind.Paragraph, "in September, 19201 it met", 1);
        var context = ImportTestSupport.Context();
        NoteLinker.Link([holder], [new OcrNote(1, 0) { Label = "n1" }], context);
        Assert.True(Reported(context, Codes.ImportNoteGuessed));
    }

    [Fact]
    public void PUB5012_dates_paired_with_events_by_position_are_reported()
    {
        var context = ImportTestSupport.Context();
        ChronologyPairer.Pair(1, ["An event that goes on", "to a second line."], 1918, context);
        Assert.True(Reported(context, Codes.ChronologyPairing));
    }

    [Fact]
    public void PUB5013_a_removed_advert_is_reported()
    {
        var context = ImportTestSupport.Context();
        AdvertRemover.Remove([new OcrBlock(OcrBlockKind.Paragraph, "KRONSTADT 1921 by Victor Serge. A re-examination. 40p.", 1)], context);
        Assert.True(Reported(context, Codes.NoiseRemoved));
    }

    [Fact]
    public void PUB5014_merged_heading_lines_are_reported()
    {
        var context = ImportTestSupport.Context();
        LineUnwrapper.Unwrap(OcrLine.Split("THE TRADE UNIONS\nAND THEIR ROLE\n\nText."), context);
        Assert.True(Reported(context, Codes.HeadingUncertain));
    }

    [Fact]
    public void PUB5015_a_title_made_from_the_slug_is_reported()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Path.Combine(sources, "raw.txt");
        File.WriteAllText(raw, "Just one paragraph of text, nothing else.\n");
        var report = Importer.Import(raw, "a-slug", ImportKind.Article, sources, force: false).Report;
        Assert.Contains(report, d => d.Code == Codes.MetadataGuessed && d.Message.Contains("A Slug"));
    }

    [Fact]
    public void PUB5016_an_unwritable_target_is_reported()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Path.Combine(sources, "raw.txt");
        File.WriteAllText(raw, "By Ann Smith\nText.\n");
        var blocked = Path.Combine(sources, "file-not-folder");
        File.WriteAllText(blocked, "");
        var result = Importer.Import(raw, "x", ImportKind.Article, Path.Combine(blocked, "sources"), force: true);
        Assert.Equal(Codes.ImportWriteFailed, Assert.Single(result.Report).Code);
    }

    [Fact]
    public void PUB5017_a_paragraph_cut_mid_sentence_is_reported()
    {
        var context = ImportTestSupport.Context();
        PageBreakJoiner.Join(["The text stops in the middle", "Another page entirely."], context);
        Assert.True(Reported(context, Codes.PageOrderSuspect));
    }
}
