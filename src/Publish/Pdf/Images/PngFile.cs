using System.Buffers.Binary;
using Publish.Covers;

namespace Publish.Pdf.Images;

/// <summary>
/// A PNG file's chunks as the PDF image needs them: the header fields, the palette, the
/// transparency chunk and the concatenated IDAT data, still compressed. Every chunk's CRC is
/// checked and IEND is required, so a damaged or truncated file is refused here even when its
/// rows are then passed through without being inflated. Ancillary chunks (text, time, colour
/// profiles) are skipped; an unknown critical chunk is refused, as the PNG specification asks.
/// </summary>
internal sealed class PngFile
{
    /// <summary>The colour types (IHDR byte 9).</summary>
    public const int Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6;
    private const int ChunkOverhead = 12, HeaderLength = 13, SignatureLength = 8;

    private PngFile(int width, int height, int bitDepth, int colourType, bool interlaced)
    {
        Width = width; Height = height; BitDepth = bitDepth; ColourType = colourType; Interlaced = interlaced;
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Bits per sample, or per palette index.</summary>
    public int BitDepth { get; }
    public int ColourType { get; }
    /// <summary>Adam7 interlacing: the rows are stored in seven passes.</summary>
    public bool Interlaced { get; }
    /// <summary>The PLTE entries, three bytes (R, G, B) each; null without a palette.</summary>
    public byte[]? PaletteEntries { get; private set; }
    /// <summary>The tRNS chunk's body: alpha per palette entry, or the one grey or RGB sample (16 bits each) that is transparent.</summary>
    public byte[]? Transparency { get; private set; }
    /// <summary>The zlib stream the IDAT chunks carry between them.</summary>
    public byte[] ImageData { get; private set; } = [];

    /// <summary>Samples per pixel as stored: 1 for grey and palette indices, 2, 3 or 4 otherwise.</summary>
    public int Channels => ColourType switch { Grey or Palette => 1, GreyAlpha => 2, Rgb => 3, _ => 4 };

    /// <summary>Reads a file that starts with the PNG signature.</summary>
    public static PngFile Parse(byte[] data)
    {
        PngFile? png = null;
        using var idat = new MemoryStream();
        int pos = SignatureLength;
        while (true)
        {
            if (pos + ChunkOverhead > data.Length) throw new InvalidDataException("PNG is truncated (no IEND chunk)");
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            if (length < 0 || length > data.Length - pos - ChunkOverhead) throw new InvalidDataException("PNG is truncated inside a chunk");
            var type = data.AsSpan(pos + 4, 4);
            var body = data.AsSpan(pos + 8, length);
            uint stored = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 8 + length));
            string name = System.Text.Encoding.ASCII.GetString(type);
            if (stored != Crc32.Compute(type, body)) throw new InvalidDataException($"PNG {name} chunk is damaged (CRC mismatch)");
            pos += ChunkOverhead + length;

            if (png is null)
            {
                if (name != "IHDR") throw new InvalidDataException("PNG does not start with an IHDR chunk");
                png = ReadHeader(body);
                continue;
            }
            switch (name)
            {
                case "IDAT": idat.Write(body); break;
                case "PLTE": png.PaletteEntries = ReadPalette(body); break;
                case "tRNS": png.Transparency = body.ToArray(); break;
                case "IEND": return png.Finish(idat.ToArray());
                case "IHDR": throw new InvalidDataException("PNG has two IHDR chunks");
                default:
                    if (char.IsAsciiLetterUpper(name[0])) throw new InvalidDataException($"PNG has an unknown critical chunk {name}");
                    break;
            }
        }
    }

    private static PngFile ReadHeader(ReadOnlySpan<byte> body)
    {
        if (body.Length != HeaderLength) throw new InvalidDataException("PNG IHDR chunk has the wrong length");
        int width = BinaryPrimitives.ReadInt32BigEndian(body), height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
        int depth = body[8], colourType = body[9];
        if (width <= 0 || height <= 0) throw new InvalidDataException("PNG has no pixels");
        bool allowed = colourType switch
        {
            Grey => depth is 1 or 2 or 4 or 8 or 16,
            Palette => depth is 1 or 2 or 4 or 8,
            Rgb or GreyAlpha or Rgba => depth is 8 or 16,
            _ => throw new InvalidDataException($"PNG colour type {colourType} does not exist"),
        };
        if (!allowed) throw new InvalidDataException($"PNG bit depth {depth} is not allowed with colour type {colourType}");
        if (body[10] != 0 || body[11] != 0) throw new InvalidDataException("PNG uses an unknown compression or filter method");
        if (body[12] > 1) throw new InvalidDataException($"PNG interlace method {body[12]} does not exist");
        return new PngFile(width, height, depth, colourType, body[12] == 1);
    }

    private static byte[] ReadPalette(ReadOnlySpan<byte> body)
    {
        if (body.Length == 0 || body.Length % 3 != 0 || body.Length > 3 * 256) throw new InvalidDataException("PNG PLTE chunk has a bad length");
        return body.ToArray();
    }

    private PngFile Finish(byte[] imageData)
    {
        if (imageData.Length == 0) throw new InvalidDataException("PNG has no IDAT chunk");
        if (ColourType == Palette && PaletteEntries is null) throw new InvalidDataException("PNG palette image has no PLTE chunk");
        if (ColourType is GreyAlpha or Rgba) Transparency = null; // not allowed beside an alpha channel: ignored
        else if (Transparency is { } t && t.Length < ColourType switch { Grey => 2, Rgb => 6, _ => 0 })
            throw new InvalidDataException("PNG tRNS chunk is too short");
        ImageData = imageData;
        return this;
    }
}
