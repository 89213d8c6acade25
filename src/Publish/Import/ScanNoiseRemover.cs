using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Removes what the scanner added to an OCR text: lines of stray marks (•, ·, dots, single
/// letters from the page edge), lone page numbers, running heads repeated on many pages; and,
/// inside lines, floating dots and bullets. A bullet that opens a line becomes a list mark.
/// Note marks glued to numbers ("languages1•") are left for <see cref="NoteExtractor"/>.
/// </summary>
internal static partial class ScanNoiseRemover
{
    /// <summary>A short line repeated at least this often is a running head.</summary>
    private const int RunningHeadRepeats = 3;

    /// <summary>
    /// Lines at the top that make the title page: a running head seen there first is the title
    /// itself and is kept once.
    /// </summary>
    private const int TitlePageLines = 3;

    /// <summary>A line this short with no letter or digit is debris from the page edge.</summary>
    private const int StrayMarksMax = 3;

    /// <summary>Running heads are short; longer repeated lines are text (quotations, refrains).</summary>
    private const int RunningHeadMaxLength = 60;

    public static List<OcrLine> Remove(List<OcrLine> lines, ImportContext context)
    {
        var report = context.Report;
        var romanHeadings = lines.Count(l => l.Trimmed is "II" or "III" or "IV");
        var edges = PageEdges(lines);
        var heads = lines.Select((l, i) => (Line: l, Index: i))
            .Where(x => !x.Line.IsBlank && x.Line.Trimmed.Length <= RunningHeadMaxLength)
            .GroupBy(x => HeadKey(x.Line.Trimmed))
            .Where(g => g.Key.Length >= 3 && g.Count() >= RunningHeadRepeats && 2 * g.Count(x => edges.Contains(x.Index)) >= g.Count())
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var kept = new List<OcrLine>(lines.Count);
        var titleKept = new HashSet<string>(StringComparer.Ordinal);
        var cut = false;
        var keptText = 0; // non-blank lines kept so far (counted, not recounted per line: running heads recur on every page)
        foreach (var line in lines)
        {
            var t = line.Trimmed;
            string? why = null;
            if (t.Length > 0 && (NoiseOnly().IsMatch(t) || t.Length <= StrayMarksMax && !t.Any(char.IsLetterOrDigit))) why = "stray marks";
            else if (t.Length == 1 && !(t is "I" or "V" or "X" && romanHeadings > 0) && !char.IsDigit(t[0])) why = "single stray character";
            else if (LonePageNumber().IsMatch(t)) why = "page number";
            else if (t.Length > 0 && heads.Contains(HeadKey(t)) && !(keptText < TitlePageLines && titleKept.Add(HeadKey(t)))) why = "running head";
            if (why is not null)
            {
                report.Count("noise lines removed");
                if (why == "running head") report.Note(Codes.NoiseRemoved, $"removed running head '{t}' (line {line.Number} of the raw text)", null);
                cut = true;
                continue;
            }
            line.Text = CleanInline(t);
            if (cut && !line.IsBlank) { line.AfterCut = true; cut = false; }
            kept.Add(line);
            if (!line.IsBlank) keptText++;
        }
        return kept;
    }

    /// <summary>
    /// Inline noise: middle dots and floating bullets become spaces, except a dot or bullet between
    /// two capitalised parts, which is the compound's hyphen ("All·Russian", "Pan•Russian"); a
    /// leading bullet becomes a list mark.
    /// </summary>
    public static string CleanInline(string t)
    {
        t = LeadingBullet().Replace(t, "- ");
        t = CompoundDot().Replace(t, "-");
        t = t.Replace('·', ' ');
        t = FloatingBullet().Replace(t, " ");
        t = LeadingDot().Replace(t, "");
        t = LeadingDebris().Replace(t, "");
        return MultiSpace().Replace(t, " ").Trim();
    }

    /// <summary>
    /// Indexes of lines at a page edge: indented page-start lines, lines next to a lone page
    /// number or a form feed, and lines right after a run of blank lines.
    /// </summary>
    private static HashSet<int> PageEdges(List<OcrLine> lines)
    {
        var edges = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var before = i > 0 ? lines[i - 1].Trimmed : "";
            var after = i + 1 < lines.Count ? lines[i + 1].Trimmed : "";
            if (lines[i].PageStart || LonePageNumber().IsMatch(before) && before.Length > 0 || LonePageNumber().IsMatch(after) && after.Length > 0
                || i > 1 && lines[i - 1].IsBlank && lines[i - 2].IsBlank)
                edges.Add(i);
        }
        return edges;
    }

    /// <summary>A line with its page number stripped, lower-cased; empty for lines that cannot be running heads.</summary>
    private static string HeadKey(string t)
    {
        var key = PageNumberAtEdge().Replace(t, "").Trim().ToLowerInvariant();
        if (key.Any(char.IsDigit) || key.EndsWith(':') || NotesHeading().IsMatch(key)) return "";
        return Regex.Replace(key, @"[\s\p{P}]+", " ").Trim();
    }

    [GeneratedRegex(@"^\d{1,3}\s+|\s+\d{1,3}$")]
    private static partial Regex PageNumberAtEdge();
    [GeneratedRegex(@"^(foot ?notes|notes|endnotes|references|contents|index|bibliography)$")]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^[\s•·*■□▪.,:;'""`~^_\-–—|°•]+$")]
    private static partial Regex NoiseOnly();
    [GeneratedRegex(@"^[-–—]?\s*\d{1,3}\s*[-–—]?$")]
    private static partial Regex LonePageNumber();
    [GeneratedRegex(@"(?<=\p{Lu}\p{Ll}+)[·•](?=\p{Lu}\p{Ll})")]
    private static partial Regex CompoundDot();
    [GeneratedRegex(@"^[•■▪]\s*")]
    private static partial Regex LeadingBullet();
    [GeneratedRegex(@"(?<![\d'’""”])\s*[•■▪]+\s*|(?<=\s)[•■▪]+")]
    private static partial Regex FloatingBullet();
    [GeneratedRegex(@"^\.\s+(?=\p{Ll})|^\.(?=\p{Ll})")]
    private static partial Regex LeadingDot();
    [GeneratedRegex(@"^[\\|~^`]+\s+")]
    private static partial Regex LeadingDebris();
    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultiSpace();
}
