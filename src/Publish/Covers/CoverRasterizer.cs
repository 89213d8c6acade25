using Publish.Diagnostics;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Page of frames → PNG: our own anti-aliased rasterizer for the cover (no image library is
/// available). Walks the items in order on white paper: filled rectangles with exact edge
/// coverage, rules and glyph outlines through <see cref="CoverageAccumulator"/>, PNG art
/// decoded by <see cref="PngDecoder"/> (JPEG art is drawn as a neutral grey box and reported).
/// Links, anchors and outline entries draw nothing. Same page, same bytes.
/// </summary>
internal static class CoverRasterizer
{
    /// <summary>The placeholder for art we cannot decode (JPEG): a neutral mid-light grey.</summary>
    public static readonly Colour PlaceholderGrey = new(0xB4, 0xB4, 0xB4);

    /// <summary>Renders <paramref name="page"/> <paramref name="pixelHeight"/> pixels tall and encodes it as PNG.</summary>
    public static byte[] Render(Page page, FontLibrary fonts, int pixelHeight, DiagnosticBag? diagnostics = null)
    {
        using var canvas = Paint(page, fonts, pixelHeight, diagnostics);
        return PngEncoder.Encode(canvas.Width, canvas.Height, canvas.Rgb);
    }

    /// <summary>Paints the page into a fresh canvas (the raster before PNG encoding); the caller disposes it.</summary>
    public static RasterCanvas Paint(Page page, FontLibrary fonts, int pixelHeight, DiagnosticBag? diagnostics = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelHeight, 1);
        double scale = pixelHeight / page.Height;
        int width = Math.Max(1, (int)Math.Round(page.Width * scale));
        var canvas = new RasterCanvas(width, pixelHeight, scale, Colour.White);
        using var accumulator = new CoverageAccumulator();
        var images = new Dictionary<string, RasterImage?>(StringComparer.Ordinal);
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case FilledRect fill:
                    canvas.FillRect(fill.Area, fill.Colour);
                    break;
                case Rule rule:
                    PaintRule(canvas, accumulator, rule);
                    break;
                case GlyphRun run:
                    GlyphRunPainter.Paint(canvas, accumulator, run, fonts.Get(run.FontKey));
                    break;
                case ImageFrame frame:
                    PaintImage(canvas, frame, images, diagnostics);
                    break;
            }
        }
        return canvas;
    }

    private static void PaintRule(RasterCanvas canvas, CoverageAccumulator accumulator, Rule rule)
    {
        double s = canvas.Scale;
        double dx = rule.X2 - rule.X1, dy = rule.Y2 - rule.Y1;
        double length = Math.Sqrt(dx * dx + dy * dy);
        if (length == 0 || rule.Thickness <= 0) return;
        // Butt caps, as the PDF backend strokes them (0 J): a quad around the centre line.
        double nx = -dy / length * rule.Thickness / 2, ny = dx / length * rule.Thickness / 2;
        Span<double> xs = [rule.X1 + nx, rule.X2 + nx, rule.X2 - nx, rule.X1 - nx];
        Span<double> ys = [rule.Y1 + ny, rule.Y2 + ny, rule.Y2 - ny, rule.Y1 - ny];
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (int i = 0; i < 4; i++)
        {
            minX = Math.Min(minX, xs[i]); maxX = Math.Max(maxX, xs[i]);
            minY = Math.Min(minY, ys[i]); maxY = Math.Max(maxY, ys[i]);
        }
        var (left, top, right, bottom) = canvas.PixelBounds(new Rect(minX, minY, maxX - minX, maxY - minY));
        if (right <= left || bottom <= top) return;
        accumulator.Reset(right - left, bottom - top);
        for (int i = 0; i < 4; i++)
        {
            int j = (i + 1) % 4;
            accumulator.AddLine(xs[i] * s - left, ys[i] * s - top, xs[j] * s - left, ys[j] * s - top);
        }
        var target = new CanvasTarget(canvas, left, top, rule.Colour);
        accumulator.Resolve(ref target);
    }

    private static void PaintImage(RasterCanvas canvas, ImageFrame frame, Dictionary<string, RasterImage?> images, DiagnosticBag? diagnostics)
    {
        if (!images.TryGetValue(frame.Path, out var image))
        {
            image = CoverArt.TryDecode(frame.Path, diagnostics);
            images[frame.Path] = image;
        }
        if (image is null) canvas.FillRect(frame.Area, PlaceholderGrey);
        else ImagePainter.Paint(canvas, image, frame.Area, frame.Cover);
    }
}
