using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Tests.Layout;

/// <summary>A body line with the page it sits on and whether a new paragraph starts with it.</summary>
internal sealed record FlowedLine(TextLine Line, Page Page, bool StartsParagraph)
{
    public double Indent => Line.Left - Page.TypeArea.X;
    public bool Short => Line.Right < Page.TypeArea.Right - 1.5;
}

/// <summary>
/// Recovers paragraph structure from frames alone, the way a reader sees it: a line starts a
/// paragraph when it is indented further than the line before, when the line before ends short
/// of the measure (justified text fills it), when the size changes, when the gap above it is
/// larger than the leading, or on the first page of a section. Paragraph-level checks (widows,
/// orphans, hyphen ladders) then run on these line sequences.
/// </summary>
internal static partial class ParagraphLines
{
    public static List<FlowedLine> Flow(IReadOnlyList<Page> pages)
    {
        var result = new List<FlowedLine>();
        FlowedLine? previous = null;
        foreach (var page in pages)
        {
            bool opening = page.Items.OfType<OutlineEntry>().Any();
            var lines = FrameLines.BodyLines(page);
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                bool start;
                if (previous is null) start = true;
                else
                {
                    double indent = line.Left - page.TypeArea.X;
                    bool samePage = previous.Page == page;
                    start = Math.Abs(previous.Line.Size - line.Size) > 0.01
                        || previous.Short
                        || indent > previous.Indent + 1
                        || (samePage && line.Baseline - previous.Line.Baseline > line.Size * 1.45)
                        || (!samePage && (opening || page.Index != previous.Page.Index + 1))
                        || previous.Line.FontKey != line.FontKey && (IsHeadingFont(previous.Line) || IsHeadingFont(line));
                }
                var flowed = new FlowedLine(line, page, start);
                result.Add(flowed);
                previous = flowed;
            }
        }
        return result;
    }

    /// <summary>The flow cut into paragraphs (lists of lines).</summary>
    public static List<List<FlowedLine>> Paragraphs(IReadOnlyList<Page> pages)
    {
        var paragraphs = new List<List<FlowedLine>>();
        foreach (var line in Flow(pages))
        {
            if (line.StartsParagraph || paragraphs.Count == 0) paragraphs.Add([]);
            paragraphs[^1].Add(line);
        }
        return paragraphs;
    }

    /// <summary>Paragraphs split across pages with a single line on one side of the break.</summary>
    public static List<string> WidowsAndOrphans(IEnumerable<List<FlowedLine>> paragraphs)
    {
        var problems = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var byPage = paragraph.GroupBy(l => l.Page.Index).ToList();
            if (byPage.Count < 2) continue;
            foreach (var part in byPage.Where(g => g.Count() == 1))
            {
                if (part.Key == byPage[0].Key) problems.Add($"orphan: {part.First().Line} is the only line of its paragraph at the foot of p{part.Key}");
                else if (part.Key == byPage[^1].Key) problems.Add($"widow: {part.First().Line} is the only line of its paragraph at the head of p{part.Key}");
            }
        }
        return problems;
    }

    private static bool IsHeadingFont(TextLine line) => line.Runs.All(r => r.FontKey.Contains("Bold", StringComparison.OrdinalIgnoreCase));

    /// <summary>Heading texts of the document, normalised (sections, inner headings, notes and chronology titles).</summary>
    public static HashSet<string> HeadingTexts(Document doc)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in doc.Sections) if (s.Title is { } t) set.Add(Normalise(t));
        foreach (var h in AllBlocks(doc.AllBlocks).OfType<Heading>()) set.Add(Normalise(Inline.PlainText(h.Content)));
        if (doc.Chronology is { } c) set.Add(Normalise(c.Title));
        if (doc.Notes.Count > 0) set.Add(Normalise("Notes"));
        set.Remove("");
        return set;
    }

    private static IEnumerable<Block> AllBlocks(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            if (b is BlockQuote q) foreach (var inner in AllBlocks(q.Blocks)) yield return inner;
            if (b is ListBlock l) foreach (var inner in AllBlocks(l.Items.SelectMany(i => i))) yield return inner;
        }
    }

    public static string Normalise(string text) => Spaces().Replace(text.Trim(), " ").ToLowerInvariant();

    /// <summary>Hyphenated compounds of the source ("self-activity"), as every adjacent pair "self-activity".</summary>
    public static HashSet<string> SourceCompounds(string markdown)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Compound().Matches(markdown))
        {
            var parts = m.Value.ToLowerInvariant().Split('-');
            for (int i = 0; i + 1 < parts.Length; i++) set.Add(parts[i] + "-" + parts[i + 1]);
        }
        return set;
    }

    /// <summary>Whether the line ends with a hyphen the typesetter added (the source word has none there).</summary>
    public static bool EndsWithAddedHyphen(string line, string? next, HashSet<string> compounds)
    {
        var text = line.TrimEnd();
        if (text.Length < 2 || text[^1] != '-' || !char.IsLetter(text[^2])) return false;
        var before = LastWord().Match(text[..^1]).Value;
        var after = next is null ? "" : FirstWord().Match(next.TrimStart()).Value;
        return !compounds.Contains((before + "-" + after).ToLowerInvariant());
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+")] private static partial Regex Compound();
    [GeneratedRegex(@"[\p{L}\p{N}]+$")] private static partial Regex LastWord();
    [GeneratedRegex(@"^[\p{L}\p{N}]+")] private static partial Regex FirstWord();
}
