using Publish.Model;
using Publish.Tests.Layout;
using Publish.Typesetting.Frames;

namespace Publish.Tests.Typesetting;

/// <summary>
/// A page seen as a reader sees it: the text above, and below the footnote rule (a 0.4pt rule
/// starting at the type area's left edge with nothing larger than note size under it) the notes.
/// </summary>
internal sealed record PageFoot(Page Page, Rule? Rule, IReadOnlyList<TextLine> Text, IReadOnlyList<TextLine> Notes)
{
    /// <summary>A full-measure rule: the foot opens with a note continued from the page before.</summary>
    public bool Continued => Rule is not null && Rule.X2 - Rule.X1 > Page.TypeArea.Width - 0.5;

    /// <summary>The page's body without its notes (for the paragraph checks that read frames).</summary>
    public Page TextOnly => Rule is null ? Page : Page with { Items = Page.Items.Where(i => i is not GlyphRun r || r.Baseline < Rule.Y1).ToList() };

    /// <summary>Note lines from the number of <paramref name="note"/> down to the next note's number (or the foot's end).</summary>
    public List<TextLine> LinesOf(Note note)
    {
        var anchors = Page.Items.OfType<Anchor>().Where(a => a.Name.StartsWith("note-", StringComparison.Ordinal) && Rule is not null && a.Y > Rule.Y1)
            .OrderBy(a => a.Y).ToList();
        int i = anchors.FindIndex(a => a.Name == note.Id);
        if (i < 0) return [];
        double from = anchors[i].Y, to = i + 1 < anchors.Count ? anchors[i + 1].Y : double.MaxValue;
        return Notes.Where(l => l.Baseline > from && l.Baseline < to).ToList();
    }

    /// <summary>Note lines above the first note number: the continuation of a note from the page before.</summary>
    public List<TextLine> ContinuedLines()
    {
        var first = Page.Items.OfType<Anchor>().Where(a => a.Name.StartsWith("note-", StringComparison.Ordinal) && Rule is not null && a.Y > Rule.Y1)
            .Select(a => a.Y).DefaultIfEmpty(double.MaxValue).Min();
        return Notes.Where(l => l.Baseline < first).ToList();
    }
}

internal static class FootnoteFrames
{
    /// <summary>Thickness of the footnote rule the typesetter draws.</summary>
    private const double RuleThickness = 0.4;

    public static PageFoot Split(Page page, double noteSize)
    {
        var lines = FrameLines.BodyLines(page);
        var rule = page.Items.OfType<Rule>()
            .Where(r => Math.Abs(r.Y1 - r.Y2) < 0.001 && Math.Abs(r.X1 - page.TypeArea.X) < 0.01 && Math.Abs(r.Thickness - RuleThickness) < 0.001)
            .Where(r => lines.Any(l => l.Baseline > r.Y1) && lines.Where(l => l.Baseline > r.Y1).All(l => l.Size < noteSize + 0.01))
            .OrderBy(r => r.Y1).FirstOrDefault();
        if (rule is null) return new PageFoot(page, null, lines, []);
        return new PageFoot(page, rule, lines.Where(l => l.Baseline < rule.Y1).ToList(), lines.Where(l => l.Baseline > rule.Y1).ToList());
    }

    /// <summary>The physical page each named anchor first appears on.</summary>
    public static Dictionary<string, int> AnchorPages(IEnumerable<Page> pages)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var anchor in page.Items.OfType<Anchor>())
                result.TryAdd(anchor.Name, page.Index);
        return result;
    }
}
