using System.Buffers.Binary;

namespace Publish.Catalogue;

/// <summary>
/// Reads a PNG's pixel size from its IHDR chunk, so the page can give each cover its
/// <c>width</c> and <c>height</c> and the browser reserves the space before the image loads.
/// </summary>
internal static class PngDimensions
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The proportions of an A-series page (1 : √2), used when the file cannot be read.</summary>
    public static readonly (int Width, int Height) Fallback = (420, 594);

    /// <summary>Width and height in pixels, or <see cref="Fallback"/> when the file is not a readable PNG.</summary>
    public static (int Width, int Height) Read(string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[24];
            using var stream = File.OpenRead(path);
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return Fallback;
            if (!header[..8].SequenceEqual(Signature) || !header[12..16].SequenceEqual("IHDR"u8)) return Fallback;
            int width = BinaryPrimitives.ReadInt32BigEndian(header[16..20]);
            int height = BinaryPrimitives.ReadInt32BigEndian(header[20..24]);
            return width > 0 && height > 0 ? (width, height) : Fallback;
        }
        catch (IOException)
        {
            return Fallback;
        }
        catch (UnauthorizedAccessException)
        {
            return Fallback;
        }
    }
}
