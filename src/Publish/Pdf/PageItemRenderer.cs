using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Renders one frame page onto a PDF page, walking its items in order: glyph runs, rules and
/// filled rectangles as raw content (each inside q … Q, so PDFsharp's graphics state stays
/// untouched; see <see cref="RawContent"/>), images through XGraphics, and links as annotations (skipped in print mode).
/// Anchors and outline entries are left to <see cref="NavigationBuilder"/>.
/// </summary>
internal sealed class PageItemRenderer
{
    private readonly DocumentFontSet _fonts;
    private readonly ImageCache _images;
    private readonly bool _links;
    private readonly string _annotationDate;
    private int _linkCount;

    public PageItemRenderer(DocumentFontSet fonts, ImageCache images, bool links, DateTimeOffset date)
    {
        _fonts = fonts;
        _images = images;
        _links = links;
        _annotationDate = "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z";
    }

    /// <summary>Draws <paramref name="page"/>'s items onto <paramref name="pdfPage"/>.</summary>
    public void Render(Page page, PdfPage pdfPage, PageGeometry geometry)
    {
        using var gfx = XGraphics.FromPdfPage(pdfPage);
        var raw = new RawContent(gfx);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run when run.Glyphs.Count > 0:
                    if (_fonts.TryGetResourceName(pdfPage, run.FontKey, out var name))
                        raw.EndItem(GlyphRunWriter.Write(raw.BeginItem(), run, _fonts[run.FontKey], name, geometry));
                    break;
                case Rule rule:
                    raw.EndItem(WriteRule(raw.BeginItem(), rule, geometry));
                    break;
                case FilledRect rect:
                    raw.EndItem(WriteRect(raw.BeginItem(), rect, geometry));
                    break;
                case ImageFrame image:
                    raw.Restore();
                    DrawImage(gfx, image, geometry);
                    break;
                case LinkArea link when _links:
                    AddLink(pdfPage, link, geometry);
                    break;
            }
        }
        raw.Restore();
    }

    /// <summary>
    /// Our own content written into PDFsharp's content stream, inside one PDFsharp Save/Restore
    /// (which closes any text object PDFsharp has open and brackets ours in q … Q), each item in
    /// a q … Q of its own so no state (colour, line width, Tz) leaks into the next. One Save for
    /// a stretch of items rather than one each: a Save copies PDFsharp's graphics state.
    /// </summary>
    private sealed class RawContent(XGraphics gfx)
    {
        private XGraphicsState? _state;

        /// <summary>The content stream, with the item's q written.</summary>
        public StringBuilder BeginItem()
        {
            _state ??= gfx.Save();
            return gfx.Internals.ContentStringBuilder.Append("q\n");
        }

        /// <summary>Writes the item's Q.</summary>
        public void EndItem(StringBuilder content) => content.Append("Q\n");

        /// <summary>Gives the content stream back to PDFsharp.</summary>
        public void Restore()
        {
            if (_state is null) return;
            gfx.Restore(_state);
            _state = null;
        }
    }

    private static StringBuilder WriteRule(StringBuilder sb, Rule rule, PageGeometry g)
    {
        sb.AppendColour(rule.Colour).Append(" RG ").AppendNumber(rule.Thickness).Append(" w 0 J\n");
        sb.AppendNumber(g.X(rule.X1)).Append(' ').AppendNumber(g.Y(rule.Y1)).Append(" m ");
        return sb.AppendNumber(g.X(rule.X2)).Append(' ').AppendNumber(g.Y(rule.Y2)).Append(" l S\n");
    }

    private static StringBuilder WriteRect(StringBuilder sb, FilledRect rect, PageGeometry g)
    {
        var a = rect.Area;
        sb.AppendColour(rect.Colour).Append(" rg ");
        return sb.AppendNumber(g.X(a.X)).Append(' ').AppendNumber(g.Y(a.Bottom)).Append(' ')
            .AppendNumber(a.Width).Append(' ').AppendNumber(a.Height).Append(" re f\n");
    }

    private void DrawImage(XGraphics gfx, ImageFrame frame, PageGeometry geometry)
    {
        var image = _images.Get(frame.Path);
        var area = geometry.ToGraphics(frame.Area);
        double w = image.PointWidth, h = image.PointHeight;
        if (w <= 0 || h <= 0) return;
        // Cover: scale to fill the area and clip the overflow; otherwise fit inside, centred.
        double scale = frame.Cover ? Math.Max(area.Width / w, area.Height / h) : Math.Min(area.Width / w, area.Height / h);
        var target = new XRect(area.X + (area.Width - w * scale) / 2, area.Y + (area.Height - h * scale) / 2, w * scale, h * scale);
        var state = gfx.Save();
        if (frame.Cover) gfx.IntersectClip(area);
        gfx.DrawImage(image, target);
        gfx.Restore(state);
    }

    private void AddLink(PdfPage page, LinkArea link, PageGeometry geometry)
    {
        var rect = geometry.ToPdf(link.Area);
        var annotation = link.External ? page.AddWebLink(rect, link.Target) : page.AddDocumentLink(rect, link.Target);
        annotation.Flags = PdfSharp.Pdf.Annotations.PdfAnnotationFlags.Print;
        // PDFsharp stamps the current time and a random GUID; use the document date and a counter.
        annotation.Elements.SetString("/M", _annotationDate);
        annotation.Elements.SetString("/NM", "link-" + (++_linkCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
