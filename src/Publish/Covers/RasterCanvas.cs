using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// An RGB pixel buffer for the cover rasterizer, with page points mapped to pixels by one
/// scale (origin top-left, y down, as in frames). Paints with coverage as alpha, blending in
/// sRGB values as PDF viewers do, so our raster and a rendered PDF agree. The pixels live in a
/// pooled buffer (an EPUB cover is 5 MB, which would otherwise be a new large-object allocation
/// for every pamphlet): dispose the canvas when done with them.
/// </summary>
internal sealed class RasterCanvas : IDisposable
{
    private byte[]? _buffer;

    /// <summary>Bytes per pixel in <see cref="Rgb"/>.</summary>
    public const int Channels = 3;

    public RasterCanvas(int width, int height, double scale, Colour background)
    {
        Width = width;
        Height = height;
        Scale = scale;
        _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(width * height * Channels);
        // The first row pixel by pixel, then every other row copied from it (a memory copy).
        int stride = width * Channels;
        var first = Rgb[..Math.Min(stride, Rgb.Length)];
        for (int i = 0; i + 2 < first.Length; i += Channels)
        {
            first[i] = background.R;
            first[i + 1] = background.G;
            first[i + 2] = background.B;
        }
        for (int row = 1; row < height; row++) first.CopyTo(Rgb.Slice(row * stride, stride));
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Pixels per point.</summary>
    public double Scale { get; }
    /// <summary>The pixels, three bytes per pixel, rows from the top.</summary>
    public Span<byte> Rgb => (_buffer ?? throw new ObjectDisposedException(nameof(RasterCanvas))).AsSpan(0, Width * Height * Channels);

    /// <summary>Gives the pixel buffer back to the pool; the canvas is unusable after.</summary>
    public void Dispose()
    {
        if (_buffer is null) return;
        System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }

    /// <summary>Mixes <paramref name="colour"/> into pixel (x, y) with opacity <paramref name="alpha"/> (0–1).</summary>
    public void Blend(int x, int y, Colour colour, float alpha)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height) return;
        int i = (y * Width + x) * Channels;
        var rgb = _buffer!;
        if (alpha >= 1f)
        {
            rgb[i] = colour.R;
            rgb[i + 1] = colour.G;
            rgb[i + 2] = colour.B;
            return;
        }
        rgb[i] = Mix(rgb[i], colour.R, alpha);
        rgb[i + 1] = Mix(rgb[i + 1], colour.G, alpha);
        rgb[i + 2] = Mix(rgb[i + 2], colour.B, alpha);
    }

    /// <summary>Fills an axis-aligned rectangle in points, with exact partial coverage at its edges.</summary>
    public void FillRect(Rect area, Colour colour)
    {
        double x0 = area.X * Scale, x1 = area.Right * Scale, y0 = area.Y * Scale, y1 = area.Bottom * Scale;
        int left = Math.Max(0, (int)Math.Floor(x0)), right = Math.Min(Width, (int)Math.Ceiling(x1));
        int top = Math.Max(0, (int)Math.Floor(y0)), bottom = Math.Min(Height, (int)Math.Ceiling(y1));
        if (right <= left || bottom <= top) return;

        // Horizontal coverage per column, and the run of fully covered columns between the edges.
        var columns = new double[right - left];
        int solidFrom = right, solidTo = left;
        for (int x = left; x < right; x++)
        {
            columns[x - left] = Overlap(x, x0, x1);
            if (columns[x - left] >= 1) { solidFrom = Math.Min(solidFrom, x); solidTo = x + 1; }
        }
        var solidRow = SolidRow(colour, Math.Max(0, solidTo - solidFrom));
        for (int y = top; y < bottom; y++)
        {
            double fy = Overlap(y, y0, y1);
            if (fy >= 1 && solidRow.Length > 0)
            {
                solidRow.CopyTo(Rgb[((y * Width + solidFrom) * Channels)..]);
                for (int x = left; x < solidFrom; x++) Blend(x, y, colour, (float)columns[x - left]);
                for (int x = solidTo; x < right; x++) Blend(x, y, colour, (float)columns[x - left]);
                continue;
            }
            for (int x = left; x < right; x++)
            {
                double a = fy * columns[x - left];
                if (a > 0) Blend(x, y, colour, (float)a);
            }
        }
    }

    private static byte[] SolidRow(Colour colour, int pixels)
    {
        var row = new byte[pixels * Channels];
        for (int i = 0; i < row.Length; i += Channels)
        {
            row[i] = colour.R;
            row[i + 1] = colour.G;
            row[i + 2] = colour.B;
        }
        return row;
    }

    /// <summary>Pixel bounds (clipped to the canvas) of a rectangle in points: left, top, right, bottom.</summary>
    public (int Left, int Top, int Right, int Bottom) PixelBounds(Rect area) =>
        (Math.Max(0, (int)Math.Floor(area.X * Scale)), Math.Max(0, (int)Math.Floor(area.Y * Scale)),
         Math.Min(Width, (int)Math.Ceiling(area.Right * Scale)), Math.Min(Height, (int)Math.Ceiling(area.Bottom * Scale)));

    private static double Overlap(int pixel, double from, double to) =>
        Math.Max(0, Math.Min(pixel + 1, to) - Math.Max(pixel, from));

    private static byte Mix(byte under, byte over, float alpha) =>
        (byte)(under + (over - under) * alpha + 0.5f);
}
