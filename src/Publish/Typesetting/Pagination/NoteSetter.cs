using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// Sets one note's text as flow lines at the note size and leading, for the endnotes section and
/// for footnotes alike: the number run in at the start of the first line (continuation lines
/// take the full measure, which saves the lines a hanging number column costs), the destination
/// the references link to, and a link from the number back to the reference. Each paragraph of the
/// note is its own group, so page breaks inside a note keep the widow and orphan rules.
/// </summary>
internal sealed class NoteSetter(TypesetContext context)
{
    /// <summary>Space between the run-in number and the note's text, in ems of the note size (an en space).</summary>
    private const double NumberGapEms = 0.5;

    /// <summary>Paragraphs set ahead by <see cref="Prepare"/>, by note and block.</summary>
    private readonly Dictionary<(Note Note, int Block), DeferredParagraph> _prepared = [];

    /// <summary>
    /// Sets the paragraphs of <paramref name="notes"/> ahead, at once on the spare cores when the
    /// context allows, as <see cref="Lines"/> will ask for them (a note whose paragraph comes out
    /// empty asks differently for the next, which is then set when asked for).
    /// </summary>
    public void Prepare(IReadOnlyList<Note> notes)
    {
        var keys = notes.SelectMany(note => note.Blocks.Select((_, block) => (note, block))).ToList();
        // Only enumerated when the context sets paragraphs ahead at all.
        var set = context.Prepare(keys.Select(key =>
            (Spans(key.note.Blocks[key.block]), Format(key.block == 0, RunIn(Number(key.note))), key.note.Span.Line)));
        for (int i = 0; i < set.Count; i++) _prepared[keys[i]] = set[i];
    }

    /// <summary>The note's lines; the number links back to <paramref name="backTarget"/> (default: the first reference).</summary>
    public List<FlowLine> Lines(Note note, string? backTarget = null)
    {
        var theme = context.Theme;
        var result = new List<FlowLine>();
        bool first = true;
        var number = Number(note);
        double runIn = RunIn(number);
        for (int i = 0; i < note.Blocks.Count; i++)
        {
            var format = Format(first, runIn);
            var lines = context.Take(_prepared.GetValueOrDefault((note, i)), format, note.Span.Line)
                        ?? context.Set(Spans(note.Blocks[i]), format, note.Span.Line);
            if (lines.Count == 0) continue;
            if (first) lines[0] = lines[0] with { Items = [.. lines[0].Items, .. Number(note, number, backTarget ?? note.RefIds.FirstOrDefault())] };
            int group = context.NextGroup();
            result.AddRange(Flow.Lines(lines, theme.NoteLeading, 0, group, null, TypesetContext.AscentIn(theme.NoteLeading, theme.NoteSize)));
            first = false;
        }
        return result;
    }

    private ShapedText Number(Note note) => context.Fonts.Font(context.NoteText).Shape($"{note.Number}.", context.Theme.NoteSize);

    private double RunIn(ShapedText number) => number.Width + context.Theme.NoteSize * NumberGapEms;

    private IReadOnlyList<StyledSpan> Spans(Block block) =>
        InlineFlattener.Flatten(block is Paragraph p ? p.Content : [new Model.Text(Inline.PlainText(Flatten(block)))], context.NoteText);

    /// <summary>The first paragraph of a note runs in after the number; later ones are indented.</summary>
    private ParagraphFormat Format(bool first, double runIn)
    {
        var theme = context.Theme;
        return new ParagraphFormat(context.Measure, theme.NoteLeading, theme.Justify ? Alignment.Justify : Alignment.Left,
            first ? runIn : theme.ParagraphIndent * theme.NoteSize / theme.BodySize, 0, theme.Hyphenate, theme.HyphenateCapitalised);
    }

    private IEnumerable<FrameItem> Number(Note note, ShapedText shaped, string? backTarget)
    {
        var style = context.NoteText;
        const double x = 0;
        yield return new Anchor(note.Id, -style.Size * 1.2);
        yield return shaped.ToGlyphRun(x, 0, style.Colour);
        if (backTarget is not null)
            yield return new LinkArea(new Rect(x, -style.Size, shaped.Width, style.Size * 1.3), backTarget, false);
    }

    private static IEnumerable<Inline> Flatten(Block block) => block switch
    {
        Heading h => h.Content,
        BlockQuote q => q.Blocks.SelectMany(Flatten).Append(new Model.Text(" ")),
        ListBlock l => l.Items.SelectMany(i => i.SelectMany(Flatten).Append(new Model.Text(" "))),
        CodeBlock c => [new Code(c.Text)],
        _ => [],
    };
}
