using Publish.Styling;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;

namespace Publish.Typesetting.Pagination;

/// <summary>What fills a print interior's spare pages, and how many back-list titles made it in.</summary>
internal sealed record PaddingResult(IReadOnlyList<Page> Pages, int EntriesShown, IReadOnlyList<LayoutProblem> Problems);

/// <summary>
/// Stage "pad": the spare pages of a print interior (padded to whole sheets) → pages of frames.
/// With <see cref="PrintPadding.Backlist"/> the back-list is set on as many of them as it needs;
/// an entry is never split across pages, and entries that do not fit the spare pages are left
/// out whole (the result says how many were shown). With <see cref="PrintPadding.Notes"/>
/// every spare page is ruled for the reader's notes. Remaining pages are blank. Padding pages
/// carry no running head and no folio: like the colophon, they stand outside the text.
/// </summary>
internal static class PaddingComposer
{
    /// <summary>A description is cut to this many lines (the back-list shows a line or two, not the blurb).</summary>
    public const int DescriptionLines = 2;
    /// <summary>Rules of a notes page are this many body leadings apart (handwriting wants more room than type).</summary>
    private const double NotesRuleSpacing = 1.5;
    private const double RuleThickness = 0.3;
    private static readonly Colour RuleColour = new(0x99, 0x99, 0x99);
    /// <summary>Blank lines above the heading, as on a section's opening page.</summary>
    private const int SinkLines = 3;

    /// <summary>Exactly <paramref name="count"/> pages numbered from <paramref name="firstPage"/>.</summary>
    public static PaddingResult Compose(PrintPadding padding, Backlist? backlist, Theme theme, TypesetServices services, string lang,
        int firstPage, int count)
    {
        if (count <= 0) return new PaddingResult([], 0, []);
        var context = new TypesetContext(theme, new FontSelector(theme, services.Fonts), services.Hyphenators.For(lang),
            new KnuthPlassLineBreaker(Typesetter.BreakSettings(theme, justify: true)),
            new KnuthPlassLineBreaker(Typesetter.BreakSettings(theme, justify: false)));
        var renderer = new PageRenderer(context, "");
        var drafts = new List<PageDraft>();
        int shown = 0;
        if (padding == PrintPadding.Backlist && backlist is { Entries.Count: > 0 })
            (drafts, shown) = BacklistPages(context, backlist, firstPage, count);
        else if (padding == PrintPadding.Notes)
            for (int i = 0; i < count; i++)
                drafts.AddRange(new Paginator(context.AreaHeight, context.Leading).Paginate(NotesPage(context), firstPage + i));
        while (drafts.Count < count) drafts.Add(new PageDraft(firstPage + drafts.Count));
        var pages = drafts.Select(d => renderer.Render(d, furniture: false)).ToList();
        return new PaddingResult(pages, shown, context.Problems);
    }

    /// <summary>The most leading entries whose pages fit in <paramref name="count"/>.</summary>
    private static (List<PageDraft> Pages, int Shown) BacklistPages(TypesetContext context, Backlist backlist, int firstPage, int count)
    {
        var entries = backlist.Entries.Select(e => EntryLines(context, e)).ToList();
        for (int n = entries.Count; n > 0; n--)
        {
            var pages = new Paginator(context.AreaHeight, context.Leading).Paginate(BacklistFlow(context, backlist.Heading, entries.Take(n)), firstPage);
            if (pages.Count <= count) return (pages, n);
        }
        return ([], 0);
    }

    private static List<FlowItem> BacklistFlow(TypesetContext context, string heading, IEnumerable<List<(SetLine Line, double Leading, double Size)>> entries)
    {
        var theme = context.Theme;
        var hs = theme.Heading(1);
        var style = new TextStyle(FontRole.Headings, hs.Bold, hs.Italic, hs.Size, theme.HeadingColour);
        var align = hs.Align switch { "centre" or "center" => Alignment.Centre, "right" => Alignment.Right, _ => Alignment.Left };
        double leading = Math.Max(hs.Size * 1.2, context.Leading);
        var flow = new List<FlowItem> { new FlowSpace(context.Leading * SinkLines, Keep: true) };
        var headingLines = context.Set([new StyledSpan(heading, style)], new ParagraphFormat(context.Measure, leading, align, Hyphenate: false), 1);
        flow.AddRange(Flow.Lines(headingLines, leading, 0, context.NextGroup(), null, TypesetContext.AscentIn(leading, hs.Size),
            keepWithNext: true, unbreakable: true));
        flow.Add(new FlowSpace(context.Leading * 1.5));
        foreach (var lines in entries)
        {
            flow.Add(new FlowSpace(context.Leading * 0.75));
            int group = context.NextGroup();
            flow.AddRange(lines.Select((l, i) => new FlowLine(l.Line.Items, l.Leading, 0, group, i, lines.Count)
            {
                Unbreakable = true,
                Ascent = TypesetContext.AscentIn(l.Leading, l.Size),
            }));
        }
        return flow;
    }

