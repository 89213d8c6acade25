using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Finds a chronology in an OCR text (a "CHRONOLOGY" heading followed by year lines and
/// "Month day: event" lines), cuts it out, and reads its entries. Handles the two-column layout
/// that OCR flattens into a block of bare dates ("January 6:", "March 3:") printed before the
/// year line, with the events after it: the dates wait in a queue (a new group starts when the
/// month goes back), and each year line pairs the next group with the event lines that follow,
/// in order, merging wrapped event lines until the counts agree (<see cref="ChronologyPairer"/>).
/// </summary>
internal static partial class ChronologyExtractor
{
    /// <summary>Lines after the heading within which the first year or date must appear.</summary>
    private const int StartWindow = 40;

    /// <summary>Fewest dated lines for a "chronology" heading to be taken as one.</summary>
    private const int MinDates = 3;

    public static ImportedChronology? Extract(List<OcrLine> lines, ImportContext context)
    {
        var at = lines.FindIndex(l => ChronologyHeading().IsMatch(l.Trimmed));
        if (at < 0) return null;
        var first = lines.FindIndex(at + 1, l => YearLine().IsMatch(l.Trimmed) || ChronologyDate.Parse(l.Trimmed) is not null);
        if (first < 0 || first - at > StartWindow) return null;
        var end = lines.FindIndex(first, l => HeadingDetector.Classify(l.Trimmed, false) is HeadingShape.Caps && !YearLine().IsMatch(l.Trimmed));
        if (end < 0) end = lines.Count;
        var body = lines.GetRange(first, end - first);
        if (body.Count(l => ChronologyDate.Parse(l.Trimmed) is not null) < MinDates) return null;

        var noteLines = lines.GetRange(at + 1, first - at - 1).Where(l => !l.IsBlank).Select(l => l.Trimmed).ToList();
        var note = noteLines.Count == 0 ? null : noteLines.Skip(1).Aggregate(noteLines[0], (a, b) => LineUnwrapper.JoinLines(a, b, context));
        var entries = Read(body, context);
        var title = HeadingDetector.TitleCase(lines[at].Trimmed, context.Words);
        OcrLine.Cut(lines, at, end - at);
        context.Report.Count("chronology entries", entries.Count);
        return new ImportedChronology(title, note, entries);
    }

    private static List<ImportedChronologyEntry> Read(List<OcrLine> lines, ImportContext context)
    {
        var entries = new List<(int Year, string Date, string Event)>();
        var pending = new Queue<List<ChronologyDate>>();
        List<ChronologyDate>? group = null;
        int? year = null;
        void CloseGroup() { if (group is { Count: > 0 }) pending.Enqueue(group); group = null; }

        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Trimmed;
            if (t.Length == 0) continue;
            if (YearLine().Match(t) is { Success: true } y)
            {
                CloseGroup();
                year = int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (pending.Count == 0) continue;
                var dates = pending.Dequeue();
                var events = new List<string>();
                var j = i + 1;
                for (; j < lines.Count; j++)
                {
                    var u = lines[j].Trimmed;
                    if (u.Length == 0) continue;
                    if (YearLine().IsMatch(u) || ChronologyDate.Parse(u) is not null) break;
                    events.Add(u);
                }
                var paired = ChronologyPairer.Pair(dates.Count, events, year.Value, context);
                for (var k = 0; k < dates.Count && k < paired.Count; k++) entries.Add((year.Value, dates[k].Text, paired[k]));
                i = j - 1;
                continue;
            }
            var date = ChronologyDate.Parse(t);
            if (date is not null && date.Rest.Length == 0)
            {
                if (group is { Count: > 0 } && date.Month < group[^1].Month) CloseGroup();
                (group ??= []).Add(date);
                continue;
            }
            CloseGroup();
            if (date is not null && year is not null) { entries.Add((year.Value, date.Text, date.Rest)); continue; }
            if (entries.Count > 0)
            {
                var last = entries[^1];
                entries[^1] = (last.Year, last.Date, LineUnwrapper.JoinLines(last.Event, t, context));
            }
            else context.Report.Note(Codes.ChronologyPairing, $"chronology line before any year dropped: '{t}'", null, ImportReport.ChronologyFile);
        }
        if (pending.Count > 0 || group is { Count: > 0 })
            context.Report.Note(Codes.ChronologyPairing, "some chronology dates found no events", null, ImportReport.ChronologyFile);
        return entries.Select(e => new ImportedChronologyEntry(e.Year, e.Date, e.Event)).ToList();
    }

    [GeneratedRegex(@"^(A\s+)?(CHRONOLOGY|Chronology|TIMELINE|Timeline)(\s+OF\s+EVENTS|\s+of\s+events)?\s*:?$")]
    private static partial Regex ChronologyHeading();
    [GeneratedRegex(@"^(1[5-9]\d\d|20\d\d)\s*[.:]?$")]
    private static partial Regex YearLine();
}
