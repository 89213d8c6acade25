using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>The smaller shared passes, each on a made-up input.</summary>
public class SmallPassTests
{
    [Fact]
    public void AsteriskNoteExtractor_moves_a_starred_note_to_its_mark()
    {
        var blocks = new List<OcrBlock>
        {
            new(OcrBlockKind.Paragraph, "We must not close our eyes to the mistakes.*", 1),
            new(OcrBlockKind.Paragraph, "* This formulation shows it clearly.", 2),
            new(OcrBlockKind.Paragraph, "The text goes on.", 3) { StartsAfterBreak = true },
        };
        var notes = AsteriskNoteExtractor.Extract(blocks, "a", pageStartsMarked: true, ImportTestSupport.Context());
        Assert.Equal(new ImportedNote("a1", "This formulation shows it clearly."), Assert.Single(notes));
        Assert.Equal(["We must not close our eyes to the mistakes.[^a1]", "The text goes on."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void OcrPunctuationFixer_repairs_brackets_spacing_and_numbers()
    {
        var fixedText = OcrPunctuationFixer.Repair("the workers {for instance) could not be,in 19i8 the party .And so", ImportTestSupport.Context());
        Assert.Equal("the workers (for instance) could not be, in 1918 the party. And so", fixedText);
    }

    [Fact]
    public void MarkdownEscaper_keeps_plain_text_plain()
    {
        Assert.Equal("1\\. Deutscher, \\*the\\* \\<b> \\[x\\] note[^1]", MarkdownEscaper.Escape("1. Deutscher, *the* <b> [x] note[^1]"));
        Assert.Equal("\\# not a heading", MarkdownEscaper.EscapeLight("# not a heading"));
        Assert.Equal("*emphasis* stays, \\<tags> do not", MarkdownEscaper.EscapeLight("*emphasis* stays, <tags> do not"));
    }

    [Fact]
    public void MarkdownBlocks_unwraps_paragraphs_and_list_items()
    {
        var blocks = MarkdownBlocks.Split("## A heading\nA paragraph\nwrapped here.\n\n- an item\n  going on\n- another\n");
        Assert.Equal(["## A heading", "A paragraph wrapped here.", "- an item going on\n- another"], blocks);
    }

    [Fact]
    public void HtmlInlineConverter_turns_tags_into_markdown()
    {
        Assert.Equal("an *emphasised* and **strong** word\\\nand [a link](https://example.org) & more",
            HtmlInlineConverter.Convert("an <em>emphasised</em> and <b>strong</b> word<br/>and <a href=\"https://example.org\">a link</a> &amp; more"));
    }

    [Fact]
    public void HeadingLevels_start_at_one_without_jumps()
    {
        Assert.Equal(["# A", "para", "## B", "## C"], HeadingLevels.Normalise(["## A", "para", "#### B", "### C"]));
    }

    [Fact]
    public void DateText_reads_the_usual_forms()
    {
        Assert.Equal("2021-07-30", DateText.Normalise("30 July 2021"));
        Assert.Equal("2021-07-30", DateText.Normalise("July 30, 2021"));
        Assert.Equal("1996-06-03", DateText.Normalise("Mon, 3 Jun 1996 10:00:00 +0100"));
        Assert.Equal("1921", DateText.Normalise("1921"));
        Assert.False(DateText.IsDate("Tom Wetzel"));
    }

    [Fact]
    public void YamlText_quotes_only_what_needs_it()
    {
        Assert.Equal("The Workers' Opposition", YamlText.Scalar("The Workers' Opposition"));
        Assert.Equal("\"Notes: a study\"", YamlText.Scalar("Notes: a study"));
        Assert.Equal("\"yes\"", YamlText.Scalar("yes"));
        Assert.Equal("\"May 24, 1918\"", YamlText.Scalar("May 24, 1918", flow: true));
        Assert.Equal("[a, \"b, c\"]", YamlText.FlowList(["a", "b, c"]));
    }

    [Fact]
    public void FrontMatterWriter_writes_fields_in_order()
    {
        var meta = new FrontMatter { Title = "T", Date = "1921", SourceTitle = "S", SourceUrl = "http://x" };
        meta.Authors.AddRange(["A", "B"]);
        Assert.Equal("---\ntitle: T\nauthors: [A, B]\ndate: 1921\nlang: en-GB\nsource:\n  title: S\n  url: http://x\n---\n", FrontMatterWriter.Write(meta));
    }

    [Fact]
    public void WordList_ignores_case_and_possessives_and_knows_derived_forms()
    {
        var words = new WordList(["Lenin", "organise", "party"], ["rare"]);
        Assert.True(words.IsWord("lenin's"));
        Assert.True(words.IsWord("organisation"));
        Assert.True(words.IsWord("parties") || words.IsWord("party"));
        Assert.False(words.IsWord("rare"));
        Assert.True(words.IsKnown("rare"));
        Assert.True(words.IsProperOnly("lenin"));
        Assert.False(words.IsWord("th"));
    }

    [Fact]
    public void DocumentVocabulary_counts_words_pairs_and_contexts()
    {
        var vocab = new DocumentVocabulary("the self-activity of all the workers\nand all the rest");
        Assert.Equal(1, vocab.Count("self-activity"));
        Assert.Equal(2, vocab.PairCount("all", "the"));
        Assert.Contains(("and", "the"), vocab.Contexts("all"));
    }

    [Fact]
    public void CreditLineReader_reads_credits_printed_on_their_own_line()
    {
        var meta = new FrontMatter();
        CreditLineReader.Read("A TITLE\nTranslated from the Russian by A. Smith\nPublished by Solidarity, 1979\nIt was translated by many people over the years, we think.", meta, new ImportReport());
        Assert.Equal("A. Smith", meta.Translator);
        Assert.Equal("Solidarity", meta.Publisher);
        Assert.Equal("1979", meta.Date);
    }
}
