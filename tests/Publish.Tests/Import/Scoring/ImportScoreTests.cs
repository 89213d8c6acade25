using Publish.Import;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Import.Scoring;

/// <summary>
/// Measures the importer against the hand-corrected excerpts in <c>Excerpts/</c> (see the README
/// there): each seed in <c>raw/</c> is imported whole and every excerpt of it is scored against
/// the output. Prints the figures, with the two baselines of issue 4 beside them, and asserts the
/// bars: on the OCR scan those of the issue, on the digital exports stricter ones, since they have
/// no OCR errors to leave.
/// </summary>
public sealed class ImportScoreTests(ITestOutputHelper output)
{
    /// <summary>Bars of issue 4 for the 1979 OCR scan.</summary>
    private static readonly Bars Scan = new(MaxWordErrorRate: 0.01, MinParagraphF1: 0.97, MinNoteRecall: 0.95, MinChronologyF1: 0.95);

    /// <summary>Bars for texts that were digital from the start: nearly every word and break must survive.</summary>
    private static readonly Bars Digital = new(MaxWordErrorRate: 0.005, MinParagraphF1: 0.97, MinNoteRecall: 1.0, MinChronologyF1: 1.0);

    private sealed record Bars(double MaxWordErrorRate, double MinParagraphF1, double MinNoteRecall, double MinChronologyF1);

    public static TheoryData<string> Slugs() => new(Excerpts.All().Select(e => e.Slug).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Importer_meets_the_bars_on_the_hand_corrected_excerpts(string slug)
    {
        var (markdown, chronology) = ImportSeed(slug);
        var hypothesis = ScoredText.Parse(markdown);
        var hypothesisEntries = chronology is null ? [] : ChronologyScorer.Load(chronology);

        var errors = new List<string>();
        var total = ExcerptScore.Zero;
        var baseline = ExcerptScore.Zero;
        foreach (var excerpt in Excerpts.All().Where(e => e.Slug == slug))
        {
            var (score, naive) = excerpt.IsChronology
                ? (ChronologyScorer.Score(excerpt.Entries(), hypothesisEntries, errors),
                   ChronologyScorer.Score(excerpt.Entries(), Baselines.NaiveChronology(excerpt.Raw)))
                : (ExcerptScorer.Score(excerpt.Truth(), hypothesis, errors),
                   ExcerptScorer.Score(excerpt.Truth(), ScoredText.Parse(Baselines.JoinedParagraphs(excerpt.Raw))));
            output.WriteLine($"{excerpt.Name}: {score}");
            output.WriteLine($"{excerpt.Name} baseline: {naive}");
            total += score;
            baseline += naive;
        }
        output.WriteLine($"{slug} importer: {total}");
        foreach (var error in errors) output.WriteLine("  " + error);
        output.WriteLine($"{slug} baseline (raw joined into paragraphs; naive date: event reader): {baseline}");

        var bars = slug == "workers-opposition" ? Scan : Digital;
        Assert.True(total.WordErrorRate <= bars.MaxWordErrorRate, $"word error rate {total.WordErrorRate:P2} above {bars.MaxWordErrorRate:P2}");
        Assert.True(total.ParagraphF1 >= bars.MinParagraphF1, $"paragraph F1 {total.ParagraphF1:0.000} below {bars.MinParagraphF1}");
        Assert.True(total.NoteRecall >= bars.MinNoteRecall, $"note recall {total.NoteRecall:0.000} below {bars.MinNoteRecall}");
        Assert.True(total.ChronologyF1 >= bars.MinChronologyF1, $"chronology F1 {total.ChronologyF1:0.000} below {bars.MinChronologyF1}");
    }

    private static (string Markdown, string? Chronology) ImportSeed(string slug)
    {
        var raw = Path.Combine(ImportTestSupport.RepoRoot(), "raw", slug + ".txt");
        var sources = ImportTestSupport.TempSources();
        try
        {
            var result = Importer.Import(raw, slug, ImportKind.Auto, sources, force: false);
            Assert.False(result.Failed, string.Join("\n", result.Report));
            var chronology = Path.Combine(result.OutputDir, "chronology.yaml");
            return (File.ReadAllText(Path.Combine(result.OutputDir, "pamphlet.md")),
                File.Exists(chronology) ? File.ReadAllText(chronology) : null);
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }
}
