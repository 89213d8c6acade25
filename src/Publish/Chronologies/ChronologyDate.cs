namespace Publish.Chronologies;

/// <summary>
/// What a chronology's free-text date means within its year: the span of days it may name,
/// as days of a leap year (1 = January 1, 366 = December 31), so that every date of every year
/// has a place. "February 27" is one day; "Early March" is March 1–10; "Summer" is June 1 to
/// August 31; "May 24–June 4" runs from its first date to its last.
/// </summary>
/// <param name="Start">The first day the date may mean; the date sorts by it.</param>
/// <param name="End">The last day the date may mean; never before <paramref name="Start"/>.</param>
/// <param name="IsExact">True when the date names one day of a month ("February 27").</param>
internal readonly record struct ChronologyDate(int Start, int End, bool IsExact)
{
    /// <summary>The reference year used to number days: a leap year, so February 29 has a place.</summary>
    private const int ReferenceLeapYear = 2000;

    /// <summary>One named day.</summary>
    public static ChronologyDate Day(int month, int day)
    {
        var dayOfYear = DayOfYear(month, day);
        return new ChronologyDate(dayOfYear, dayOfYear, IsExact: true);
    }

    /// <summary>The days from <paramref name="firstDay"/> to <paramref name="lastDay"/> of a month.</summary>
    public static ChronologyDate Days(int month, int firstDay, int lastDay) =>
        new(DayOfYear(month, firstDay), DayOfYear(month, lastDay), IsExact: false);

    /// <summary>Whole months, from the first day of one to the last day of another.</summary>
    public static ChronologyDate Months(int firstMonth, int lastMonth) =>
        new(DayOfYear(firstMonth, 1), DayOfYear(lastMonth, DaysInMonth(lastMonth, year: null)), IsExact: false);

    /// <summary>
    /// A span from the start of <paramref name="first"/> to the end of <paramref name="last"/>
    /// ("May 24–June 4"). A span that wraps past the year's end runs to December 31.
    /// </summary>
    public static ChronologyDate Through(ChronologyDate first, ChronologyDate last) =>
        new(first.Start, last.End < first.Start ? DayOfYear(12, 31) : Math.Max(first.End, last.End), IsExact: false);

    /// <summary>
    /// True when this date lies wholly before <paramref name="previous"/> began, so an entry
    /// dated so cannot follow it. Overlapping spans ("Early March" after "March 5") are in order.
    /// </summary>
    public bool IsWhollyBefore(ChronologyDate previous) => End < previous.Start;

    /// <summary>
    /// Days in a month by the proleptic Gregorian rule. With no year, February has 29 days
    /// (the most it can have), so nothing is called impossible that might not be.
    /// </summary>
    public static int DaysInMonth(int month, int? year) => month switch
    {
        2 => year is { } y && !IsLeapYear(y) ? 28 : 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The proleptic Gregorian leap-year rule (also sound for years before 1).</summary>
    public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static int DayOfYear(int month, int day) => new DateOnly(ReferenceLeapYear, month, day).DayOfYear;
}
