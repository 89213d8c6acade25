using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>A numbered note found in an OCR text: its number as printed (renumbered in sequence) and its lines.</summary>
internal sealed class OcrNote(int number, int line) : IHasText
{
    public int Number { get; } = number;
    public int Line { get; } = line;
    public List<OcrLine> Lines { get; } = [];
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>A notes section ("NOTES", "FOOT NOTES"): where it sits among the lines, and its notes.</summary>
internal sealed class OcrNoteSection(int position)
{
    /// <summary>Index of the first line after the section in the remaining lines (where the next region begins).</summary>
    public int Position { get; set; } = position;
    public List<OcrNote> Notes { get; } = [];
}

/// <summary>
/// Finds note texts in an OCR text and cuts them out of the running text: footnote blocks at page
/// bottoms ("12 Deutscher, The Prophet Armed, p. 493.", numbered continuously through the text)
/// and notes sections under a heading (NOTES, FOOT NOTES, ENDNOTES, REFERENCES) whose notes start
/// "1. text" or with a lone "1." line. A section heading that OCR misplaced inside its first note
/// is found by looking back for the lone "1.". Text on both sides of a cut is marked so that
/// <see cref="LineUnwrapper"/> can rejoin a sentence the cut interrupted.
/// </summary>
internal static partial class NoteExtractor
{
    /// <summary>Page-bottom note numbers may skip this many (notes lost to OCR) and still continue the sequence.</summary>
    private const int PageNoteGap = 3;

    /// <summary>A line after a finished note still belongs to it when the next note starts within this many lines.</summary>
    private const int ContinuationReach = 2;

    /// <summary>Lines to look back from a notes heading for the lone "1." that really opens the section.</summary>
    private const int HeadingLookBack = 150;

