using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Tests.Import.Scoring;

/// <summary>
/// The two baselines issue 4 measures against: the raw scan joined into paragraphs (lines joined
/// with spaces, blank lines kept as paragraph breaks, nothing else touched) and a naive reader of
/// <c>date: event</c> lines under year lines.
/// </summary>
internal static partial class Baselines
{
    public static string JoinedParagraphs(string raw)
    {
        var b = new StringBuilder();
        foreach (var block in BlankLines().Split(raw.Replace("\r\n", "\n")))
        {
            var joined = string.Join(' ', block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (joined.Length > 0) b.Append(joined).Append("\n\n");
        }
        return b.ToString();
    }

    public static List<ScoredEntry> NaiveChronology(string raw)
    {
        var entries = new List<ScoredEntry>();
        string? year = null;
        foreach (var line in raw.Split('\n').Select(l => l.Trim()))
        {
            if (YearLine().IsMatch(line)) { year = line; continue; }
            var m = DateLine().Match(line);
            if (year is not null && m.Success && m.Groups[2].Value.Trim().Length > 0)
                entries.Add(ChronologyScorer.Entry(year, m.Groups[1].Value, m.Groups[2].Value));
        }
        return entries;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
    [GeneratedRegex(@"^1[5-9]\d\d$|^20\d\d$")]
    private static partial Regex YearLine();
    [GeneratedRegex(@"^([A-Z][a-z]+\.?(?:\s*\d[\d\s\-–]*)?(?:[A-Z][a-z]+\s*\d+)?):\s*(.*)$")]
    private static partial Regex DateLine();
}
