using Publish.Chronologies;
using Xunit;

namespace Publish.Tests.Chronologies;

/// <summary>What free-text chronology dates mean: the first and last day each may name.</summary>
public sealed class ChronologyDateParserTests
{
    [Theory]
    [InlineData("February 27", 2, 27, 2, 27)]
    [InlineData("27 February", 2, 27, 2, 27)]
    [InlineData("Feb. 27", 2, 27, 2, 27)]
    [InlineData("27 Feb.", 2, 27, 2, 27)]
    [InlineData("Sept. 5", 9, 5, 9, 5)]
    [InlineData("February 27th", 2, 27, 2, 27)]
    [InlineData("the 3rd of March", 3, 3, 3, 3)]
    [InlineData("february 27", 2, 27, 2, 27)]
    [InlineData("February 27, 1917", 2, 27, 2, 27)]
    [InlineData("October 25 (November 7 N.S.)", 10, 25, 10, 25)]
    [InlineData("Early March", 3, 1, 3, 10)]
    [InlineData("Beginning of March", 3, 1, 3, 10)]
    [InlineData("Mid-May", 5, 11, 5, 20)]
    [InlineData("mid May", 5, 11, 5, 20)]
    [InlineData("Late September", 9, 21, 9, 30)]
    [InlineData("End of February", 2, 21, 2, 29)]
    [InlineData("March", 3, 1, 3, 31)]
    [InlineData("Spring", 3, 1, 5, 31)]
    [InlineData("Summer", 6, 1, 8, 31)]
    [InlineData("Autumn", 9, 1, 11, 30)]
    [InlineData("Fall", 9, 1, 11, 30)]
    [InlineData("Early summer", 6, 1, 6, 30)]
    [InlineData("Late autumn", 11, 1, 11, 30)]
    [InlineData("May 24–June 4", 5, 24, 6, 4)]
    [InlineData("May 24 - June 4", 5, 24, 6, 4)]
    [InlineData("May 24 to June 4", 5, 24, 6, 4)]
    [InlineData("May 24–28", 5, 24, 5, 28)]
    [InlineData("24–28 May", 5, 24, 5, 28)]
    [InlineData("March 8–16", 3, 8, 3, 16)]
    [InlineData("May–June", 5, 1, 6, 30)]
    [InlineData("December 30–January 2", 12, 30, 12, 31)]
    public void Understood_dates(string text, int startMonth, int startDay, int endMonth, int endDay)
    {
        var date = ChronologyDateParser.Parse(text, 1917, out var impossible);
        Assert.Null(impossible);
        Assert.NotNull(date);
        Assert.Equal(DayOfYear(startMonth, startDay), date.Value.Start);
        Assert.Equal(DayOfYear(endMonth, endDay), date.Value.End);
    }

    [Theory]
    [InlineData("Winter")]
    [InlineData("Night of 25–26")]
    [InlineData("24")]
    [InlineData("Smarch 3")]
    [InlineData("Early in the year")]
    [InlineData("1 May–2 June–3 July")]
    [InlineData("")]
    public void Text_not_understood_gives_no_date(string text)
    {
        Assert.Null(ChronologyDateParser.Parse(text, 1917, out var impossible));
        Assert.Null(impossible);
    }

    [Theory]
    [InlineData("February 30", 1917, "February 30, 1917")]
    [InlineData("April 31", 1917, "April 31, 1917")]
    [InlineData("31 June", 1917, "June 31, 1917")]
    [InlineData("February 29", 1918, "February 29, 1918")]
    [InlineData("February 29", 1900, "February 29, 1900")]
    [InlineData("March 0", 1917, "March 0, 1917")]
    [InlineData("May 24–32", 1917, "May 32, 1917")]
    public void Days_that_do_not_exist_are_named(string text, int year, string expected)
    {
        Assert.Null(ChronologyDateParser.Parse(text, year, out var impossible));
        Assert.Equal(expected, impossible);
    }

    [Theory]
    [InlineData(1916)]
    [InlineData(2000)]
    [InlineData(1600)]
    public void February_29_exists_in_leap_years(int year)
    {
        Assert.NotNull(ChronologyDateParser.Parse("February 29", year, out var impossible));
        Assert.Null(impossible);
    }

    [Fact]
    public void February_29_is_allowed_when_the_year_is_unknown() =>
        Assert.NotNull(ChronologyDateParser.Parse("February 29", year: null));

    [Theory]
    [InlineData("March 5", "Early March", false)]
    [InlineData("Late March", "March 5", true)]
    [InlineData("Summer", "July 4", false)]
    [InlineData("July 4", "June 10", true)]
    [InlineData("June 1", "May 24–June 4", false)]
    [InlineData("March 3", "March 3", false)]
    public void Order_tolerates_overlapping_spans(string previous, string current, bool outOfOrder)
    {
        var p = ChronologyDateParser.Parse(previous, 1917)!.Value;
        var c = ChronologyDateParser.Parse(current, 1917)!.Value;
        Assert.Equal(outOfOrder, c.IsWhollyBefore(p));
    }

    private static int DayOfYear(int month, int day) => new DateOnly(2000, month, day).DayOfYear;
}
