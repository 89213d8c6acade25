using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Publish.Tests.Support;

/// <summary>
/// Small RGB PNG files for the tests, written here rather than by the code under test (no
/// image library is available, and a fixture must not depend on the encoder it helps check).
/// </summary>
internal static class TestPng
{
    /// <summary>A grey diagonal pattern, for images whose content does not matter.</summary>
    public static byte[] Grey(int width, int height) =>
        Encode(width, height, (x, y) => { var v = (byte)(64 + 16 * ((x + y) % 8)); return (v, v, v); });

    /// <summary>Left half red, right half blue, so a test can tell which part of an image survived a crop.</summary>
    public static byte[] SplitRedBlue(int width, int height) =>
        Encode(width, height, (x, _) => x < width / 2 ? ((byte)220, (byte)30, (byte)30) : ((byte)30, (byte)30, (byte)220));

    /// <summary>A cover-like picture: a flat colour with a pale title panel holding dark "lines of type".</summary>
    public static byte[] Cover(int width, int height, (byte R, byte G, byte B) colour) =>
        Encode(width, height, (x, y) => CoverPixel(x, y, width, height, colour));

    /// <summary>Encodes 8-bit RGB pixels, unfiltered rows, as a PNG.</summary>
    public static byte[] Encode(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        var rows = new byte[height * (1 + width * 3)];
        for (int y = 0; y < height; y++)
        {
            int row = y * (1 + width * 3); // rows[row] = 0: filter type none
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                int i = row + 1 + x * 3;
                rows[i] = r; rows[i + 1] = g; rows[i + 2] = b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(rows);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte, byte, byte) CoverPixel(int x, int y, int width, int height, (byte R, byte G, byte B) colour)
    {
        int margin = width / 10;
        bool inPanel = x >= margin && x < width - margin && y >= height / 8 && y < height / 8 + height / 3;
        if (!inPanel) return colour;
        int lineHeight = Math.Max(1, height / 24);
        int top = height / 8 + lineHeight;
        bool inLine = x >= margin * 2 && x < width - margin * 2 - (y / lineHeight % 3) * margin
            && y >= top && (y - top) % (lineHeight * 2) < lineHeight && y < height / 8 + height / 3 - lineHeight;
        return inLine ? ((byte)31, (byte)27, (byte)23) : ((byte)245, (byte)238, (byte)226);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
