using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class GluedWordSplitterTests
{
    [Fact]
    public void Splits_a_glued_word_when_exactly_one_split_gives_two_words()
    {
        var context = ImportTestSupport.Context();
        Assert.Equal("of history", GluedWordSplitter.Split("ofhistory", context));
    }

    [Fact]
    public void Splits_at_a_capital_inside_a_word()
    {
        var context = ImportTestSupport.Context("", "our", "Communist");
        Assert.Equal("our Communist", GluedWordSplitter.Split("ourCommunist", context));
    }

    [Fact]
    public void Leaves_names_alone()
    {
        var context = ImportTestSupport.Context("", "vol");
        Assert.Null(GluedWordSplitter.Split("Volin", context));
    }

    [Fact]
    public void Joins_words_split_by_a_space()
    {
        var context = ImportTestSupport.Context();
        Assert.Equal("those affected later", GluedWordSplitter.Repair("th ose aff ected la ter", context));
    }

    [Fact]
    public void Joins_three_pieces_of_a_capital_word()
    {
        var context = ImportTestSupport.Context();
        Assert.Equal("BUREAUCRACY", GluedWordSplitter.Repair("BUREAU CRAC Y", context));
    }

    [Fact]
    public void Does_not_join_two_real_words()
    {
        var context = ImportTestSupport.Context();
        Assert.Equal("in to", GluedWordSplitter.Repair("in to", context));
    }
}
