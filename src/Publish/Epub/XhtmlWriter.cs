using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Writes one section of the text as an XHTML content document: a bodymatter body holding a
/// <c>&lt;section epub:type="chapter" role="doc-chapter"&gt;</c> labelled by its h1.
/// </summary>
internal static class XhtmlWriter
{
    /// <summary>Section → XHTML bytes. Page-break markers are placed as the ids go by.</summary>
    public static byte[] Write(EpubContext context, int index)
    {
        var section = context.Doc.Sections[index];
        var file = context.SectionFiles[index];
        var headingId = section.Heading is { Id.Length: > 0 } h ? h.Id : null;
        var title = section.Title is { Length: > 0 } t ? t : context.Doc.Metadata.Title;
        var html = XhtmlBuilder.Begin(title, context.Lang, EpubContext.CssHref, "bodymatter");

        // The section element carries the section id unless the heading already does.
        var sectionId = section.Id.Length > 0 && section.Id != headingId ? section.Id : null;
        context.WriteBreaksBefore(html, file, sectionId);
        html.Start("section", ("id", sectionId), ("epub:type", "chapter"), ("role", "doc-chapter"),
            ("aria-labelledby", headingId)).Line();
        var blocks = new BlockXhtmlWriter(context, html, file, section.Id);
        if (section.Heading is not null)
        {
            context.WriteBreaksBefore(html, file, headingId);
            html.Start("h1", ("id", headingId));
            blocks.Inlines.Write(section.Heading.Content);
            html.EndLine();
        }
        blocks.WriteAll(section.Blocks);
        html.EndLine();
        return html.Finish();
    }
}