    /// <summary>An entry: "7 · Title" in bold, the author in italic, then the description small, cut to <see cref="DescriptionLines"/>.</summary>
    private static List<(SetLine Line, double Leading, double Size)> EntryLines(TypesetContext context, BacklistEntry entry)
    {
        var theme = context.Theme;
        var lines = new List<(SetLine, double, double)>();
        var title = context.Body with { Bold = true };
        var titleText = entry.Number is { Length: > 0 } n ? $"{n} \u00B7 {entry.Title}" : entry.Title;
        var ragged = new ParagraphFormat(context.Measure, context.Leading, Alignment.Left, 0, theme.BodySize, Hyphenate: false);
        lines.AddRange(context.Set([new StyledSpan(titleText, title)], ragged, 1).Select(l => (l, context.Leading, title.Size)));
        if (entry.Author is { Length: > 0 } author)
            lines.AddRange(context.Set([new StyledSpan(author, context.Body with { Italic = true })], ragged, 1).Select(l => (l, context.Leading, theme.BodySize)));
        if (entry.Description is { Length: > 0 } description)
        {
            var format = new ParagraphFormat(context.Measure, theme.NoteLeading, Alignment.Left, Hyphenate: false);
            lines.AddRange(Description(context, description, format).Select(l => (l, theme.NoteLeading, theme.NoteSize)));
        }
        return lines;
    }

    /// <summary>The description's first sentence, cut at a word (with an ellipsis) to fit <see cref="DescriptionLines"/> lines.</summary>
    private static List<SetLine> Description(TypesetContext context, string description, ParagraphFormat format)
    {
        var text = FirstSentence(description);
        var set = context.Set([new StyledSpan(text, context.NoteText)], format, 1);
        if (set.Count <= DescriptionLines) return set;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int low = 1, high = words.Length - 1;
        var best = context.Set([new StyledSpan(words[0] + "\u2026", context.NoteText)], format, 1);
        while (low <= high)
        {
            int mid = (low + high) / 2;
            var candidate = string.Join(' ', words.Take(mid)).TrimEnd(',', ';', ':', '.', '\u2014', '\u2013', ' ') + "\u2026";
            var lines = context.Set([new StyledSpan(candidate, context.NoteText)], format, 1);
            if (lines.Count <= DescriptionLines) { best = lines; low = mid + 1; }
            else high = mid - 1;
        }
        return best;
    }

    /// <summary>
    /// Up to the first full stop, question or exclamation mark that follows a lower-case letter
    /// or a digit and precedes a space and a capital (so "Mr. X" and "U.S. aid" do not end it).
    /// </summary>
    public static string FirstSentence(string text)
    {
        text = text.Trim();
        for (int i = 1; i < text.Length - 2; i++)
            if (text[i] is '.' or '?' or '!' && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1]))
                && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
                return text[..(i + 1)];
        return text;
    }

    /// <summary>A notes page: a small "Notes" heading and hairline rules to the foot of the type area.</summary>
    private static List<FlowItem> NotesPage(TypesetContext context)
    {
        var theme = context.Theme;
        var style = new TextStyle(FontRole.Headings, false, true, theme.BodySize, theme.HeadingColour);
        var flow = new List<FlowItem>();
        var heading = context.Set([new StyledSpan("Notes", style)], new ParagraphFormat(context.Measure, context.Leading, Alignment.Left, Hyphenate: false), 1);
        flow.AddRange(Flow.Lines(heading, context.Leading, 0, context.NextGroup(), null, TypesetContext.AscentIn(context.Leading, style.Size)));
        double spacing = context.Leading * NotesRuleSpacing;
        int rules = (int)Math.Floor((context.AreaHeight - heading.Count * context.Leading) / spacing);
        var rule = new Rule(0, 0, context.Measure, 0, RuleThickness, RuleColour);
        for (int i = 0; i < rules; i++)
            flow.Add(new FlowLine([rule], spacing, 0, context.NextGroup(), 0, 1) { Ascent = spacing });
        flow.Add(new FlowPageBreak(false));
        return flow;
    }
}
