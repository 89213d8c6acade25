using Publish.Model;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// The endnotes section, on a new page or run on after the text as the theme's sections are: notes set smaller, one after
/// another without space, the number run in at the start and linking back to the note's first reference, grouped by chapter for chapter endnotes. With
/// footnotes it holds only the notes no line of the text refers to (normally none).
/// </summary>
internal sealed class NotesComposer(TypesetContext context, BlockComposer composer)
{
    public void Compose(Document doc) => Compose(doc, doc.Notes);

    public void Compose(Document doc, IReadOnlyList<Note> notes)
    {
        if (notes.Count == 0) return;
        bool newPage = context.Theme.Sections == Styling.SectionOpening.NewPage;
        if (newPage) composer.Add(new FlowPageBreak(false));
        composer.Add(new FlowSection("notes", "Notes", 1, newPage, true));
        composer.ComposeHeading(new Heading(1, [new Model.Text("Notes")], "notes"), 1, context.Measure, 0);
        var setter = new NoteSetter(context);
        setter.Prepare(notes);
        string? section = null;
        foreach (var note in notes)
        {
            if (doc.Metadata.Notes == NotesMode.ChapterEndnotes && note.SectionId != section)
            {
                section = note.SectionId;
                var title = doc.Sections.FirstOrDefault(s => s.Id == section)?.Title ?? "";
                if (title.Length > 0) composer.ComposeHeading(new Heading(2, [new Model.Text(title)], ""), 3, context.Measure, 0);
            }
            // Notes follow each other without space, as LaTeX's endnotes set them: each opens
            // with its number at the margin, and a note's later paragraphs are indented.
            foreach (var line in setter.Lines(note)) composer.Add(line);
        }
    }
}
