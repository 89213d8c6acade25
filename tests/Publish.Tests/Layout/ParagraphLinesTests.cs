using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Layout;

/// <summary>The frame-based paragraph detector itself, on hand-made pages with known faults.</summary>
public sealed class ParagraphLinesTests
{
    private const double Left = 50, Top = 50, Measure = 300, Leading = 14, Size = 10.5, Indent = 12.6;
    private static readonly Rect Area = new(Left, Top, Measure, 476);

    /// <summary>A line of the given kind: indented first line, full justified line, or short last line.</summary>
    private static GlyphRun Line(string text, int row, bool indented = false, bool full = true, bool heading = false)
    {
        double x = Left + (indented ? Indent : 0);
        double width = full ? Left + Measure - x : 120;
        var glyphs = new[] { new PositionedGlyph(1, width, text) };
        return new GlyphRun(heading ? "Body-Bold" : "Body-Regular", heading ? 12.5 : Size, x, Top + Leading * (row + 1), glyphs, text, Colour.Black);
    }

    private static Page Page(int index, params GlyphRun[] runs) => new(419, 595, runs) { Index = index, TypeArea = Area, Folio = index.ToString() };

    [Fact]
    public void Finds_a_widow_a_last_line_alone_at_the_head_of_a_page()
    {
        var pages = new[]
        {
            Page(1, Line("first of a", 0, indented: true), Line("middle", 1), Line("middle", 2)),
            Page(2, Line("last line alone", 0, full: false), Line("next paragraph", 1, indented: true), Line("ends", 2, full: false)),
        };
        var problems = ParagraphLines.WidowsAndOrphans(ParagraphLines.Paragraphs(pages));
        Assert.Equal("widow", Assert.Single(problems).Split(':')[0]);
    }

    [Fact]
    public void Finds_an_orphan_a_first_line_alone_at_the_foot_of_a_page()
    {
        var pages = new[]
        {
            Page(1, Line("a paragraph", 0, indented: true), Line("ends here", 1, full: false), Line("first line alone", 2, indented: true)),
            Page(2, Line("continues", 0), Line("and ends", 1, full: false)),
        };
        var problems = ParagraphLines.WidowsAndOrphans(ParagraphLines.Paragraphs(pages));
        Assert.Equal("orphan", Assert.Single(problems).Split(':')[0]);
    }

    [Fact]
    public void Two_lines_on_each_side_of_the_break_are_fine()
    {
        var pages = new[]
        {
            Page(1, Line("start", 0, indented: true), Line("more", 1)),
            Page(2, Line("more", 0), Line("end", 1, full: false)),
        };
        Assert.Empty(ParagraphLines.WidowsAndOrphans(ParagraphLines.Paragraphs(pages)));
    }

    [Fact]
    public void A_paragraph_after_a_heading_starts_without_an_indent()
    {
        var pages = new[] { Page(1, Line("Heading", 0, full: false, heading: true), Line("text", 2), Line("text", 3, full: false)) };
        var paragraphs = ParagraphLines.Paragraphs(pages);
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(2, paragraphs[1].Count);
    }

    [Fact]
    public void A_source_compound_broken_at_its_hyphen_is_not_an_added_hyphen()
    {
        var compounds = ParagraphLines.SourceCompounds("the petty-bourgeois elements");
        Assert.False(ParagraphLines.EndsWithAddedHyphen("that the petty-", "bourgeois and", compounds));
        Assert.True(ParagraphLines.EndsWithAddedHyphen("an atmo-", "sphere", compounds));
    }

    [Fact]
    public void Source_words_survive_line_end_hyphenation_and_compounds()
    {
        var source = SourceWords.FromMarkdown("---\ntitle: T\n---\n\n# Head {#h}\n\nThe *self-activity* of [workers](https://x.org)[^1].\n\n[^1]: A note.\n");
        var pdf = SourceWords.FromPdfText("Head\nThe self-\nactivity of work-\ners.\n3\nA note.\n");
        Assert.Equal(source.Count, SourceWords.CommonSubsequence(source, pdf));
    }
}
