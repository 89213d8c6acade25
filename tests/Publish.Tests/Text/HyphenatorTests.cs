using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.TextLayout;

/// <summary>Liang hyphenation over the committed GB and US patterns, and the rules around it.</summary>
public class HyphenatorTests
{
    private static Hyphenator Us => TextTestData.Hyphenators.For("en-US")!;
    private static Hyphenator Gb => TextTestData.Hyphenators.For("en-GB")!;

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("revolutionary", "rev-o-lu-tion-ary")]
    [InlineData("bureaucracy", "bu-reau-cracy")]
    [InlineData("organization", "or-ga-ni-za-tion")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("government", "gov-ern-ment")]
    public void Us_patterns_give_the_known_divisions(string word, string expected) =>
        Assert.Equal(expected, Us.Hyphenate(word));

    [Theory]
    [InlineData("hyphenation", "hy-phen-a-tion")]
    [InlineData("organisation", "or-gan-isa-tion")]
    [InlineData("revolutionary", "rev-o-lu-tion-ary")]
    [InlineData("opposition", "op-pos-i-tion")]
    [InlineData("association", "as-so-ci-ation")]
    public void Gb_patterns_give_the_known_divisions(string word, string expected) =>
        Assert.Equal(expected, Gb.Hyphenate(word));

    [Fact]
    public void Both_pattern_files_load_in_full()
    {
        Assert.True(Gb.PatternCount > 14000, $"GB: {Gb.PatternCount}");
        Assert.True(Us.PatternCount > 11000, $"US: {Us.PatternCount}");
        Assert.True(Gb.ExceptionCount > 20);
    }

    [Fact]
    public void No_break_leaves_fewer_than_two_letters_before_or_three_after()
    {
        var words = "table hyphenation revolutionary bureaucracy organization abolition capitalism eighteen " +
                    "workers expropriation committee anarchism syndicalist proletarian aboard ideas solidarity " +
                    "majority minority central parliament";
        foreach (var h in new[] { Gb, Us })
            foreach (var word in words.Split(' '))
                foreach (var p in h.Points(word))
                {
                    Assert.True(p >= Hyphenator.LeftMin, $"{word} at {p}");
                    Assert.True(word.Length - p >= Hyphenator.RightMin, $"{word} at {p}");
                }
        Assert.Equal("ta-ble", Us.Hyphenate("table"));
    }

    [Theory]
    [InlineData("1917")]
    [InlineData("1917–1921")]
    [InlineData("2nd")]
    [InlineData("http://x.org/a-long-path")]
    [InlineData("https://theanarchistlibrary.org/library/solidarity")]
    [InlineData("someone@example.org")]
    [InlineData("www.example.org")]
    [InlineData("and/or")]
    [InlineData("into")]
    [InlineData("idea")]
    [InlineData("")]
    public void Never_hyphenates_numbers_addresses_or_short_words(string word) =>
        Assert.Empty(Gb.Points(word));

    [Fact]
    public void Capitalised_words_only_when_allowed()
    {
        Assert.Empty(Gb.Points("Revolutionary", hyphenateCapitalised: false));
        Assert.Empty(Gb.Points("KOLLONTAI", hyphenateCapitalised: false));
        Assert.Equal("Rev-o-lu-tion-ary", Gb.Hyphenate("Revolutionary", hyphenateCapitalised: true));
    }

    [Fact]
    public void A_hyphenated_word_breaks_only_after_its_hyphen()
    {
        Assert.Equal([5], Gb.Points("self-government"));
        Assert.Equal([8], Us.Points("counter-revolutionary"));
        Assert.Equal([8], Us.Points("counter\u2010revolutionary"));
        Assert.Empty(Us.Points("counter\u2011revolutionary")); // non-breaking hyphen
        Assert.Empty(Gb.Points("co-op"));
    }

    [Fact]
    public void Punctuation_and_apostrophes_stay_out_of_the_way()
    {
        Assert.Equal("“rev-o-lu-tion-ary,”", Gb.Hyphenate("“revolutionary,”"));
        Assert.Equal("(or-gan-isa-tion).", Gb.Hyphenate("(organisation)."));
        var possessive = Gb.Hyphenate("organisation’s");
        Assert.StartsWith("or-gan-isa", possessive);
        Assert.DoesNotContain("-’", possessive);
        Assert.DoesNotContain("’-", possessive);
        Assert.Equal(Gb.Points("organisation's"), Gb.Points("organisation’s"));
    }

    [Fact]
    public void Exceptions_win_over_patterns()
    {
        Assert.Empty(Gb.Points("present"));
        Assert.Empty(Us.Points("project"));
        Assert.Empty(Gb.Points("record."));
        Assert.Equal("Bol-she-viks", Gb.Hyphenate("Bolsheviks"));
        Assert.Equal("Kron-stadt", Us.Hyphenate("Kronstadt"));
    }

    [Fact]
    public void One_instance_is_safe_to_share_between_threads()
    {
        var words = new[] { "revolutionary", "organisation", "bureaucracy", "international", "hyphenation" };
        var expected = words.Select(w => Gb.Hyphenate(w)).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Gb.Hyphenate(words[i % words.Length])));
    }
}
