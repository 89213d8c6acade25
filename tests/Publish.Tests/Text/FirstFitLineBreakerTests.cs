using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>Greedy breaking: fills each line as far as shrink allows.</summary>
public class FirstFitLineBreakerTests
{
    private static List<LineItem> Words(params int[] letters) =>
        SyntheticParagraph.Items(letters.Select(n => new ParagraphWord(
            [new WordFragment(n * SyntheticParagraph.LetterWidth, n)], SyntheticParagraph.HyphenWidth)));

    [Fact]
    public void Takes_as_many_words_as_fit_with_shrunk_spaces()
    {
        // Four 4-letter words = 80pt + 3 spaces of 4pt (shrink 4/3 each): 92pt natural, 88pt at full shrink.
        var items = Words(4, 4, 4, 4, 4, 4, 4, 4);
        var result = new FirstFitLineBreaker().Break(items, LineWidths.Uniform(89));
        Assert.Equal(2, result.Lines.Count);
        Assert.True(result.Lines[0].Ratio < 0);
        Assert.Equal(89, SyntheticParagraph.SetWidth(items, result.Lines[0]), 6);
    }

    [Fact]
    public void A_word_wider_than_the_measure_gets_its_own_overfull_line()
    {
        var items = Words(3, 30, 3);
        var result = new FirstFitLineBreaker().Break(items, LineWidths.Uniform(100));
        Assert.Equal(3, result.Lines.Count);
        Assert.Equal([1], result.Overfull);
        Assert.Equal(50, result.Lines[1].Overflow, 6);
        Assert.Equal(0, result.Pass);
    }
}
