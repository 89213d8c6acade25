using System.Buffers.Binary;
using System.IO.Compression;

namespace Publish.Covers;

/// <summary>
/// Reads non-interlaced PNG files with 8-bit samples (greyscale, grey + alpha, RGB, RGBA and
/// palette, with a palette tRNS) or 16-bit samples (non-palette; the high byte is kept) into a <see cref="RasterImage"/>: chunks with their CRCs checked, IDAT data
/// inflated with <see cref="ZLibStream"/>, the five row filters undone (<see cref="PngRowFilter"/>). Anything else throws
/// <see cref="InvalidDataException"/> with the reason.
/// </summary>
internal static class PngDecoder
{
    private const int ColourGrey = 0, ColourRgb = 2, ColourPalette = 3, ColourGreyAlpha = 4, ColourRgba = 6;
    private const int ChunkOverhead = 12;

    /// <summary>True when the bytes start with the PNG signature.</summary>
    public static bool IsPng(ReadOnlySpan<byte> data) => data.Length >= 8 && data[..8].SequenceEqual(PngEncoder.Signature);

    /// <summary>Decodes a PNG file's bytes.</summary>
    public static RasterImage Decode(byte[] data)
    {
        if (!IsPng(data)) throw new InvalidDataException("not a PNG file (bad signature)");
        int width = 0, height = 0, colourType = -1, depth = 8;
        byte[]? palette = null, paletteAlpha = null;
        using var idat = new MemoryStream();
        int pos = 8;
        while (pos + ChunkOverhead <= data.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            if (length < 0 || pos + ChunkOverhead + length > data.Length) throw new InvalidDataException("truncated chunk");
            var type = data.AsSpan(pos + 4, 4);
            var body = data.AsSpan(pos + 8, length);
            uint stored = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 8 + length));
            if (stored != Crc32.Compute(type, body)) throw new InvalidDataException($"CRC mismatch in {System.Text.Encoding.ASCII.GetString(type)} chunk");
            pos += ChunkOverhead + length;

            if (type.SequenceEqual("IHDR"u8))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                depth = body[8];
                colourType = body[9];
                if (depth != 8 && (depth != 16 || colourType == ColourPalette))
                    throw new InvalidDataException($"bit depth {depth} is not supported (8, or 16 without a palette)");
                if (body[12] != 0) throw new InvalidDataException("interlaced PNG is not supported");
                if (width <= 0 || height <= 0) throw new InvalidDataException("image has no pixels");
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = body.ToArray();
            else if (type.SequenceEqual("tRNS"u8)) paletteAlpha = body.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) idat.Write(body);
            else if (type.SequenceEqual("IEND"u8)) break;
        }
        int channels = colourType switch
        {
            ColourGrey or ColourPalette => 1,
            ColourGreyAlpha => 2,
            ColourRgb => 3,
            ColourRgba => 4,
            _ => throw new InvalidDataException($"colour type {colourType} is not supported"),
        };
        if (colourType == ColourPalette && palette is null) throw new InvalidDataException("palette image without PLTE");

        int bytesPerSample = depth / 8;
        var raw = Unfilter(Inflate(idat), width, height, channels * bytesPerSample);
        if (bytesPerSample == 2) raw = HighBytes(raw);
        return new RasterImage(width, height, ToRgba(raw, width * height, colourType, palette, paletteAlpha));
    }

    private static byte[] Inflate(MemoryStream idat)
    {
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bpp)
    {
        int stride = width * bpp;
        if (data.Length < (stride + 1) * height) throw new InvalidDataException("image data is shorter than the image");
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            var row = pixels.AsSpan(y * stride, stride);
            data.AsSpan(y * (stride + 1) + 1, stride).CopyTo(row);
            PngRowFilter.Undo(data[y * (stride + 1)], row, y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : default, bpp);
        }
        return pixels;
    }

    /// <summary>16-bit samples → 8-bit: the most significant byte of each big-endian sample.</summary>
    private static byte[] HighBytes(byte[] samples)
    {
        var result = new byte[samples.Length / 2];
        for (int i = 0; i < result.Length; i++) result[i] = samples[2 * i];
        return result;
    }

    private static byte[] ToRgba(byte[] raw, int count, int colourType, byte[]? palette, byte[]? paletteAlpha)
    {
        var rgba = new byte[count * RasterImage.Channels];
        for (int p = 0; p < count; p++)
        {
            int o = p * RasterImage.Channels;
            switch (colourType)
            {
                case ColourGrey:
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = raw[p]; rgba[o + 3] = 255; break;
                case ColourGreyAlpha:
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = raw[2 * p]; rgba[o + 3] = raw[2 * p + 1]; break;
                case ColourRgb:
                    rgba[o] = raw[3 * p]; rgba[o + 1] = raw[3 * p + 1]; rgba[o + 2] = raw[3 * p + 2]; rgba[o + 3] = 255; break;
                case ColourRgba:
                    raw.AsSpan(4 * p, 4).CopyTo(rgba.AsSpan(o)); break;
                default:
                    int index = raw[p];
                    if (3 * index + 2 >= palette!.Length) throw new InvalidDataException("palette index out of range");
                    rgba[o] = palette[3 * index]; rgba[o + 1] = palette[3 * index + 1]; rgba[o + 2] = palette[3 * index + 2];
                    rgba[o + 3] = paletteAlpha is not null && index < paletteAlpha.Length ? paletteAlpha[index] : (byte)255;
                    break;
            }
        }
        return rgba;
    }
}
