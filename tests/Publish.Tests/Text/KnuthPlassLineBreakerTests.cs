using Publish.Typesetting.Text;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.TextLayout;

/// <summary>Total-fit breaking on synthetic paragraphs: fit, quality against first-fit, demerits, passes.</summary>
public class KnuthPlassLineBreakerTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;
    private static readonly ILineBreaker Optimal = new KnuthPlassLineBreaker();
    private static readonly ILineBreaker Greedy = new FirstFitLineBreaker();

    [Fact]
    public void No_line_is_wider_than_the_measure_with_either_breaker()
    {
        var items = SyntheticParagraph.Items(new Random(1), 400);
        foreach (var breaker in new[] { Optimal, Greedy })
        {
            var result = breaker.Break(items, LineWidths.Uniform(300));
            Assert.Empty(result.Overfull);
            foreach (var line in result.Lines)
                Assert.True(SyntheticParagraph.SetWidth(items, line) <= line.Measure + Tolerance, $"{breaker.GetType().Name}: {line}");
        }
    }

    [Fact]
    public void Justified_lines_fill_the_measure_exactly_and_the_last_line_sets_with_fil()
    {
        var items = SyntheticParagraph.Items(new Random(2), 200);
        var result = Optimal.Break(items, LineWidths.Uniform(300));
        foreach (var line in result.Lines.Take(result.Lines.Count - 1))
            Assert.Equal(line.Measure, SyntheticParagraph.SetWidth(items, line), 6);
        var last = result.Lines[^1];
        Assert.Equal(0, last.Ratio);
        Assert.Equal(0, last.Badness);
        Assert.True(last.NaturalWidth < last.Measure);
        Assert.Equal(items.Count - 1, last.End);
    }

    [Fact]
    public void Total_fit_sets_more_evenly_than_first_fit()
    {
        var rng = new Random(3);
        double optimal = 0, greedy = 0, optimalDemerits = 0, greedyDemerits = 0;
        for (var n = 0; n < 20; n++)
        {
            var items = SyntheticParagraph.Items(rng, 300);
            var widths = LineWidths.Uniform(250);
            var a = Optimal.Break(items, widths);
            var b = Greedy.Break(items, widths);
            optimal += SyntheticParagraph.SquaredRatios(a);
            greedy += SyntheticParagraph.SquaredRatios(b);
            optimalDemerits += a.TotalDemerits;
            greedyDemerits += b.TotalDemerits;
            Assert.True(a.TotalDemerits <= b.TotalDemerits + Tolerance, $"paragraph {n}: {a.TotalDemerits} > {b.TotalDemerits}");
        }
        output.WriteLine($"sum of squared ratios: Knuth–Plass {optimal:F2}, first-fit {greedy:F2}");
        output.WriteLine($"total demerits: Knuth–Plass {optimalDemerits:E3}, first-fit {greedyDemerits:E3}");
        Assert.True(optimal < greedy);
    }

    [Fact]
    public void A_word_wider_than_the_measure_is_reported_overfull_and_nothing_else()
    {
        var words = SyntheticParagraph.Words(new Random(4), 30, hyphenChance: 0);
        words.Insert(10, new ParagraphWord([new WordFragment(500, 99)], SyntheticParagraph.HyphenWidth));
        var items = SyntheticParagraph.Items(words);
        foreach (var breaker in new[] { Optimal, Greedy })
        {
            var result = breaker.Break(items, LineWidths.Uniform(200));
            var overfull = Assert.Single(result.Overfull);
            var line = result.Lines[overfull];
            Assert.True(line.IsOverfull);
            Assert.Equal(99, items[line.Start].Payload); // the long word sits alone on its line
            Assert.Equal(300, line.Overflow, 6);
            foreach (var other in result.Lines.Where((_, i) => i != overfull))
                Assert.True(SyntheticParagraph.SetWidth(items, other) <= other.Measure + Tolerance);
        }
    }

    [Fact]
    public void A_paragraph_of_one_long_word_is_one_overfull_line()
    {
        var items = SyntheticParagraph.Items([new ParagraphWord([new WordFragment(400, 0)], 3)]);
        var result = Optimal.Break(items, LineWidths.Uniform(300));
        Assert.Single(result.Lines);
        Assert.Equal([0], result.Overfull);
        Assert.Equal(4, result.Pass);
        Assert.True(result.EmergencyUsed);
    }

    [Fact]
    public void Consecutive_hyphens_are_avoided_when_an_alternative_exists()
    {
        int pairsDefault = 0, pairsFree = 0, avoided = 0;
        var free = new KnuthPlassLineBreaker(LineBreakSettings.Default with { DoubleHyphenDemerits = 0, FinalHyphenDemerits = 0 });
        var rng = new Random(5);
        for (var n = 0; n < 60; n++)
        {
            var items = SyntheticParagraph.Items(rng, 150, hyphenChance: 0.6);
            var widths = LineWidths.Uniform(220);
            var chosen = Optimal.Break(items, widths);
            var alternative = free.Break(items, widths);
            pairsDefault += HyphenPairs(chosen);
            pairsFree += HyphenPairs(alternative);
            if (HyphenPairs(chosen) == 0 && HyphenPairs(alternative) > 0) avoided++;
            // Optimality: the breaks chosen without the hyphen demerits, scored with them, never beat the choice.
            if (chosen.Pass <= 2 && alternative.Pass <= 2)
            {
                var rescored = LineAssembler.Assemble(new ItemSums(items), alternative.Lines.Select(l => l.End).ToList(),
                    widths, LineBreakSettings.Default, alternative.Pass);
                Assert.True(chosen.TotalDemerits <= rescored.TotalDemerits + Tolerance, $"paragraph {n}");
            }
        }
        output.WriteLine($"consecutive hyphenated lines: {pairsDefault} with \\doublehyphendemerits 10000, {pairsFree} with 0; " +
                         $"{avoided} paragraphs lose all their pairs");
        Assert.True(pairsDefault < pairsFree);
        Assert.True(avoided > 0);
    }

    [Fact]
    public void A_hyphen_on_the_second_to_last_line_costs_final_hyphen_demerits()
    {
        var settings = LineBreakSettings.Default with { FinalHyphenDemerits = 1e7 };
        var strict = new KnuthPlassLineBreaker(settings);
        var lax = new KnuthPlassLineBreaker(LineBreakSettings.Default with { FinalHyphenDemerits = 0, DoubleHyphenDemerits = 0 });
        int strictCount = 0, laxCount = 0;
        var builder = new ParagraphItemsBuilder(InterwordSpace.FromWidth(SyntheticParagraph.SpaceWidth)) { HyphenPenalty = 0 };
        var rng = new Random(6);
        for (var n = 0; n < 60; n++)
        {
            var items = builder.Build(SyntheticParagraph.Words(rng, 40, hyphenChance: 0.9));
            strictCount += PenultimateHyphen(strict.Break(items, LineWidths.Uniform(220)));
            laxCount += PenultimateHyphen(lax.Break(items, LineWidths.Uniform(220)));
        }
        output.WriteLine($"hyphenated second-to-last lines: {strictCount} strict, {laxCount} lax");
        Assert.True(strictCount < laxCount);
    }

    [Fact]
    public void Line_widths_per_line_are_honoured()
    {
        var items = SyntheticParagraph.Items(new Random(7), 200);
        var widths = LineWidths.Hanging(3, 180, 300);
        var result = Optimal.Break(items, widths);
        for (var i = 0; i < result.Lines.Count; i++)
        {
            Assert.Equal(i < 3 ? 180 : 300, result.Lines[i].Measure);
            Assert.True(SyntheticParagraph.SetWidth(items, result.Lines[i]) <= widths[i] + Tolerance);
        }
    }

    [Fact]
    public void Ragged_right_keeps_spaces_natural_and_lines_within_the_measure()
    {
        var ragged = new KnuthPlassLineBreaker(LineBreakSettings.Default with { Justify = false });
        var items = SyntheticParagraph.Items(new Random(8), 300);
        var result = ragged.Break(items, LineWidths.Uniform(250));
        Assert.Empty(result.Overfull);
        Assert.All(result.Lines, line => Assert.Equal(0, line.Ratio));
        Assert.All(result.Lines, line => Assert.True(line.NaturalWidth <= line.Measure + Tolerance));
        var rag = result.Lines.Take(result.Lines.Count - 1).Select(l => l.Measure - l.NaturalWidth).ToList();
        output.WriteLine($"ragged: {result.Lines.Count} lines, mean rag {rag.Average():F2}pt, max {rag.Max():F2}pt");
        Assert.True(rag.Max() < 2.5 * LineBreakSettings.DefaultRaggedStretch);
    }

    [Fact]
    public void The_first_pass_does_without_hyphens_when_it_can()
    {
        var items = SyntheticParagraph.Items(new Random(9), 300);
        var result = Optimal.Break(items, LineWidths.Uniform(400));
        output.WriteLine($"pass {result.Pass}, {result.Lines.Count(l => l.EndsWithHyphen)} hyphens");
        if (result.Pass == 1) Assert.DoesNotContain(result.Lines, l => l.EndsWithHyphen);
        Assert.False(result.EmergencyUsed);
    }

    [Fact]
    public void An_empty_paragraph_has_no_lines()
    {
        Assert.Empty(Optimal.Break([], LineWidths.Uniform(100)).Lines);
        Assert.Empty(Greedy.Break(SyntheticParagraph.Items([]), LineWidths.Uniform(100)).Lines);
    }

    private static int HyphenPairs(BreakResult r) =>
        r.Lines.Zip(r.Lines.Skip(1)).Count(p => p.First.EndsWithHyphen && p.Second.EndsWithHyphen);

    private static int PenultimateHyphen(BreakResult r) =>
        r.Lines.Count >= 2 && r.Lines[^2].EndsWithHyphen ? 1 : 0;
}
