using Publish.Model;
using Publish.Styling;

namespace Publish.Epub;

/// <summary>
/// The EPUB 3 writer's entry point: Document + Theme → a deterministic EPUB. It projects the
/// model (cover, title page, contents, one XHTML file per section, chronology, endnotes,
/// colophon), generates the CSS from the theme, writes nav, NCX and package document, and
/// zips it all. It never changes what the text says.
/// </summary>
internal static class EpubWriter
{
    public static void Write(Document doc, Theme theme, EpubOptions options, Stream output)
    {
        var bytes = Build(doc, theme, options);
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>The EPUB's bytes, built in memory.</summary>
    public static byte[] Build(Document doc, Theme theme, EpubOptions options)
    {
        var images = EpubImages.Collect(doc);
        var context = new EpubContext(doc, options, images);
        bool hasCover = options.CoverPng is { Length: > 0 };

        // Reading order first, so page-break markers are placed before the page-list is written.
        var sections = new List<EpubItem>();
        for (int i = 0; i < doc.Sections.Count; i++)
            sections.Add(Page($"sec-{i + 1:D2}", context.SectionFiles[i], XhtmlWriter.Write(context, i)));
        var chronology = doc.Chronology is null ? null
            : Page("chronology", EpubContext.ChronologyFile, ChronologyXhtmlWriter.Write(context, doc.Chronology));
        var notes = doc.Notes.Count == 0 ? null : Page("notes", EpubContext.NotesFile, NotesXhtmlWriter.Write(context));
        var toc = TocBuilder.Build(context);

        var items = new List<EpubItem>();
        if (hasCover) items.Add(Page("cover", CoverPageWriter.File, CoverPageWriter.Write(context)));
        items.Add(Page("titlepage", TitlePageWriter.File, TitlePageWriter.Write(context)));
        items.Add(Page("nav", EpubContext.NavFile, NavWriter.Write(context, toc, hasCover)) with { Properties = "nav" });
        items.AddRange(sections);
        if (chronology is not null) items.Add(chronology);
        if (notes is not null) items.Add(notes);
        items.Add(Page("colophon", ColophonWriter.File, ColophonWriter.Write(context, theme)));
        items.Add(new EpubItem("ncx", "toc.ncx", "application/x-dtbncx+xml", NcxWriter.Write(context, toc)));
        items.Add(new EpubItem("css", EpubContext.CssHref, "text/css",
            System.Text.Encoding.UTF8.GetBytes(EpubCss.Generate(theme, options.BaseCss))));
        if (hasCover)
            items.Add(new EpubItem("cover-image", CoverPageWriter.ImageHref, "image/png", options.CoverPng!) { Properties = "cover-image" });
        items.AddRange(images.Items);

        var accessibility = new EpubAccessibility(
            HasImages: hasCover || images.Items.Count > 0,
            HasPageList: context.PlacedBreaks.Count > 0,
            HasNotes: doc.Notes.Count > 0,
            PageBreakSource: options.PageBreakSource);
        var package = OpfWriter.Write(context, items, accessibility);
        return EpubPackager.Pack(package, items, EpubDates.ZipTime(doc.Metadata.Modified));
    }

    private static EpubItem Page(string id, string href, byte[] content) =>
        new(id, href, "application/xhtml+xml", content) { InSpine = true };
}
