using System.Text;
using Publish.Pdf.Objects;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// The PDF backend: pages of frames → a PDF file. Fonts are embedded as subset CID TrueType
/// (Identity-H, glyph ids = CIDs, our own ToUnicode map); glyph runs become one TJ each with
/// exact positions; rules, rectangles, images, links, named destinations and bookmarks follow
/// the frames. The same frames and options give the same bytes.
/// </summary>
internal static class PdfRenderer
{
    /// <summary>Renders <paramref name="pages"/> and writes the finished PDF to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<Page> pages, PdfRenderOptions options, IFontSource fonts, Stream output)
        => output.Write(Render(pages, options, fonts));

    /// <summary>Renders <paramref name="pages"/> into the finished PDF bytes.</summary>
    public static byte[] Render(IReadOnlyList<Page> pages, PdfRenderOptions options, IFontSource fonts)
        => Write(RenderedDocument.Draw(pages, options, fonts));

    /// <summary>Writes a drawn document as a PDF file of its pages.</summary>
    public static byte[] Write(RenderedDocument document)
    {
        var options = document.Options;
        var writer = new PdfFileWriter(document.Pages.Sum(p => p.CompressedContent.Length) + (1 << 16));
        int catalog = writer.Reserve(), pageTree = writer.Reserve();
        var pageObjects = document.Pages.Select(_ => writer.Reserve()).ToArray();
        var shared = document.WriteResources(writer);
        double marks = options.PrintMode ? Math.Max(0, options.MarksMargin) : 0;
        for (int i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            int contents = writer.Reserve();
            writer.WriteStream(contents, "/Filter/FlateDecode", page.CompressedContent);
            var annotations = WriteLinks(writer, page);
            var g = page.Geometry;
            var sb = new StringBuilder("<</Type/Page/Parent ").AppendReference(pageTree).Append("/MediaBox").AppendRect(0, 0, g.MediaWidth, g.MediaHeight);
            if (options.PrintMode)
            {
                // MediaBox = everything; BleedBox = the MediaBox less the marks margin; TrimBox = the frame page.
                sb.Append("/BleedBox").AppendRect(marks, marks, g.MediaWidth - marks, g.MediaHeight - marks)
                    .Append("/TrimBox").AppendRect(g.Offset, g.Offset, g.Offset + page.Page.Width, g.Offset + page.Page.Height);
            }
            shared.AppendFor(sb.Append("/Contents ").AppendReference(contents), page);
            if (annotations.Count > 0) sb.Append("/Annots").AppendReferences(annotations);
            writer.WriteObject(pageObjects[i], sb.Append(">>"));
        }
        writer.WriteObject(pageTree, PdfSyntax.PageTree(pageObjects));

        var destinations = document.Navigation.WriteDestinations(writer, pageObjects);
        var outlines = document.Navigation.WriteOutlines(writer, pageObjects);
        var catalogue = new StringBuilder("<</Type/Catalog/Pages ").AppendReference(pageTree)
            .Append("/PageLayout/SinglePage/PageMode").Append(outlines is null ? "/UseNone" : "/UseOutlines")
            .Append("/ViewerPreferences<</DisplayDocTitle true>>");
        if (outlines is int o) catalogue.Append("/Outlines ").AppendReference(o);
        if (destinations is int d) catalogue.Append("/Names<</Dests ").AppendReference(d).Append(">>");
        if (options.Language.Length > 0) catalogue.Append("/Lang").AppendText(options.Language);
        catalogue.Append("/Metadata ").AppendReference(DocumentInfo.WriteMetadata(writer, options));
        if (options.PrintMode) catalogue.Append("/OutputIntents").Append(OutputIntent.Write(writer));
        writer.WriteObject(catalog, catalogue.Append(">>"));
        int info = DocumentInfo.WriteInfo(writer, options);
        return writer.Finish(catalog, info);
    }

    /// <summary>Link annotations: a URI action for external targets, a named destination for internal ones.</summary>
    private static List<int> WriteLinks(PdfFileWriter writer, RenderedPage page)
    {
        var numbers = new List<int>(page.Links.Count);
        foreach (var link in page.Links)
        {
            var g = page.Geometry;
            var r = link.Area;
            var sb = new StringBuilder("<</Type/Annot/Subtype/Link/Rect").AppendRect(g.X(r.X), g.Y(r.Bottom), g.X(r.Right), g.Y(r.Y))
                .Append("/Border[0 0 0]/F 4/A<<");
            if (link.External) sb.Append("/S/URI/URI").AppendBytes(link.Target);
            else sb.Append("/S/GoTo/D").AppendBytes(link.Target);
            int number = writer.Reserve();
            writer.WriteObject(number, sb.Append(">>>>"));
            numbers.Add(number);
        }
        return numbers;
    }
}
