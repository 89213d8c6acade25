using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Pairs a group of dates with the event lines printed after its year line (the flattened
/// two-column layout): when there are more lines than dates, the most likely continuations are
/// merged until the counts agree. A line continues the one before when that one does not end a
/// sentence, when it starts in lower case or with a bracket, and when the one before fills the
/// column (wrapped).
/// </summary>
internal static class ChronologyPairer
{
    /// <summary>A line at least this share of the longest line in the block was wrapped (it fills the column).</summary>
    private const double FullLineShare = 0.85;

    public static List<string> Pair(int dates, List<string> lines, int year, ImportContext context)
    {
        var events = new List<string>(lines);
        if (events.Count < dates)
        {
            context.Report.Note(Codes.ChronologyPairing,
                $"{year}: {dates} dates but only {events.Count} event lines; the last dates have no event", year.ToString(System.Globalization.CultureInfo.InvariantCulture), ImportReport.ChronologyFile);
            return events;
        }
        if (events.Count == dates) return events;

        var longest = events.Max(e => e.Length);
        var merges = events.Count - dates;
        var scored = Enumerable.Range(0, events.Count - 1)
            .Select(i => (Index: i, Score: Score(events[i], events[i + 1], longest)))
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Index)
            .Take(merges).Select(p => p.Index).ToHashSet();

        var result = new List<string>();
        for (var i = 0; i < events.Count; i++)
        {
            if (i > 0 && scored.Contains(i - 1)) result[^1] = LineUnwrapper.JoinLines(result[^1], events[i], context);
            else result.Add(events[i]);
        }
        context.Report.Note(Codes.ChronologyPairing,
            $"{year}: {dates} dates printed apart from their events; {lines.Count} event lines merged into {dates} and paired in order: check them",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture), ImportReport.ChronologyFile);
        return result;
    }

    /// <summary>How likely <paramref name="next"/> continues <paramref name="line"/> (higher is likelier).</summary>
    public static int Score(string line, string next, int longest)
    {
        var score = 0;
        if (!LineUnwrapper.EndsSentence(line)) score += 2;
        if (line.TrimEnd().EndsWith(',') || line.TrimEnd().EndsWith('-') || line.TrimEnd().EndsWith(';')) score += 1;
        if (LineUnwrapper.StartsLower(next)) score += 2;
        if (next.StartsWith('(')) score += 1;
        if (line.Length >= FullLineShare * longest) score += 1;
        return score;
    }
}
