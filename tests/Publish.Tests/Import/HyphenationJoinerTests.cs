using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class HyphenationJoinerTests
{
    [Fact]
    public void Rejoins_a_word_whose_halves_are_not_words()
    {
        var d = HyphenationJoiner.Decide("revolu", "tionary", hadHyphen: true, ImportTestSupport.Context());
        Assert.Equal("revolutionary", d.Text);
        Assert.Equal(JoinChoice.Joined, d.Choice);
        Assert.True(d.Certain);
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_of_two_words()
    {
        var d = HyphenationJoiner.Decide("working", "class", hadHyphen: true, ImportTestSupport.Context());
        Assert.Equal("working-class", d.Text);
        Assert.Equal(JoinChoice.Hyphenated, d.Choice);
    }

    [Fact]
    public void Follows_the_spelling_used_elsewhere_in_the_text()
    {
        var context = ImportTestSupport.Context("the self-activity of the masses and their self-activity again");
        Assert.Equal("self-activity", HyphenationJoiner.Decide("self", "activity", hadHyphen: false, context).Text);
    }

    [Fact]
    public void Does_not_take_a_dash_elsewhere_for_a_compound()
    {
        var context = ImportTestSupport.Context("it went to the unions-and to the party");
        Assert.Equal("unions and", HyphenationJoiner.Decide("unions", "and", hadHyphen: false, context).Text);
    }

    [Fact]
    public void Repairs_a_break_whose_hyphen_was_lost()
    {
        var d = HyphenationJoiner.Decide("th", "ose", hadHyphen: false, ImportTestSupport.Context());
        Assert.Equal("those", d.Text);
    }

    [Fact]
    public void Keeps_two_words_apart_when_there_was_no_hyphen()
    {
        Assert.Equal("the party", HyphenationJoiner.Decide("the", "party", hadHyphen: false, ImportTestSupport.Context()).Text);
    }
}
