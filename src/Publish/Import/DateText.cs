using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Recognises the dates that title pages, mail headers and bylines carry ("30 July 2021",
/// "July 30, 2021", "Mon, 3 Jun 1996 10:00:00 +0100", "2021-07-30", "1921") and writes them as
/// ISO 8601 (<c>2021-07-30</c>, <c>2021-07</c>) or a bare year.
/// </summary>
internal static partial class DateText
{
    public static bool IsDate(string text) => Normalise(text) != text.Trim() || IsoOrYear().IsMatch(text.Trim());

    /// <summary>The date in ISO form when it parses, else the text unchanged (trimmed).</summary>
    public static string Normalise(string text)
    {
        var t = text.Trim().TrimEnd('.');
        if (IsoOrYear().IsMatch(t)) return t;
        if (DayMonthYear().Match(t) is { Success: true } a && Month(a.Groups["m"].Value) is var m1 and > 0)
            return Iso(a.Groups["y"].Value, m1, a.Groups["d"].Value);
        if (MonthDayYear().Match(t) is { Success: true } b && Month(b.Groups["m"].Value) is var m2 and > 0)
            return Iso(b.Groups["y"].Value, m2, b.Groups["d"].Value);
        if (MonthYear().Match(t) is { Success: true } c && Month(c.Groups["m"].Value) is var m3 and > 0)
            return $"{c.Groups["y"].Value}-{m3:00}";
        return text.Trim();
    }

    private static string Iso(string year, int month, string day) =>
        $"{year}-{month:00}-{int.Parse(day, CultureInfo.InvariantCulture):00}";

    private static int Month(string name)
    {
        var n = ChronologyDate.MonthOf(name);
        return n;
    }

    [GeneratedRegex(@"^(\d{4}|\d{4}-\d{2}(-\d{2})?)$")]
    private static partial Regex IsoOrYear();
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();
    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})$")]
    private static partial Regex MonthYear();
}
