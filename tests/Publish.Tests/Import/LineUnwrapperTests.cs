using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class LineUnwrapperTests
{
    private static List<OcrBlock> Unwrap(string text) =>
        LineUnwrapper.Unwrap(OcrLine.Split(text), ImportTestSupport.Context());

    [Fact]
    public void Joins_hard_wrapped_lines_and_rejoins_hyphenated_words()
    {
        var blocks = Unwrap("The revolu-\ntionary workers of the\nparty.\n\nA second one.");
        Assert.Equal(2, blocks.Count);
        Assert.Equal("The revolutionary workers of the party.", blocks[0].Text);
    }

    [Fact]
    public void Continues_a_paragraph_cut_by_a_blank_line_mid_sentence()
    {
        var blocks = Unwrap("The workers of the\n\nparty came.");
        Assert.Single(blocks);
        Assert.Equal("The workers of the party came.", blocks[0].Text);
    }

    [Fact]
    public void Merges_a_title_broken_over_two_lines_into_one_heading()
    {
        var blocks = Unwrap("2. CAUSES OF\nTHE CRISIS\n\nText follows here.");
        Assert.Equal(OcrBlockKind.Heading, blocks[0].Kind);
        Assert.Equal("2. CAUSES OF THE CRISIS", blocks[0].Text);
        Assert.Equal(2, blocks[0].Level);
    }

    [Fact]
    public void Starts_a_new_paragraph_at_a_numbered_point()
    {
        var blocks = Unwrap("It follows that:\n(1) the first point;\n(2) the second point.");
        Assert.Equal(3, blocks.Count);
    }
}
