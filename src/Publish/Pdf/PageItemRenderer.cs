using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Draws one frame page as PDF content, walking its items in order: glyph runs, rules, filled
/// rectangles and images, each inside q … Q so no state (colour, line width, Tz, clip) leaks into
/// the next; links are collected for annotations (skipped in print mode). Anchors and outline
/// entries are left to <see cref="NavigationBuilder"/>.
/// </summary>
internal sealed class PageItemRenderer(DocumentFontSet fonts, ImageCache images, bool links)
{
    /// <summary>Draws <paramref name="page"/> with <paramref name="geometry"/>.</summary>
    public RenderedPage Render(Page page, PageGeometry geometry)
    {
        var rendered = new RenderedPage(page, geometry);
        var content = rendered.Content;
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run when run.Glyphs.Count > 0:
                    var font = fonts[run.FontKey];
                    if (!font.HasGlyphs) break;
                    RenderedPage.Use(rendered.Fonts, font.ResourceName);
                    GlyphRunWriter.Write(content.Append("q\n"), run, font, font.ResourceName, geometry).Append("Q\n");
                    break;
                case Rule rule:
                    WriteRule(content.Append("q\n"), rule, geometry).Append("Q\n");
                    break;
                case FilledRect rect:
                    WriteRect(content.Append("q\n"), rect, geometry).Append("Q\n");
                    break;
                case ImageFrame image:
                    WriteImage(content, rendered, image, geometry);
                    break;
                case LinkArea link when links:
                    rendered.Links.Add(link);
                    break;
            }
        }
        return rendered;
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

    /// <summary>
    /// Cover: scaled to fill the area, the overflow clipped; otherwise fitted inside it, centred.
    /// An image is a unit square in its own space, so the matrix scales it to its size on the page.
    /// </summary>
    private void WriteImage(StringBuilder sb, RenderedPage rendered, ImageFrame frame, PageGeometry g)
    {
        var (name, image) = images.Get(frame.Path);
        double w = image.Width, h = image.Height;
        var a = frame.Area;
        if (w <= 0 || h <= 0 || a.Width <= 0 || a.Height <= 0) return;
        RenderedPage.Use(rendered.Images, name);
        double scale = frame.Cover ? Math.Max(a.Width / w, a.Height / h) : Math.Min(a.Width / w, a.Height / h);
        double width = w * scale, height = h * scale;
        double x = g.X(a.X) + (a.Width - width) / 2, y = g.Y(a.Bottom) + (a.Height - height) / 2;
        sb.Append("q\n");
        if (frame.Cover)
            sb.AppendNumber(g.X(a.X)).Append(' ').AppendNumber(g.Y(a.Bottom)).Append(' ')
                .AppendNumber(a.Width).Append(' ').AppendNumber(a.Height).Append(" re W n\n");
        sb.AppendNumber(width).Append(" 0 0 ").AppendNumber(height).Append(' ').AppendNumber(x).Append(' ').AppendNumber(y)
            .Append(" cm ").Append(name).Append(" Do\nQ\n");
    }
}
