using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// The chronology appendix, on a new page or run on after the text as the theme's sections are: its note, then year headings kept with their first entries, each
/// entry's date in a hanging column as wide as the longest date, the event set with the same
/// line breaking as the text, and short entries never split across pages.
/// </summary>
internal sealed class ChronologyComposer(TypesetContext context, BlockComposer composer)
{
    /// <summary>Gap between the date column and the events, in ems.</summary>
    private const double GutterEms = 1.0;
    /// <summary>Entries up to this many lines are never split across pages.</summary>
    private const int UnbreakableLines = 6;
    /// <summary>The date column never takes more than this share of the measure.</summary>
    private const double MaxDateShare = 0.35;

    public void Compose(Chronology chronology, IReadOnlyDictionary<string, string> sectionTitles)
    {
        bool newPage = context.Theme.Sections == Styling.SectionOpening.NewPage;
        if (newPage) composer.Add(new FlowPageBreak(false));
        composer.Add(new FlowSection("chronology", chronology.Title, 1, newPage, true));
        composer.ComposeHeading(new Heading(1, [new Model.Text(chronology.Title)], "chronology"), 1, context.Measure, 0);
        var theme = context.Theme;
        var style = context.Body with { Size = theme.NoteSize + (theme.BodySize - theme.NoteSize) / 2 };
        double leading = Math.Round((theme.NoteLeading + theme.Leading) / 2, 2);
        if (chronology.Note is { Count: > 0 } note)
        {
            var lines = context.Set(InlineFlattener.Flatten(note, style with { Italic = true }),
                new ParagraphFormat(context.Measure, leading, Alignment.Left, Hyphenate: theme.Hyphenate), 1);
            int group = context.NextGroup();
            foreach (var line in Pagination.Flow.Lines(lines, leading, 0, group, null, TypesetContext.AscentIn(leading, style.Size)))
                composer.Add(line);
            composer.Space(context.Leading);
        }

        var dateFont = context.Fonts.Font(style with { Italic = true });
        double dateWidth = chronology.Entries.Select(e => dateFont.Measure(e.Date ?? "", style.Size)).DefaultIfEmpty(0).Max();
        double column = Math.Min(dateWidth + style.Size * GutterEms, context.Measure * MaxDateShare);
        var yearStyle = style with { Bold = true, Size = style.Size * 1.1 };
        int? year = null;
        foreach (var entry in chronology.Entries)
        {
            if (entry.Year != year)
            {
                year = entry.Year;
                composer.Space(leading / 2);
                var shaped = context.Fonts.Font(yearStyle).Shape(entry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), yearStyle.Size);
                composer.Add(new FlowLine([shaped.ToGlyphRun(0, 0, theme.HeadingColour)], leading * 1.5, 0, context.NextGroup(), 0, 1)
                    { KeepWithNext = true, Ascent = TypesetContext.AscentIn(leading * 1.5, yearStyle.Size) });
            }
            var spans = InlineFlattener.Flatten(entry.Event, style);
            if (entry.SeeAlso is { Length: > 0 } target && sectionTitles.TryGetValue(target, out var title))
                spans.Add(new StyledSpan($" (see \u201C{title}\u201D)", style with { Italic = true }, target));
            var format = new ParagraphFormat(context.Measure, leading, theme.Justify ? Alignment.Justify : Alignment.Left, column, column,
                theme.Hyphenate, theme.HyphenateCapitalised);
            var set = context.Set(spans, format, entry.Span.Line);
            if (set.Count == 0) continue;
            if (entry.Date is { Length: > 0 } date)
            {
                var dateRuns = context.Set([new StyledSpan(date, style with { Italic = true })],
                    new ParagraphFormat(column - style.Size * GutterEms, leading, Alignment.Left, Hyphenate: false), entry.Span.Line);
                for (int i = 0; i < dateRuns.Count && i < set.Count; i++)
                    set[i] = set[i] with { Items = [.. set[i].Items, .. dateRuns[i].Items] };
            }
            int group = context.NextGroup();
            foreach (var line in Pagination.Flow.Lines(set, leading, 0, group, null, TypesetContext.AscentIn(leading, style.Size),
                         unbreakable: set.Count <= UnbreakableLines))
                composer.Add(line);
            composer.Space(leading / 4);
        }
    }
}
