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

    /// <summary>Filters row by row into zlib: the filtered image is never held whole (5 MB for an EPUB cover).</summary>
    private static byte[] Compress(int width, int height, ReadOnlySpan<byte> rgb)
    {
        int stride = width * BytesPerPixel;
        var row = System.Buffers.ArrayPool<byte>.Shared.Rent(stride + 1);
        try
        {
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                row[0] = FilterUp;
                for (int y = 0; y < height; y++)
                {
                    var current = rgb.Slice(y * stride, stride);
                    if (y == 0) current.CopyTo(row.AsSpan(1));
                    else Up(current, rgb.Slice((y - 1) * stride, stride), row.AsSpan(1, stride));
                    zlib.Write(row, 0, stride + 1);
                }
            }
            return compressed.ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(row);
        }
    }

    /// <summary>The Up filter: each byte less the byte above it (mod 256), a vector at a time.</summary>
    private static void Up(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> output)
    {
        int i = 0;
        for (; i + System.Numerics.Vector<byte>.Count <= current.Length; i += System.Numerics.Vector<byte>.Count)
            (new System.Numerics.Vector<byte>(current[i..]) - new System.Numerics.Vector<byte>(above[i..])).CopyTo(output[i..]);
        for (; i < current.Length; i++) output[i] = (byte)(current[i] - above[i]);
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
