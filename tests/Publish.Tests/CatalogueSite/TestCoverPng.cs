using System.Buffers.Binary;
using System.IO.Compression;

namespace Publish.Tests.CatalogueSite;

/// <summary>
/// Paints a small pamphlet-like cover (a coloured field, a cream title panel with dark bars
/// for lines of type) and encodes it as an 8-bit RGB PNG, so the catalogue tests have a real
/// image with known pixel dimensions without any image library.
/// </summary>
internal static class TestCoverPng
{
    public static void Write(string path, int width, int height, (byte R, byte G, byte B) colour)
    {
        var rows = new byte[height * (1 + width * 3)];
        for (int y = 0; y < height; y++)
        {
            int row = y * (1 + width * 3);
            rows[row] = 0; // filter: none
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = Pixel(x, y, width, height, colour);
                int i = row + 1 + x * 3;
                rows[i] = r; rows[i + 1] = g; rows[i + 2] = b;
            }
        }

        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(file, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(rows);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
    }

    private static (byte, byte, byte) Pixel(int x, int y, int width, int height, (byte R, byte G, byte B) colour)
    {
        int margin = width / 10;
        bool inPanel = x >= margin && x < width - margin && y >= height / 8 && y < height / 8 + height / 3;
        if (!inPanel) return colour;
        int lineHeight = height / 24;
        int top = height / 8 + lineHeight;
        bool inLine = x >= margin * 2 && x < width - margin * 2 - (y / lineHeight % 3) * margin
            && y >= top && (y - top) % (lineHeight * 2) < lineHeight && y < height / 8 + height / 3 - lineHeight;
        return inLine ? ((byte)31, (byte)27, (byte)23) : ((byte)245, (byte)238, (byte)226);
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        file.Write(sum);
    }

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309 polynomial, reflected), bit by bit: slow but tiny.</summary>
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
