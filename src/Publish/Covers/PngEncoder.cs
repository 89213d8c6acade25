using System.Buffers.Binary;
using System.IO.Compression;

namespace Publish.Covers;

/// <summary>
/// Writes 8-bit RGB PNG files: signature, IHDR, one IDAT (zlib via <see cref="ZLibStream"/>,
/// every row with the Up filter, which suits flat cover colours), IEND. No time or text chunks,
/// so the same pixels always give the same bytes.
/// </summary>
internal static class PngEncoder
{
    /// <summary>The eight bytes every PNG file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PNG colour type 2: truecolour without alpha.</summary>
    private const byte ColourTypeRgb = 2;
    /// <summary>Bits per channel.</summary>
    private const byte BitDepth = 8;
    /// <summary>Filter type 2 (Up): each byte minus the byte above it.</summary>
    private const byte FilterUp = 2;
    private const int BytesPerPixel = 3;

    /// <summary>Encodes <paramref name="rgb"/> (3 bytes per pixel, rows from the top) as PNG bytes.</summary>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> rgb)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "an image needs at least one pixel");
        int stride = width * BytesPerPixel;
        if (rgb.Length != stride * height) throw new ArgumentException("pixel buffer does not match the size", nameof(rgb));

        using var output = new MemoryStream();
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = BitDepth;
        header[9] = ColourTypeRgb;
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // not interlaced
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, Compress(width, height, rgb));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] Compress(int width, int height, ReadOnlySpan<byte> rgb)
    {
        int stride = width * BytesPerPixel;
        var filtered = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1);
            filtered[row] = FilterUp;
            var current = rgb.Slice(y * stride, stride);
            if (y == 0)
            {
                current.CopyTo(filtered.AsSpan(row + 1));
                continue;
            }
            var above = rgb.Slice((y - 1) * stride, stride);
            for (int i = 0; i < stride; i++)
                filtered[row + 1 + i] = (byte)(current[i] - above[i]);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(filtered);
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(type, data));
        output.Write(word);
    }
}
