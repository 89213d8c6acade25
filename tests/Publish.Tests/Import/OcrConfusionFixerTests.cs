using Publish.Diagnostics;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class OcrConfusionFixerTests
{
    [Theory]
    [InlineData("cornrades", "comrades")]
    [InlineData("corne", "come")]
    [InlineData("severàl", "several")]
    [InlineData("a11", "all")]
    [InlineData("Révolution", "Revolution")]
    public void Repairs_a_misread_word_when_one_candidate_is_cheapest(string misread, string expected)
    {
        var context = ImportTestSupport.Context();
        Assert.Equal(expected, OcrConfusionFixer.Fix(misread, context, sentenceStart: false));
        Assert.Contains(context.Report.Items, i => i.Code == Codes.OcrConfusionFixed);
    }

    [Fact]
    public void Flags_a_word_with_several_equally_likely_repairs()
    {
        var context = ImportTestSupport.Context("", "bet", "her");
        Assert.Null(OcrConfusionFixer.Fix("ber", context));
        Assert.Contains(context.Report.Items, i => i.Code == Codes.OcrConfusionAmbiguous);
    }

    [Fact]
    public void Lets_the_text_decide_between_equally_likely_repairs()
    {
        var context = ImportTestSupport.Context("her her her her her bet", "bet", "her");
        Assert.Equal("her", OcrConfusionFixer.Fix("ber", context));
    }

    [Fact]
    public void Reports_a_word_it_cannot_repair()
    {
        var context = ImportTestSupport.Context();
        Assert.Null(OcrConfusionFixer.Fix("xqzt", context));
        Assert.Contains(context.Report.Items, i => i.Code == Codes.SuspiciousWord);
    }

    [Fact]
    public void Leaves_ordinals_and_real_words_alone()
    {
        var context = ImportTestSupport.Context();
        Assert.Equal("the 10th council", OcrConfusionFixer.Repair("the 10th council", context));
    }
}
