using PdfSharp.Drawing;
using PdfSharp.Pdf;
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
    {
        var bytes = Render(pages, options, fonts);
        output.Write(bytes);
    }

    /// <summary>Renders <paramref name="pages"/> into the finished PDF bytes.</summary>
    public static byte[] Render(IReadOnlyList<Page> pages, PdfRenderOptions options, IFontSource fonts)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fonts);
        if (options.Tagged)
            throw new NotSupportedException("tagged PDF is not supported by the PDF backend yet");
        if (pages.Count == 0) throw new ArgumentException("a PDF needs at least one page", nameof(pages));

        var resolver = PdfSharpRuntime.EnsureInitialised();
        using var document = new PdfDocument();
        PdfDocumentSetup.Apply(document, options);
        if (options.PrintMode) OutputIntent.Add(document);

        var fontSet = DocumentFontSet.Collect(pages, fonts, resolver);
        fontSet.Register(document);

        double bleed = options.PrintMode ? Math.Max(0, options.Bleed) : 0;
        double marks = options.PrintMode ? Math.Max(0, options.MarksMargin) : 0;
        using var images = new ImageCache();
        var renderer = new PageItemRenderer(fontSet, images, links: !options.PrintMode,
            options.ModificationDate ?? options.CreationDate);
        var navigation = new NavigationBuilder(document);
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var geometry = PageGeometry.For(page, bleed + marks);
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(geometry.MediaWidth);
            pdfPage.Height = XUnit.FromPoint(geometry.MediaHeight);
            if (options.PrintMode) SetPrintBoxes(pdfPage, page, geometry, marks);
            renderer.Render(page, pdfPage, geometry);
            navigation.Add(page, pdfPage, i + 1, geometry);
        }
        ContentStreams.Compress(document.Pages, options.Parallel);
        navigation.WriteDestinations();
        document.PageMode = navigation.HasOutlines ? PdfPageMode.UseOutlines : PdfPageMode.UseNone;
        return PdfFileFinisher.Save(document, fontSet);
    }

    /// <summary>MediaBox = everything; BleedBox = the MediaBox less the marks margin; TrimBox = the frame page.</summary>
    private static void SetPrintBoxes(PdfPage pdfPage, Page page, PageGeometry geometry, double marks)
    {
        pdfPage.MediaBox = new PdfRectangle(new XPoint(0, 0), new XPoint(geometry.MediaWidth, geometry.MediaHeight));
        pdfPage.BleedBox = new PdfRectangle(new XPoint(marks, marks), new XPoint(geometry.MediaWidth - marks, geometry.MediaHeight - marks));
        pdfPage.TrimBox = new PdfRectangle(new XPoint(geometry.Offset, geometry.Offset),
            new XPoint(geometry.Offset + page.Width, geometry.Offset + page.Height));
    }
}
