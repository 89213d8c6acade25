using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>The repair rules the scoring against hand-corrected excerpts called for, each on a made-up input.</summary>
public class RepairRuleTests
{
    private static string Punctuation(string text) => OcrPunctuationFixer.Repair(text, ImportTestSupport.Context());

    [Fact]
    public void Spaced_ellipses_and_lone_specks_are_tidied()
    {
        Assert.Equal("just like soldiers ...' and the rest", Punctuation("just like soldiers .. .' and the rest"));
        Assert.Equal("of administration ...' 'This can", Punctuation("of administration . . . ' 'This can"));
        Assert.Equal("he had expressed himself", Punctuation("he had . expressed himself"));
    }

    [Fact]
    public void Compounds_brackets_and_page_numbers_are_mended()
    {
        Assert.Equal("Signature of Brest-Litovsk Treaty.", Punctuation("Signature of Brest- Litovsk Treaty."));
        Assert.Equal("(On the Trade Unions and their Organisation), Resolutions", Punctuation("(On the Trade Unions and their Organisation J, Resolutions"));
        Assert.Equal("Ibid., p. 487.", Punctuation("Ibid.,p.487."));
        Assert.Equal("Pan-Russian Congress and the working class", ScanNoiseRemover.CleanInline("Pan•Russian Congress and the·working class"));
    }

    [Fact]
    public void A_text_that_reads_i_as_l_throughout_is_read_back()
    {
        var context = ImportTestSupport.Context("", "heroic", "period", "russian", "revolution", "resolution", "in");
        Assert.Equal("Kritz, L., The Heroic Period of the Russian Revolution, in Moscow",
            OcrConfusionFixer.Repair("Kritz, L., The Herolc Perlod of the Russlan Revolutlon, ln Moscow", context));
        Assert.Equal("The Herolc stays alone", OcrConfusionFixer.Repair("The Herolc stays alone", context));
    }

    [Fact]
    public void A_one_off_name_is_read_as_the_name_the_text_spells_elsewhere()
    {
        var context = ImportTestSupport.Context("Marcel Liebman wrote it.\nAs Liebman says, it is so.\n", "see", "recent");
        Assert.Equal("see Liebman's recent", OcrConfusionFixer.Repair("see Uebman's recent", context));
        var names = ImportTestSupport.Context("Shllapnlkov spoke.\nThen Shllapnlkov left.\n", "spoke");
        Assert.Equal("Shliapnikov spoke", OcrConfusionFixer.Repair("Shliapnikov spoke", names));
    }

    [Fact]
    public void Words_the_text_writes_joined_are_joined_and_short_ones_are_not()
    {
        var context = ImportTestSupport.Context(
            "the Politbureau met\nand the Politbureau sat\nas the Politbureau said\nand went along the way\nalong it went\nright along\n", "long", "along", "sent");
        Assert.Equal("the Politbureau and", GluedWordSplitter.Repair("the Polit bureau and", context));
        Assert.Equal("sent on a long term", GluedWordSplitter.Repair("sent on a long term", context));
    }

    [Fact]
    public void Foreign_phrases_and_names_are_not_anglicised()
    {
        var context = ImportTestSupport.Context("", "on", "one", "french", "in");
        Assert.Equal("a French one in Socialisme ou Barbarie", OcrConfusionFixer.Repair("a French one in Socialisme ou Barbarie", context));
        Assert.Null(GluedWordSplitter.Split("Forlag", ImportTestSupport.Context("", "for", "lag")));
        Assert.Null(GluedWordSplitter.Split("Wishart", ImportTestSupport.Context("", "wis", "hart")));
    }

    [Fact]
    public void Closed_class_words_lose_a_capital_mid_sentence()
    {
        Assert.Equal("of the greatest importance to itself.", RealWordConfusionFixer.Repair("of the greatest importance to Itself.", ImportTestSupport.Context()));
        Assert.Equal("He said. Itself aside", RealWordConfusionFixer.Repair("He said. Itself aside", ImportTestSupport.Context()));
    }

    [Fact]
    public void A_short_quoted_line_ending_a_sentence_ends_the_quoted_paragraph()
    {
        const string text = """
            >At any rate, yes, the advanced elements of the working class must point
            >the way forward. An authentic party must be militant, enthusiastic and
            >a stranger to frustration, and it must organize the broad masses of the
            >people for the transformation.
            >In order for the transition to take place successfully, the class must
            >expand democracy and suppress all enemies of the people as they come.

            The reply follows here, in a paragraph of its own.
            """;
        var pamphlet = new MailCleaner().Clean(text, ImportTestSupport.Context());
        var quote = pamphlet.Blocks[0];
        Assert.Contains("transformation.\n>\n> In order", quote);
    }
}
