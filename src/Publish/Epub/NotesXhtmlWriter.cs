using System.Globalization;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Writes <c>notes.xhtml</c>: an endnotes section (grouped under chapter titles for chapter
/// endnotes) listing each note as an <c>li epub:type="endnote"</c> with its id, its visible
/// number, and a back link to every reference that points at it.
/// </summary>
internal static class NotesXhtmlWriter
{
    private const string BackArrow = "\u21A9\uFE0E";

    public static byte[] Write(EpubContext context)
    {
        var labels = context.Labels;
        var html = XhtmlBuilder.Begin(labels.Notes, context.Lang, EpubContext.CssHref, "backmatter");
        context.WriteBreaksBefore(html, EpubContext.NotesFile, "notes");
        html.Start("section", ("id", "notes"), ("epub:type", "endnotes"), ("role", "doc-endnotes"),
            ("aria-labelledby", "notes-title")).Line();
        html.Start("h1", ("id", "notes-title")).Text(labels.Notes).EndLine();
        var blocks = new BlockXhtmlWriter(context, html, EpubContext.NotesFile, sectionId: null, minRank: 3);
        if (context.Doc.Metadata.Notes == NotesMode.ChapterEndnotes)
        {
            foreach (var group in Groups(context.Doc))
            {
                var title = group.Key?.Title ?? (group.Key is null ? null : context.Doc.Metadata.Title);
                var groupId = "notes-" + EpubIds.Safe(group.Key?.Id ?? "other");
                html.Start("section", ("aria-labelledby", title is null ? null : groupId)).Line();
                if (title is not null) html.Start("h2", ("id", groupId)).Text(title).EndLine();
                WriteList(context, html, blocks, group.Notes);
                html.EndLine();
            }
        }
        else WriteList(context, html, blocks, context.Doc.Notes);
        html.EndLine();
        return html.Finish();
    }

    /// <summary>Notes by the section of their first reference, in section order; strays last.</summary>
    private static IEnumerable<(Section? Key, IReadOnlyList<Note> Notes)> Groups(Document doc)
    {
        foreach (var section in doc.Sections)
        {
            var notes = doc.Notes.Where(n => n.SectionId == section.Id).ToList();
            if (notes.Count > 0) yield return (section, notes);
        }
        var known = doc.Sections.Select(s => s.Id).ToHashSet();
        var strays = doc.Notes.Where(n => !known.Contains(n.SectionId)).ToList();
        if (strays.Count > 0) yield return (null, strays);
    }

    private static void WriteList(EpubContext context, XhtmlBuilder html, BlockXhtmlWriter blocks, IReadOnlyList<Note> notes)
    {
        html.Start("ol", ("class", "notes")).Line();
        foreach (var note in notes) WriteNote(context, html, blocks, note);
        html.EndLine();
    }

    private static void WriteNote(EpubContext context, XhtmlBuilder html, BlockXhtmlWriter blocks, Note note)
    {
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        // No role="doc-endnote": DPUB-ARIA 1.1 deprecates it (the li's own listitem role is
        // what doc-endnotes expects) and axe-core, hence DAISY Ace, flags it. epub:type stays
        // for reading systems' note pop-ups.
        html.Start("li", ("id", note.Id), ("epub:type", "endnote")).Line();
        void Number() => html.Start("span", ("class", "note-number")).Text(number + ".").End().Text(" ");
        void BackLinks() => WriteBackLinks(context, html, note, leadingSpace: true);

        var items = note.Blocks;
        bool numberInline = items.Count > 0 && items[0] is Paragraph;
        bool linksInline = items.Count > 0 && items[^1] is Paragraph;
        if (!numberInline) html.Start("p", ("class", "note-number")).Text(number + ".").EndLine();
        for (int i = 0; i < items.Count; i++)
        {
            var previous = i == 0 ? null : items[i - 1];
            if (items[i] is Paragraph p && (i == 0 || i == items.Count - 1))
                blocks.WriteParagraph(p, previous,
                    before: i == 0 && numberInline ? Number : null,
                    after: i == items.Count - 1 && linksInline ? BackLinks : null);
            else blocks.Write(items[i], previous);
        }
        if (!linksInline && note.RefIds.Any(id => context.FileOf(id) is not null))
        {
            html.Start("p", ("class", "backlinks"));
            WriteBackLinks(context, html, note, leadingSpace: false);
            html.EndLine();
        }
        html.EndLine();
    }

    /// <summary>One "↩" link per reference; several are told apart by a letter (↩a ↩b).</summary>
    private static void WriteBackLinks(EpubContext context, XhtmlBuilder html, Note note, bool leadingSpace)
    {
        var refs = note.RefIds.Where(id => context.FileOf(id) is not null).ToList();
        for (int i = 0; i < refs.Count; i++)
        {
            var href = EpubIds.Href(context.FileOf(refs[i])!, refs[i]);
            var suffix = refs.Count > 1 ? ((char)('a' + i % 26)).ToString() : "";
            var label = $"{context.Labels.BackToReference} {note.Number.ToString(CultureInfo.InvariantCulture)}{suffix}";
            if (leadingSpace || i > 0) html.Text(" ");
            html.Start("a", ("href", href), ("role", "doc-backlink"), ("class", "backlink"), ("aria-label", label));
            html.Text(BackArrow + suffix);
            html.End();
        }
    }
}
