using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class RealWordConfusionFixerTests
{
    [Fact]
    public void Repairs_a_misreading_the_text_uses_where_it_means_the_other_word()
    {
        var text = "we saw all the workers at all hours. Then ail the workers met, at ail times.";
        var context = ImportTestSupport.Context(text);
        Assert.Equal("Then all the workers met, at all times.", RealWordConfusionFixer.Repair("Then ail the workers met, at ail times.", context));
    }

    [Fact]
    public void Leaves_a_real_use_of_the_word_alone()
    {
        var text = "the brass bands played and the bands marched while we held hands of friends.";
        var context = ImportTestSupport.Context(text);
        Assert.Equal("the brass bands played", RealWordConfusionFixer.Repair("the brass bands played", context));
    }
}
