using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>
/// Random paragraphs (seeded, so failures reproduce): whenever every word fits the measure, no
/// line of either breaker is wider than its measure, and every item is set exactly once.
/// </summary>
public class LineBreakPropertyTests
{
    private const int Cases = 200;
    private const double Tolerance = 1e-6;

    public static TheoryData<string> Breakers => new() { "knuth-plass", "first-fit", "knuth-plass-ragged", "first-fit-ragged" };

    [Theory]
    [MemberData(nameof(Breakers))]
    public void No_line_is_wider_than_the_measure_when_all_words_fit(string name)
    {
        var ragged = LineBreakSettings.Default with { Justify = false };
        ILineBreaker breaker = name switch
        {
            "knuth-plass" => new KnuthPlassLineBreaker(),
            "first-fit" => new FirstFitLineBreaker(),
            "knuth-plass-ragged" => new KnuthPlassLineBreaker(ragged),
            _ => new FirstFitLineBreaker(ragged),
        };
        for (var seed = 0; seed < Cases; seed++)
        {
            var rng = new Random(seed);
            var words = SyntheticParagraph.Words(rng, rng.Next(1, 160), hyphenChance: rng.NextDouble() * 0.6);
            var widest = SyntheticParagraph.WidestWord(words);
            var measure = widest + rng.NextDouble() * 300;
            var first = rng.Next(3) == 0 ? Math.Max(widest, measure - 20 - rng.NextDouble() * 40) : measure;
            var widths = LineWidths.Hanging(rng.Next(0, 3), first, measure);
            var indent = rng.Next(2) == 0 ? 0 : Math.Min(15, first - widest);
            var items = SyntheticParagraph.Items(words, indent);

            var result = breaker.Break(items, widths);

            Assert.True(result.Overfull.Count == 0, $"seed {seed}: overfull lines {string.Join(",", result.Overfull)}");
            var next = 0;
            for (var i = 0; i < result.Lines.Count; i++)
            {
                var line = result.Lines[i];
                Assert.Equal(widths[i], line.Measure);
                var set = SyntheticParagraph.SetWidth(items, line);
                Assert.True(set <= line.Measure + Tolerance, $"seed {seed}, line {i}: {set} > {line.Measure}");
                for (var k = next; k < line.Start; k++) Assert.False(items[k].IsBox, $"seed {seed}: box {k} dropped");
                Assert.True(line.Start <= line.End);
                next = line.End;
            }
            Assert.Equal(items.Count - 1, result.Lines[^1].End);
        }
    }
}
