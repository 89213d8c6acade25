using Publish.Covers;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>The balanced title breaker, with a width of one unit per character.</summary>
public sealed class TitleLineBreakerTests
{
    private static double Chars(string s) => s.Length;

    [Fact]
    public void KeepsAShortTitleOnOneLine() =>
        Assert.Equal(["For Workers’ Power"], TitleLineBreaker.Break("For Workers’ Power", 30, Chars)!);

    [Fact]
    public void BalancesLinesInsteadOfFillingTheFirst()
    {
        // Greedy would give "The Workers’ Opposition and" / "the State"; balanced evens them out.
        var lines = TitleLineBreaker.Break("The Workers’ Opposition and the State", 28, Chars)!;
        Assert.Equal(["The Workers’ Opposition", "and the State"], lines);
    }

    [Fact]
    public void AvoidsEndingALineOnAWeakWord()
    {
        var lines = TitleLineBreaker.Break("We Are Not Outnumbered, We Are Out-Organised", 26, Chars)!;
        Assert.All(lines, l => Assert.False(l.EndsWith(" We") || l.EndsWith(" Are"), l));
        Assert.All(lines, l => Assert.True(l.Length <= 26));
    }

    [Fact]
    public void BreaksAfterAHardHyphenOnlyWhenNeeded()
    {
        var wide = TitleLineBreaker.Break("We Are Out-Organised", 20, Chars)!;
        Assert.Equal(["We Are Out-Organised"], wide);
        var narrow = TitleLineBreaker.Break("Out-Organised", 9, Chars)!;
        Assert.Equal(["Out-", "Organised"], narrow);
    }

    [Fact]
    public void ReturnsNullWhenAWordIsTooWide() =>
        Assert.Null(TitleLineBreaker.Break("Antidisestablishmentarianism", 10, Chars));
}
