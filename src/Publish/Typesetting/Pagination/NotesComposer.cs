using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// The endnotes section: notes set smaller, the number hanging in the margin of the text and
/// linking back to the note's first reference, grouped by chapter for chapter endnotes.
/// </summary>
internal sealed class NotesComposer(TypesetContext context, BlockComposer composer)
{
    /// <summary>Width of the hanging number column, in ems of the note size.</summary>
    private const double HangEms = 2.0;

    public void Compose(Document doc)
    {
        if (doc.Notes.Count == 0) return;
        composer.Add(new FlowPageBreak(false));
        composer.Add(new FlowSection("notes", "Notes", 1, true, true));
        composer.ComposeHeading(new Heading(1, [new Model.Text("Notes")], "notes"), 1, context.Measure, 0);
        var theme = context.Theme;
        double hang = theme.NoteSize * HangEms;
        string? section = null;
        foreach (var note in doc.Notes)
        {
            if (doc.Metadata.Notes == NotesMode.ChapterEndnotes && note.SectionId != section)
            {
                section = note.SectionId;
                var title = doc.Sections.FirstOrDefault(s => s.Id == section)?.Title ?? "";
                if (title.Length > 0) composer.ComposeHeading(new Heading(2, [new Model.Text(title)], ""), 3, context.Measure, 0);
            }
            bool first = true;
            foreach (var block in note.Blocks)
            {
                var inlines = block is Paragraph p ? p.Content : [new Model.Text(Inline.PlainText(Flatten(block)))];
                var format = new ParagraphFormat(context.Measure, theme.NoteLeading, theme.Justify ? Alignment.Justify : Alignment.Left,
                    first ? hang : hang + theme.ParagraphIndent * theme.NoteSize / theme.BodySize, hang, theme.Hyphenate, theme.HyphenateCapitalised);
                var lines = context.Set(InlineFlattener.Flatten(inlines, context.NoteText), format, note.Span.Line);
                if (lines.Count == 0) continue;
                if (first) lines[0] = lines[0] with { Items = [.. lines[0].Items, .. Number(note, hang)] };
                int group = context.NextGroup();
                foreach (var line in Pagination.Flow.Lines(lines, theme.NoteLeading, 0, group, null, TypesetContext.AscentIn(theme.NoteLeading, theme.NoteSize)))
                    composer.Add(line);
                first = false;
            }
            composer.Space(theme.NoteLeading / 3);
        }
    }

    private IEnumerable<FrameItem> Number(Note note, double hang)
    {
        var style = context.NoteText;
        var shaped = context.Fonts.Font(style).Shape($"{note.Number}.", style.Size);
        double x = hang - shaped.Width - style.Size * 0.5;
        yield return new Anchor(note.Id, -style.Size * 1.2);
        yield return shaped.ToGlyphRun(x, 0, style.Colour);
        if (note.RefIds.Count > 0)
            yield return new LinkArea(new Rect(x, -style.Size, shaped.Width, style.Size * 1.3), note.RefIds[0], false);
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
