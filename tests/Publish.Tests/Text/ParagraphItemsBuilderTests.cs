using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>Words → boxes, glue and penalties, ending as TeX ends a paragraph.</summary>
public class ParagraphItemsBuilderTests
{
    [Fact]
    public void Builds_boxes_hyphen_penalties_glue_and_the_paragraph_end()
    {
        var space = InterwordSpace.FromWidth(3.6);
        var words = new[]
        {
            new ParagraphWord([new WordFragment(10, 0, FragmentBreak.Hyphen), new WordFragment(20, 1)], 2.5),
            new ParagraphWord([new WordFragment(15, 2, FragmentBreak.Explicit), new WordFragment(5, 3)], 2.5),
        };
        var items = new ParagraphItemsBuilder(space).Build(words, indent: 12);

        Assert.Equal(
            [LineItemKind.Box, LineItemKind.Box, LineItemKind.Penalty, LineItemKind.Box, LineItemKind.Glue,
             LineItemKind.Box, LineItemKind.Penalty, LineItemKind.Box,
             LineItemKind.Penalty, LineItemKind.Glue, LineItemKind.Penalty],
            items.Select(i => i.Kind));
        Assert.Equal(12, items[0].Width);
        Assert.Equal(LineItem.Hyphen(2.5, ParagraphItemsBuilder.PlainTeXHyphenPenalty), items[2]);
        Assert.True(items[6].Flagged && !items[6].Hyphenation && items[6].Width == 0);
        Assert.Equal(1.8, items[4].Stretch, 6);
        Assert.Equal(1.2, items[4].Shrink, 6);
        Assert.Equal(LineItem.Infinite, items[^3].Cost);
        Assert.Equal(1, items[^2].FilStretch);
        Assert.True(items[^1].IsForcedBreak);
        Assert.Equal([-1, 0, -1, 1, -1, 2, -1, 3], items.Take(8).Select(i => i.Payload));
    }

    [Fact]
    public void Line_widths_repeat_the_last_value()
    {
        var widths = LineWidths.Hanging(2, 100, 200);
        Assert.Equal([100, 100, 200, 200, 200], Enumerable.Range(0, 5).Select(i => widths[i]));
        Assert.Equal(2, widths.ConstantFrom);
        Assert.Equal(0, LineWidths.Uniform(50).ConstantFrom);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineWidths([100, 0]));
    }
}
