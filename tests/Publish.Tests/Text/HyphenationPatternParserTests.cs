using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>The Hyphen .dic format: header lines, NEXTLEVEL, non-standard entries.</summary>
public class HyphenationPatternParserTests
{
    private const string TwoLevels = """
        UTF-8
        LEFTHYPHENMIN 2
        RIGHTHYPHENMIN 3
        COMPOUNDLEFTHYPHENMIN 2
        % a comment
        .work5s
        NEXTLEVEL
        o1r
        e1s
        s1s/s=s,1,2
        """;

    [Fact]
    public void Reads_headers_levels_and_skips_non_standard_entries()
    {
        var patterns = HyphenationPatternParser.Parse(TwoLevels);
        Assert.Equal(2, patterns.Levels.Count);
        Assert.Equal(3, patterns.Count);
        Assert.Equal(2, patterns.LeftMin);
        Assert.Equal(3, patterns.RightMin);
        Assert.Equal(1, patterns.SkippedNonStandard);
    }

    [Fact]
    public void Each_level_applies_on_its_own_and_the_points_are_united()
    {
        var h = new Hyphenator(HyphenationPatternParser.Parse(TwoLevels), HyphenationExceptions.Empty);
        // level 1 (.work5s): work-s…; level 2: o1r gives wo-rk, e1s gives …e-score; sco-re is cut by the minimum of 3.
        Assert.Equal("wo-rk-shope-score", h.Hyphenate("workshopescore"));
    }

    [Fact]
    public void Liang_digits_take_the_highest_value_and_odd_means_break()
    {
        var patterns = HyphenationPatternParser.Parse("UTF-8\na1b\n2b\nb1c\n");
        var h = new Hyphenator(patterns, HyphenationExceptions.Empty);
        // "aabbcc": a1b gives 1 before the first b, 2b raises it (and the one before the second b) to 2: no break;
        // b1c gives a break between b and c.
        Assert.Equal([4], h.Points("aabbccc"));
    }

    [Fact]
    public void Exceptions_parse_tex_style()
    {
        var ex = HyphenationExceptions.Parse("% comment\nrev-o-lu-tion\npresent\n");
        Assert.True(ex.TryGet("revolution", out var points));
        Assert.Equal([3, 4, 6], points);
        Assert.True(ex.TryGet("present", out var none));
        Assert.Empty(none);
        Assert.False(ex.TryGet("record", out _));
    }

    [Theory]
    [InlineData("en-GB", "GB")]
    [InlineData("en", "GB")]
    [InlineData(null, "GB")]
    [InlineData("", "GB")]
    [InlineData("en-AU", "GB")]
    [InlineData("en-US", "US")]
    [InlineData("en_us", "US")]
    [InlineData("en-Latn-US", "US")]
    [InlineData("fr-FR", null)]
    public void The_set_picks_patterns_by_language(string? lang, string? region)
    {
        Assert.Equal(region, HyphenatorSet.Region(lang));
        Assert.Equal(region is null, TextTestData.Hyphenators.For(lang) is null);
    }
}
