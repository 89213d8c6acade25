using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class HeadingDetectorTests
{
    [Theory]
    [InlineData("INTRODUCTION", "Caps")]
    [InlineData("SOLIDARITY (London)", "Caps")]
    [InlineData("l. GROWTH OF THE", "Numbered")]
    [InlineData("5. 'THE MASSES ARE NOT BLIND'", "Numbered")]
    [InlineData("IV", "Roman")]
    [InlineData("by A. KOLLONTAI", "Byline")]
    [InlineData("An ordinary line of text.", "None")]
    public void Classifies_heading_lines(string line, string shape) =>
        Assert.Equal(Enum.Parse<HeadingShape>(shape), HeadingDetector.Classify(line, romanAllowed: true));

    [Fact]
    public void Title_cases_capital_headings_keeping_acronyms()
    {
        var words = new WordList(["the", "trade", "unions", "their", "role", "and", "problems", "of"]);
        Assert.Equal("The Trade Unions: Their Role and Problems", HeadingDetector.TitleCase("THE TRADE UNIONS: THEIR ROLE AND PROBLEMS", words));
        Assert.Equal("Role of the CPSU", HeadingDetector.TitleCase("ROLE OF THE CPSU", words));
    }

    [Fact]
    public void Numbers_read_as_letters_become_digits()
    {
        Assert.Equal("1. GROWTH", HeadingDetector.NormaliseNumber("l.GROWTH"));
    }
}
