namespace Publish.Covers;

/// <summary>
/// A decoded bitmap: <see cref="Width"/> × <see cref="Height"/> pixels, row-major from the top,
/// four bytes per pixel (R, G, B, A; A = 255 for opaque images).
/// </summary>
internal sealed record RasterImage(int Width, int Height, byte[] Rgba)
{
    /// <summary>Bytes per pixel in <see cref="Rgba"/>.</summary>
    public const int Channels = 4;

    /// <summary>The pixel at (x, y) as (R, G, B, A).</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            int i = (y * Width + x) * Channels;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }
}
