namespace Publish.Epub;

/// <summary>
/// Writes <c>nav.xhtml</c>, the EPUB navigation document, which is also the visible contents
/// page in the spine: the toc nav (sections nested with their subheadings), the landmarks,
/// and — when print page breaks were placed — the page-list. The last two are hidden.
/// </summary>
internal static class NavWriter
{
    public static byte[] Write(EpubContext context, IReadOnlyList<TocEntry> toc, bool hasCover)
    {
        var labels = context.Labels;
        var html = XhtmlBuilder.Begin(labels.Contents, context.Lang, EpubContext.CssHref, "frontmatter");

        html.Start("nav", ("id", "toc"), ("epub:type", "toc"), ("role", "doc-toc"), ("aria-labelledby", "toc-title")).Line();
        html.Start("h1", ("id", "toc-title")).Text(labels.Contents).EndLine();
        WriteEntries(html, toc);
        html.EndLine();

        html.Start("nav", ("id", "landmarks"), ("epub:type", "landmarks"), ("aria-labelledby", "landmarks-title"),
            ("hidden", "hidden")).Line();
        html.Start("h2", ("id", "landmarks-title")).Text(labels.Landmarks).EndLine();
        html.Start("ol").Line();
        foreach (var (type, href, label) in Landmarks(context, hasCover))
            html.Start("li").Start("a", ("epub:type", type), ("href", href)).Text(label).End().EndLine();
        html.EndLine();
        html.EndLine();

        if (context.PlacedBreaks.Count > 0)
        {
            html.Start("nav", ("id", "page-list"), ("epub:type", "page-list"), ("aria-labelledby", "page-list-title"),
                ("hidden", "hidden")).Line();
            html.Start("h2", ("id", "page-list-title")).Text(labels.Pages).EndLine();
            html.Start("ol").Line();
            foreach (var page in context.PlacedBreaks)
                html.Start("li").Start("a", ("href", page.Href)).Text(page.PageLabel).End().EndLine();
            html.EndLine();
            html.EndLine();
        }
        return html.Finish();
    }

    /// <summary>The landmarks, in reading order: (epub:type, href, label).</summary>
    public static IEnumerable<(string Type, string Href, string Label)> Landmarks(EpubContext context, bool hasCover)
    {
        var labels = context.Labels;
        if (hasCover) yield return ("cover", CoverPageWriter.File, labels.Cover);
        yield return ("titlepage", TitlePageWriter.File, labels.TitlePage);
        yield return ("toc", EpubContext.NavFile + "#toc", labels.Contents);
        if (context.SectionFiles.Count > 0) yield return ("bodymatter", context.SectionFiles[0], labels.BeginReading);
        if (context.Doc.Chronology is { } chronology)
            yield return ("appendix", EpubContext.ChronologyFile, ChronologyXhtmlWriter.Title(chronology));
        if (context.Doc.Notes.Count > 0) yield return ("endnotes", EpubContext.NotesFile, labels.Notes);
        yield return ("colophon", ColophonWriter.File, labels.Colophon);
    }

    private static void WriteEntries(XhtmlBuilder html, IReadOnlyList<TocEntry> entries)
    {
        html.Start("ol").Line();
        foreach (var entry in entries)
        {
            html.Start("li").Start("a", ("href", entry.Href)).Text(entry.Label).End();
            if (entry.Children.Count > 0)
            {
                html.Line();
                WriteEntries(html, entry.Children);
            }
            html.EndLine();
        }
        html.EndLine();
    }
}
