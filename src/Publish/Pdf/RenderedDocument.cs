using System.Text;
using Publish.Pdf.Objects;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// A document's pages drawn as PDF content, with everything they share: the fonts (with the
/// glyphs used), the images and the navigation. <see cref="PdfRenderer"/> writes it as a file of
/// pages; <see cref="BookletImposer"/> writes the same drawn pages as forms on A4 sheets, so the
/// print interior is drawn once for both.
/// </summary>
internal sealed class RenderedDocument
{
    private RenderedDocument(PdfRenderOptions options, IReadOnlyList<RenderedPage> pages, DocumentFontSet fonts, ImageCache images, NavigationBuilder navigation)
    {
        Options = options;
        Pages = pages;
        Fonts = fonts;
        Images = images;
        Navigation = navigation;
    }

    public PdfRenderOptions Options { get; }
    public IReadOnlyList<RenderedPage> Pages { get; }
    public DocumentFontSet Fonts { get; }
    public ImageCache Images { get; }
    public NavigationBuilder Navigation { get; }

    /// <summary>Draws <paramref name="pages"/> (print mode: with bleed and marks margin, without links) and deflates their content.</summary>
    public static RenderedDocument Draw(IReadOnlyList<Page> pages, PdfRenderOptions options, IFontSource fontSource)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fontSource);
        if (options.Tagged)
            throw new NotSupportedException("tagged PDF is not supported by the PDF backend yet");
        if (pages.Count == 0) throw new ArgumentException("a PDF needs at least one page", nameof(pages));

        var fonts = DocumentFontSet.Collect(pages, fontSource);
        var images = new ImageCache();
        var navigation = new NavigationBuilder();
        double margin = options.PrintMode ? Math.Max(0, options.Bleed) + Math.Max(0, options.MarksMargin) : 0;
        var renderer = new PageItemRenderer(fonts, images, links: !options.PrintMode);
        var rendered = new RenderedPage[pages.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            var geometry = PageGeometry.For(pages[i], margin);
            rendered[i] = renderer.Render(pages[i], geometry);
            navigation.Add(pages[i], i, geometry);
        }
        var compressed = ContentStreams.Compress(rendered.Select(p => p.Content).ToArray(), options.Parallel);
        for (int i = 0; i < rendered.Length; i++)
        {
            rendered[i].CompressedContent = compressed[i];
            rendered[i].Content.Clear();
        }
        return new RenderedDocument(options, rendered, fonts, images, navigation);
    }

    /// <summary>Writes the fonts and images every page may use; the result names their objects.</summary>
    public SharedResources WriteResources(PdfFileWriter writer)
        => new(Fonts.Write(writer, Options.Parallel), Images.Write(writer));

    /// <summary>Object numbers of the shared fonts and images by resource name.</summary>
    internal sealed record SharedResources(IReadOnlyDictionary<string, int> Fonts, IReadOnlyDictionary<string, int> Images)
    {
        /// <summary>A page's (or form's) resource dictionary: just the fonts and images its content uses.</summary>
        public StringBuilder AppendFor(StringBuilder sb, RenderedPage page)
        {
            sb.Append("/Resources<<");
            if (page.Fonts.Count > 0)
            {
                sb.Append("/Font<<");
                foreach (var name in page.Fonts) sb.Append(name).Append(' ').AppendReference(Fonts[name]);
                sb.Append(">>");
            }
            if (page.Images.Count > 0)
            {
                sb.Append("/XObject<<");
                foreach (var name in page.Images) sb.Append(name).Append(' ').AppendReference(Images[name]);
                sb.Append(">>");
            }
            return sb.Append(">>");
        }
    }
}
