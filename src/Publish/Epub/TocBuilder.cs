using Publish.Model;

namespace Publish.Epub;

/// <summary>An entry of the table of contents: its label, where it points, and sub-entries.</summary>
internal sealed record TocEntry(string Label, string Href, IReadOnlyList<TocEntry> Children);

/// <summary>
/// Builds the table of contents shared by nav.xhtml and toc.ncx, in spine order: each section
/// with the subheadings one level below it, then the chronology, the notes and the colophon.
/// </summary>
internal static class TocBuilder
{
    public static IReadOnlyList<TocEntry> Build(EpubContext context)
    {
        var doc = context.Doc;
        var entries = new List<TocEntry>();
        for (int i = 0; i < doc.Sections.Count; i++)
        {
            var section = doc.Sections[i];
            var file = context.SectionFiles[i];
            var label = NonEmpty(section.Title) ?? doc.Metadata.Title;
            entries.Add(new TocEntry(Clean(label), file, Subheadings(section, file)));
        }
        if (doc.Chronology is { } chronology)
            entries.Add(new TocEntry(Clean(ChronologyXhtmlWriter.Title(chronology)), EpubContext.ChronologyFile, []));
        if (doc.Notes.Count > 0)
            entries.Add(new TocEntry(context.Labels.Notes, EpubContext.NotesFile, []));
        entries.Add(new TocEntry(context.Labels.Colophon, ColophonWriter.File, []));
        return entries;
    }

    /// <summary>The deepest nesting of the entries (1 when flat).</summary>
    public static int Depth(IReadOnlyList<TocEntry> entries) =>
        entries.Count == 0 ? 0 : 1 + entries.Max(e => Depth(e.Children));

    private static IReadOnlyList<TocEntry> Subheadings(Section section, string file)
    {
        var headings = section.Blocks.OfType<Heading>().Where(h => h.Id.Length > 0).ToList();
        if (headings.Count == 0) return [];
        int level = headings.Min(h => h.Level);
        return headings
            .Where(h => h.Level == level && NonEmpty(Inline.PlainText(h.Content)) is not null)
            .Select(h => new TocEntry(Clean(Inline.PlainText(h.Content)), EpubIds.Href(file, h.Id), []))
            .ToList();
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Collapses runs of white space so labels read as one line.</summary>
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
