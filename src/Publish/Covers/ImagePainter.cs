using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Draws a decoded bitmap into an area of the canvas, scaled like the PDF backend does it:
/// to fill the area and cropped (cover) or to fit inside it, centred. Each canvas pixel
/// averages a small grid of bilinear samples, so large art shrinks without aliasing.
/// </summary>
internal static class ImagePainter
{
    /// <summary>At most this many samples per axis per pixel when shrinking.</summary>
    private const int MaxSamplesPerAxis = 4;

    /// <summary>Paints <paramref name="image"/> into <paramref name="area"/> (points).</summary>
    public static void Paint(RasterCanvas canvas, RasterImage image, Rect area, bool cover)
    {
        double fit = cover
            ? Math.Max(area.Width / image.Width, area.Height / image.Height)
            : Math.Min(area.Width / image.Width, area.Height / image.Height);
        double drawnW = image.Width * fit, drawnH = image.Height * fit;
        var drawn = new Rect(area.X + (area.Width - drawnW) / 2, area.Y + (area.Height - drawnH) / 2, drawnW, drawnH);
        var visible = cover ? area : drawn;

        double imagePixelsPerCanvasPixel = 1 / (fit * canvas.Scale);
        int samples = Math.Clamp((int)Math.Ceiling(imagePixelsPerCanvasPixel), 1, MaxSamplesPerAxis);
        var (left, top, right, bottom) = canvas.PixelBounds(visible);
        for (int py = top; py < bottom; py++)
        {
            for (int px = left; px < right; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (int sy = 0; sy < samples; sy++)
                {
                    for (int sx = 0; sx < samples; sx++)
                    {
                        double pointX = (px + (sx + 0.5) / samples) / canvas.Scale;
                        double pointY = (py + (sy + 0.5) / samples) / canvas.Scale;
                        var (sr, sg, sb, sa) = Sample(image, (pointX - drawn.X) / fit - 0.5, (pointY - drawn.Y) / fit - 0.5);
                        r += sr * sa; g += sg * sa; b += sb * sa; a += sa;
                    }
                }
                if (a <= 0) continue;
                var colour = new Colour((byte)Math.Round(r / a), (byte)Math.Round(g / a), (byte)Math.Round(b / a));
                canvas.Blend(px, py, colour, (float)(a / (samples * samples)));
            }
        }
    }

    /// <summary>Bilinear sample at image coordinates (pixel centres at integers), edges clamped; alpha 0–1.</summary>
    private static (double R, double G, double B, double A) Sample(RasterImage image, double x, double y)
    {
        x = Math.Clamp(x, 0, image.Width - 1);
        y = Math.Clamp(y, 0, image.Height - 1);
        int x0 = (int)x, y0 = (int)y;
        int x1 = Math.Min(x0 + 1, image.Width - 1), y1 = Math.Min(y0 + 1, image.Height - 1);
        double fx = x - x0, fy = y - y0;
        double r = 0, g = 0, b = 0, a = 0;
        Accumulate(image[x0, y0], (1 - fx) * (1 - fy));
        Accumulate(image[x1, y0], fx * (1 - fy));
        Accumulate(image[x0, y1], (1 - fx) * fy);
        Accumulate(image[x1, y1], fx * fy);
        return (r, g, b, a / 255);

        void Accumulate((byte R, byte G, byte B, byte A) p, double w)
        {
            r += p.R * w; g += p.G * w; b += p.B * w; a += p.A * w;
        }
    }
}