    /// <summary>Cuts page-bottom footnote blocks out of the lines; returns them in order.</summary>
    public static List<OcrNote> ExtractPageNotes(List<OcrLine> lines, ImportContext context)
    {
        var notes = new List<OcrNote>();
        var expected = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsPageNoteStart(lines, i, expected, out _)) continue;
            var start = i;
            OcrNote? current = null;
            var j = i;
            while (j < lines.Count)
            {
                var line = lines[j];
                if (IsPageNoteStart(lines, j, current is null ? expected : current.Number + 1, out var n, requireBlankBefore: current is null))
                {
                    var m = PageNoteLine().Match(line.Trimmed);
                    current = new OcrNote(n, line.Number);
                    current.Lines.Add(new OcrLine(m.Groups["text"].Value, line.Number));
                    notes.Add(current);
                    j++;
                    continue;
                }
                if (line.IsBlank)
                {
                    var k = j;
                    while (k < lines.Count && lines[k].IsBlank) k++;
                    if (k < lines.Count && IsPageNoteStart(lines, k, current!.Number + 1, out _, requireBlankBefore: false)) { j = k; continue; }
                    if (k < lines.Count && !Finished(current!) && !lines[k].PageStart
                        && HeadingDetector.Classify(lines[k].Trimmed, false) == HeadingShape.None)
                    { j = k; continue; }
                    break;
                }
                var nextNoteFollows = NextNoteWithin(lines, j + 1, current!.Number + 1);
                if (line.PageStart || Finished(current!) && !nextNoteFollows || HeadingDetector.Classify(line.Trimmed, false) != HeadingShape.None) break;
                current!.Lines.Add(new OcrLine(line.Trimmed, line.Number));
                j++;
            }
            expected = current!.Number + 1;
            context.Report.Count("page-bottom note blocks cut", 1);
            OcrLine.Cut(lines, start, j - start);
            i = start - 1;
        }
        return notes;
    }

    /// <summary>Whether a line is a notes section's heading ("NOTES", "FOOT NOTES"…).</summary>
    public static bool IsNotesHeading(string line) => NotesHeading().IsMatch(line.Trim());

    /// <summary>Cuts notes sections out of the lines; each records where its region of text ends.</summary>
    public static List<OcrNoteSection> ExtractSections(List<OcrLine> lines, ImportContext context)
    {
        var sections = new List<OcrNoteSection>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!NotesHeading().IsMatch(lines[i].Trimmed)) continue;
            var start = i;
            for (var k = i - 1; k >= Math.Max(0, i - HeadingLookBack); k--)
            {
                if (HeadingDetector.Classify(lines[k].Trimmed, false) != HeadingShape.None) break;
                if (ItemLine().Match(lines[k].Trimmed) is { Success: true } m && m.Groups["text"].Length == 0 && Number(m) == 1) { start = k; break; }
            }
            var section = new OcrNoteSection(start);
            var end = ReadItems(lines, start, i, section, context);
            if (section.Notes.Count == 0) continue;
            OcrLine.Cut(lines, start, end - start);
            context.Report.Count("notes sections cut");
            sections.Add(section);
            i = start - 1;
        }
        return sections;
    }

    /// <summary>Reads the numbered notes of a section from <paramref name="start"/>; returns the index after it.</summary>
    private static int ReadItems(List<OcrLine> lines, int start, int headingAt, OcrNoteSection section, ImportContext context)
    {
        OcrNote? current = null;
        var loneStyle = false;
        var j = start;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (j == headingAt)
            {
                if (j + 1 < lines.Count) lines[j + 1].AfterCut = true;
                continue;
            }
            var m = ItemLine().Match(line.Trimmed);
            var expected = (current?.Number ?? 0) + 1;
            if (m.Success)
            {
                var lone = m.Groups["text"].Length == 0;
                var n = Number(m);
                if (current is null) loneStyle = lone;
                if (lone && loneStyle || !lone && !loneStyle && (n == expected || n == expected + 1))
                {
                    var number = lone ? LoneNumber(section.Notes, n, context, line.Number) : n;
                    current = new OcrNote(number, line.Number);
                    if (!lone) current.Lines.Add(new OcrLine(m.Groups["text"].Value, line.Number));
                    section.Notes.Add(current);
                    continue;
                }
            }
            if (current is null) { if (line.IsBlank || j < headingAt) continue; return j; }
            if (line.IsBlank) { current.Lines.Add(line); continue; }
            var shape = HeadingDetector.Classify(line.Trimmed, false);
            if (shape != HeadingShape.None && j > headingAt) break;
            if (!loneStyle && current.Lines.Count > 0 && current.Lines[^1].IsBlank) break;
            current.Lines.Add(line);
        }
        foreach (var note in section.Notes)
            while (note.Lines.Count > 0 && note.Lines[^1].IsBlank) note.Lines.RemoveAt(note.Lines.Count - 1);
        return j;
    }

    /// <summary>
    /// The number of a note printed on its own line: the printed one when it continues the
    /// sequence (a skip of up to <see cref="PageNoteGap"/> allowed), else the next in sequence.
    /// A repeated number after a skip fills the skip: "14. 16. 16. 17." reads as 14, 15, 16, 17.
    /// </summary>
    private static int LoneNumber(List<OcrNote> previous, int printed, ImportContext context, int rawLine)
    {
        var last = previous.Count > 0 ? previous[^1].Number : 0;
        if (printed > last && printed <= last + 1 + PageNoteGap) return printed;
        if (printed == last && previous.Count >= 2 && previous[^1].Number - previous[^2].Number > 1)
        {
            var moved = previous[^1];
            previous[^1] = new OcrNote(moved.Number - 1, moved.Line) { };
            previous[^1].Lines.AddRange(moved.Lines);
            context.Report.Note(Codes.ImportNoteGuessed, $"two notes printed as {printed}. (raw lines {moved.Line} and {rawLine}); the first taken as note {moved.Number - 1}", null);
            return printed;
        }
        context.Report.Note(Codes.ImportNoteGuessed, $"note printed as {printed}. (raw line {rawLine}) taken as note {last + 1}", null);
        return last + 1;
    }

    private static bool IsPageNoteStart(List<OcrLine> lines, int i, int expected, out int number, bool requireBlankBefore = true)
    {
        number = 0;
        var m = PageNoteLine().Match(lines[i].Trimmed);
        if (!m.Success) return false;
        number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (number < expected || number > expected + PageNoteGap) return false;
        return !requireBlankBefore || i == 0 || lines[i - 1].IsBlank || lines[i - 1].AfterCut;
    }

    /// <summary>True when the note numbered <paramref name="number"/> starts within the next <see cref="ContinuationReach"/> text lines.</summary>
    private static bool NextNoteWithin(List<OcrLine> lines, int from, int number)
    {
        var seen = 0;
        for (var k = from; k < lines.Count && seen < ContinuationReach; k++)
        {
            if (lines[k].IsBlank) continue;
            if (IsPageNoteStart(lines, k, number, out _, requireBlankBefore: false)) return true;
            seen++;
        }
        return false;
    }

    private static bool Finished(OcrNote note) => note.Lines.Count > 0 && FinishedText().IsMatch(note.Lines[^1].Trimmed);

    private static int Number(Match m) =>
        m.Groups["n"].Value is "l" or "I" ? 1 : int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<text>(?:\p{Lu}|\d|['‘""“(]|l\p{L}|ibid|see)\S*.*)$")]
    private static partial Regex PageNoteLine();
    [GeneratedRegex(@"^(?<n>\d{1,2}|l|I)\s*\.\s*(?<text>.*)$")]
    private static partial Regex ItemLine();
    [GeneratedRegex(@"^(FOOT\s*NOTES|NOTES|ENDNOTES|NOTES AND REFERENCES|REFERENCES)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();
    [GeneratedRegex(@"[.)]\s*[•·]?$")]
    private static partial Regex FinishedText();
}
