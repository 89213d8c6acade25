using System.Buffers.Binary;

namespace Publish.Covers.Jpeg;

/// <summary>
/// Reads JPEG files (JFIF/EXIF, ITU T.81) into a <see cref="RasterImage"/> for the cover
/// rasterizer: baseline and extended sequential (SOF0/SOF1) and progressive (SOF2) Huffman
/// coding with 8-bit samples, any sampling factors (4:4:4, 4:2:2, 4:2:0, …), restart markers,
/// greyscale and YCbCr (or RGB when an Adobe marker says so). Chroma is upsampled by
/// replication. Corrupt files throw <see cref="InvalidDataException"/>; kinds it does not read
/// (arithmetic coding, lossless or hierarchical, 12-bit, CMYK/YCCK) throw
/// <see cref="NotSupportedException"/>. EXIF orientation is not applied: the PDF embeds the
/// file as it is, and the PNG cover must show what the PDF shows.
/// </summary>
internal static class JpegDecoder
{
    /// <summary>True when the bytes start with a JPEG start-of-image marker.</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static RasterImage Decode(byte[] data)
    {
        try
        {
            return DecodeOrThrow(data);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException("truncated or corrupt JPEG data", e);
        }
    }

    private static RasterImage DecodeOrThrow(byte[] data)
    {
        if (!IsJpeg(data)) throw new InvalidDataException("not a JPEG file (no start-of-image marker)");
        var quant = new int[4][];
        var dcTables = new JpegHuffmanTable?[4];
        var acTables = new JpegHuffmanTable?[4];
        var components = new List<JpegComponent>();
        int width = 0, height = 0, restartInterval = 0, adobeTransform = -1, mcusPerLine = 0, mcusPerColumn = 0;
        bool progressive = false, frameSeen = false;
        int pos = 2;
        while (true)
        {
            // Markers may be preceded by fill bytes (FF FF …).
            if (pos + 1 >= data.Length) throw new InvalidDataException("file ends before the end-of-image marker");
            if (data[pos] != 0xFF) throw new InvalidDataException($"expected a marker at byte {pos}");
            int marker = data[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            pos += 2;
            if (marker == 0xD9) break; // EOI
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) continue; // stray RSTn or TEM: no length
            int length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos));
            if (length < 2 || pos + length > data.Length) throw new InvalidDataException($"segment FF{marker:X2} runs past the end of the file");
            var segment = data.AsSpan(pos + 2, length - 2);
            int next = pos + length;
            switch (marker)
            {
                case 0xC0 or 0xC1 or 0xC2:
                    if (frameSeen) throw new InvalidDataException("more than one frame header");
                    frameSeen = true;
                    progressive = marker == 0xC2;
                    (width, height) = ReadFrame(segment, components);
                    int hMax = components.Max(c => c.H), vMax = components.Max(c => c.V);
                    mcusPerLine = (width + 8 * hMax - 1) / (8 * hMax);
                    mcusPerColumn = (height + 8 * vMax - 1) / (8 * vMax);
                    foreach (var c in components) c.Allocate(width, height, hMax, vMax, mcusPerLine, mcusPerColumn);
                    break;
                case 0xC3 or (>= 0xC5 and <= 0xC7) or (>= 0xC9 and <= 0xCB) or (>= 0xCD and <= 0xCF):
                    throw new NotSupportedException(marker is 0xC3 or 0xC7 or 0xCB or 0xCF ? "lossless JPEG" :
                        marker >= 0xC9 ? "arithmetic-coded JPEG" : "hierarchical JPEG");
                case 0xC4:
                    ReadHuffmanTables(segment, dcTables, acTables);
                    break;
                case 0xDB:
                    ReadQuantTables(segment, quant);
                    break;
                case 0xDD:
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(segment);
                    break;
                case 0xEE when segment.Length >= 12 && segment[..5].SequenceEqual("Adobe"u8):
                    adobeTransform = segment[11];
                    break;
                case 0xDA:
                    if (!frameSeen) throw new InvalidDataException("scan before the frame header");
                    next = ReadScan(data, pos + 2, segment, components, dcTables, acTables, progressive, restartInterval, mcusPerLine, mcusPerColumn);
                    break;
            }
            pos = next;
        }
        if (!frameSeen) throw new InvalidDataException("no frame header");
        return Output(width, height, components, quant, adobeTransform);
    }

    private static (int Width, int Height) ReadFrame(ReadOnlySpan<byte> s, List<JpegComponent> components)
    {
        int precision = s[0], height = BinaryPrimitives.ReadUInt16BigEndian(s[1..]), width = BinaryPrimitives.ReadUInt16BigEndian(s[3..]), count = s[5];
        if (precision != 8) throw new NotSupportedException($"{precision}-bit JPEG samples");
        if (width == 0 || height == 0) throw new NotSupportedException("JPEG with its height in a DNL marker");
        if (count == 4) throw new NotSupportedException("CMYK or YCCK JPEG");
        if (count is not (1 or 3)) throw new NotSupportedException($"JPEG with {count} components");
        for (int i = 0; i < count; i++)
        {
            int id = s[6 + 3 * i], sampling = s[7 + 3 * i], table = s[8 + 3 * i];
            int h = sampling >> 4, v = sampling & 15;
            if (h is < 1 or > 4 || v is < 1 or > 4 || table > 3) throw new InvalidDataException("bad component in the frame header");
            components.Add(new JpegComponent(id, h, v, table));
        }
        return (width, height);
    }

    private static void ReadHuffmanTables(ReadOnlySpan<byte> s, JpegHuffmanTable?[] dc, JpegHuffmanTable?[] ac)
    {
        while (s.Length > 0)
        {
            int kind = s[0] >> 4, index = s[0] & 15;
            if (kind > 1 || index > 3) throw new InvalidDataException("bad Huffman table id");
            var counts = s.Slice(1, 16);
            int total = 0;
            foreach (var n in counts) total += n;
            var table = new JpegHuffmanTable(counts, s.Slice(17, total).ToArray());
            (kind == 0 ? dc : ac)[index] = table;
            s = s[(17 + total)..];
        }
    }

    private static void ReadQuantTables(ReadOnlySpan<byte> s, int[][] quant)
    {
        while (s.Length > 0)
        {
            int precision = s[0] >> 4, index = s[0] & 15;
            if (index > 3 || precision > 1) throw new InvalidDataException("bad quantisation table id");
            var table = new int[64];
            for (int k = 0; k < 64; k++)
                table[ZigZag.Natural[k]] = precision == 0 ? s[1 + k] : BinaryPrimitives.ReadUInt16BigEndian(s[(1 + 2 * k)..]);
            quant[index] = table;
            s = s[(1 + 64 * (precision + 1))..];
        }
    }

    /// <summary>Reads a scan header and its entropy-coded data; returns where the next marker starts.</summary>
    private static int ReadScan(byte[] data, int headerStart, ReadOnlySpan<byte> s, List<JpegComponent> frame,
        JpegHuffmanTable?[] dc, JpegHuffmanTable?[] ac, bool progressive, int restartInterval, int mcusPerLine, int mcusPerColumn)
    {
        int count = s[0];
        if (count is < 1 or > 4) throw new InvalidDataException("bad component count in a scan header");
        var components = new List<JpegComponent>();
        for (int i = 0; i < count; i++)
        {
            int id = s[1 + 2 * i], tables = s[2 + 2 * i];
            var c = frame.FirstOrDefault(f => f.Id == id) ?? throw new InvalidDataException($"scan names component {id}, which the frame lacks");
            c.DcTable = dc[(tables >> 4) & 3];
            c.AcTable = ac[tables & 3];
            components.Add(c);
        }
        int ss = s[1 + 2 * count], se = s[2 + 2 * count], ah = s[3 + 2 * count] >> 4, al = s[3 + 2 * count] & 15;
        if (progressive && (se > 63 || ss > se || (ss == 0 && se != 0) || (ss > 0 && count != 1) || al > 13))
            throw new InvalidDataException("bad progressive scan parameters");
        var bits = new JpegBitReader(data, headerStart + s.Length);
        new JpegScanDecoder(bits, components, progressive, ss, progressive ? se : 63, ah, al, restartInterval, mcusPerLine, mcusPerColumn).Decode();
        // Find the marker that ends the scan (the reader may have stopped before it).
        int pos = bits.Marker != 0 ? bits.Position - 2 : bits.Position;
        while (pos + 1 < data.Length && !(data[pos] == 0xFF && data[pos + 1] is not 0 and not (>= 0xD0 and <= 0xD7) and not 0xFF)) pos++;
        return pos;
    }

    private static RasterImage Output(int width, int height, List<JpegComponent> components, int[][] quant, int adobeTransform)
    {
        var planes = new List<(byte[] Samples, int Stride, JpegComponent C)>();
        Span<int> block = stackalloc int[64];
        foreach (var c in components)
        {
            var q = quant[c.QuantTable] ?? throw new InvalidDataException($"component {c.Id} uses quantisation table {c.QuantTable}, never defined");
            int stride = c.AllocatedPerLine * 8;
            var samples = new byte[stride * c.AllocatedPerColumn * 8];
            for (int row = 0; row < c.AllocatedPerColumn; row++)
                for (int column = 0; column < c.AllocatedPerLine; column++)
                {
                    var coefficients = c.Coefficients.AsSpan(c.Block(column, row), 64);
                    for (int i = 0; i < 64; i++) block[i] = coefficients[i] * q[i];
                    JpegIdct.Transform(block, samples, row * 8 * stride + column * 8, stride);
                }
            planes.Add((samples, stride, c));
        }

        int hMax = components.Max(c => c.H), vMax = components.Max(c => c.V);
        var rgba = new byte[width * height * RasterImage.Channels];
        // Three components are YCbCr unless an Adobe marker says "no transform" or the ids spell R, G, B.
        bool ycc = components.Count == 3 && adobeTransform != 0 && !(components[0].Id == 'R' && components[1].Id == 'G' && components[2].Id == 'B');
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int o = (y * width + x) * RasterImage.Channels;
                byte Sample(int i)
                {
                    var (samples, stride, c) = planes[i];
                    return samples[y * c.V / vMax * stride + x * c.H / hMax];
                }
                if (planes.Count == 1)
                {
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = Sample(0);
                }
                else if (ycc)
                {
                    double luma = Sample(0), cb = Sample(1) - 128.0, cr = Sample(2) - 128.0;
                    rgba[o] = Clamp(luma + 1.402 * cr);
                    rgba[o + 1] = Clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    rgba[o + 2] = Clamp(luma + 1.772 * cb);
                }
                else
                {
                    rgba[o] = Sample(0);
                    rgba[o + 1] = Sample(1);
                    rgba[o + 2] = Sample(2);
                }
                rgba[o + 3] = 255;
            }
        return new RasterImage(width, height, rgba);
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
