using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Publish.Covers;
using Publish.Covers.Jpeg;
using Publish.Pdf.Images;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>
/// Image files read into PDF image XObject parts: PNG files built here chunk by chunk (every
/// colour type, bit depths 1 to 16, tRNS, Adam7, all five row filters) and the JPEG fixtures the
/// cover decoder is tested with, plus synthetic marker sequences for what no fixture shows.
/// </summary>
public sealed class PdfImageTests
{
    private const int Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6;

    // ---- PNG passed through ----

    [Theory]
    [InlineData(Grey, 8, 1, "/DeviceGray")]
    [InlineData(Grey, 1, 1, "/DeviceGray")]
    [InlineData(Grey, 4, 1, "/DeviceGray")]
    [InlineData(Rgb, 8, 3, "/DeviceRGB")]
    public void Opaque_grey_and_rgb_rows_pass_through_with_png_predictors(int colourType, int depth, int colours, string space)
    {
        var file = TestImage.Build(13, 6, depth, colourType, false, (x, y) => Enumerable.Repeat((x * 7 + y * 3) % (1 << depth), colours).ToArray());
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal((13, 6, space, depth), (image.Width, image.Height, image.ColourSpace, image.BitsPerComponent));
        Assert.Equal("/FlateDecode", image.Filter);
        Assert.Equal($"<</Predictor 15/Colors {colours}/BitsPerComponent {depth}/Columns 13>>", image.DecodeParms);
        Assert.Equal(file.ImageData, image.Data);
        Assert.Null(image.Decode);
        Assert.Null(image.SoftMask);
    }

    [Fact]
    public void A_palette_becomes_an_indexed_space_at_its_own_depth()
    {
        byte[] palette = [255, 0, 0, 0, 255, 0, 0, 0, 255];
        var file = TestImage.Build(9, 4, 2, Palette, false, (x, y) => [(x + y) % 3], ("PLTE", palette));
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal("[/Indexed /DeviceRGB 2 <FF000000FF000000FF>]", image.ColourSpace);
        Assert.Equal(2, image.BitsPerComponent);
        Assert.Equal("<</Predictor 15/Colors 1/BitsPerComponent 2/Columns 9>>", image.DecodeParms);
        Assert.Equal(file.ImageData, image.Data);
        Assert.Null(image.SoftMask);
    }

    [Fact]
    public void Palette_transparency_keeps_the_rows_and_adds_a_soft_mask()
    {
        byte[] palette = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
        var file = TestImage.Build(7, 5, 4, Palette, false, (x, y) => [(x + 2 * y) % 4], ("PLTE", palette), ("tRNS", [0, 128]));
        var image = PdfImage.FromFile(file.Bytes);
        Assert.StartsWith("[/Indexed /DeviceRGB 3 <", image.ColourSpace);
        Assert.Equal(file.ImageData, image.Data);
        var mask = AssertMask(image);
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 7; x++)
                Assert.Equal(((x + 2 * y) % 4) switch { 0 => 0, 1 => 128, _ => 255 }, mask[y * 7 + x]);
    }

    [Fact]
    public void A_transparent_rgb_colour_is_masked_at_full_depth()
    {
        // 8-bit RGB with tRNS (1, 2, 3): only exact matches are transparent.
        var file = TestImage.Build(6, 3, 8, Rgb, false, (x, y) => x == y ? [1, 2, 3] : [1, 2, 4], ("tRNS", [0, 1, 0, 2, 0, 3]));
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal(file.ImageData, image.Data);
        var mask = AssertMask(image);
        for (int i = 0; i < mask.Length; i++) Assert.Equal(i % 6 == i / 6 ? 0 : 255, mask[i]);
    }

    [Fact]
    public void A_transparent_grey_that_no_pixel_uses_gives_no_mask()
    {
        var file = TestImage.Build(5, 5, 8, Grey, false, (x, y) => [100 + x], ("tRNS", [0, 7]));
        Assert.Null(PdfImage.FromFile(file.Bytes).SoftMask);
    }

    // ---- PNG decoded ----

    [Fact]
    public void Rgba_is_decoded_into_rgb_and_a_soft_mask()
    {
        var file = TestImage.Build(11, 9, 8, Rgba, false, (x, y) => [x * 20, y * 25, 7, (x * y) % 2 == 0 ? 255 : 40]);
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal(("/DeviceRGB", 8, "/FlateDecode"), (image.ColourSpace, image.BitsPerComponent, image.Filter));
        Assert.Null(image.DecodeParms);
        var rgb = Inflate(image.Data);
        Assert.Equal(11 * 9 * 3, rgb.Length);
        var mask = AssertMask(image);
        for (int y = 0; y < 9; y++)
            for (int x = 0; x < 11; x++)
            {
                int p = y * 11 + x;
                Assert.Equal((x * 20, y * 25, 7), (rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]));
                Assert.Equal((x * y) % 2 == 0 ? 255 : 40, mask[p]);
            }
    }

    [Fact]
    public void Opaque_rgba_has_no_soft_mask()
    {
        var file = TestImage.Build(4, 4, 8, Rgba, false, (x, y) => [x, y, 9, 255]);
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal("/DeviceRGB", image.ColourSpace);
        Assert.Null(image.SoftMask);
    }

    [Fact]
    public void Grey_with_alpha_stays_grey()
    {
        var file = TestImage.Build(5, 3, 8, GreyAlpha, false, (x, y) => [x * 50, y == 1 ? 0 : 255]);
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal("/DeviceGray", image.ColourSpace);
        var grey = Inflate(image.Data);
        Assert.Equal([0, 50, 100, 150, 200, 0, 50, 100, 150, 200, 0, 50, 100, 150, 200], grey);
        Assert.Equal([255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255], AssertMask(image));
    }

    [Fact]
    public void Rgba_whose_colours_are_all_grey_becomes_grey()
    {
        var file = TestImage.Build(5, 2, 8, Rgba, false, (x, y) => [x * 9, x * 9, x * 9, 100]);
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal("/DeviceGray", image.ColourSpace);
        Assert.Equal([0, 9, 18, 27, 36, 0, 9, 18, 27, 36], Inflate(image.Data));
        Assert.NotNull(image.SoftMask);
    }

    [Fact]
    public void Sixteen_bit_samples_are_rounded_to_eight()
    {
        var file = TestImage.Build(3, 2, 16, Rgb, false, (x, y) => [x * 0x1234, 0xFF01, y * 0x8000 + 0xFF]);
        var image = PdfImage.FromFile(file.Bytes);
        Assert.Equal(("/DeviceRGB", 8), (image.ColourSpace, image.BitsPerComponent));
        Assert.Null(image.DecodeParms);
        Assert.Equal([0, 254, 1, 18, 254, 1, 36, 254, 1, 0, 254, 128, 18, 254, 128, 36, 254, 128], Inflate(image.Data));
    }

    [Theory]
    [InlineData(Rgb, 8)]
    [InlineData(Rgba, 16)]
    [InlineData(Grey, 2)]
    [InlineData(Palette, 4)]
    public void Interlaced_images_are_put_back_together(int colourType, int depth)
    {
        const int width = 13, height = 11;
        int channels = colourType switch { Rgb => 3, Rgba => 4, _ => 1 };
        int max = (1 << depth) - 1;
        int[] Pixel(int x, int y) => Enumerable.Range(0, channels).Select(c => (x * 31 + y * 17 + c * 5) % (max + 1)).ToArray();
        var palette = Enumerable.Range(0, 48).Select(i => (byte)(i * 5)).ToArray();
        (string, byte[])[] extra = colourType == Palette ? [("PLTE", palette)] : [];
        var image = PdfImage.FromFile(TestImage.Build(width, height, depth, colourType, true, Pixel, extra).Bytes);
        var colour = Inflate(image.Data);
        int outChannels = colourType == Grey ? 1 : 3;
        Assert.Equal(width * height * outChannels, colour.Length);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                var samples = Pixel(x, y);
                for (int c = 0; c < outChannels; c++)
                {
                    int expected = colourType switch
                    {
                        Palette => palette[3 * samples[0] + c],
                        Grey => samples[0] * 255 / max,
                        _ => depth == 16 ? (int)Math.Round(samples[c] * 255 / 65535.0) : samples[c],
                    };
                    Assert.Equal(expected, colour[(y * width + x) * outChannels + c]);
                }
            }
    }

    [Fact]
    public void Decoding_agrees_with_the_cover_decoder_over_every_row_filter()
    {
        var random = new Random(7);
        var pixels = new int[23 * 17][];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = [random.Next(256), random.Next(256), random.Next(256), random.Next(256)];
        var file = TestImage.Build(23, 17, 8, Rgba, false, (x, y) => pixels[y * 23 + x]);
        var theirs = PngDecoder.Decode(file.Bytes);
        var image = PdfImage.FromFile(file.Bytes);
        var rgb = Inflate(image.Data);
        var alpha = AssertMask(image);
        for (int p = 0; p < 23 * 17; p++)
        {
            Assert.Equal(theirs.Rgba.AsSpan(4 * p, 3).ToArray(), rgb.AsSpan(3 * p, 3).ToArray());
            Assert.Equal(theirs.Rgba[4 * p + 3], alpha[p]);
        }
    }

    [Fact]
    public void The_same_file_gives_the_same_bytes()
    {
        var file = TestImage.Build(40, 30, 8, Rgba, true, (x, y) => [x, y, x ^ y, x * y % 256]).Bytes;
        var first = PdfImage.FromFile(file);
        var second = PdfImage.FromFile(file);
        Assert.Equal(first.Data, second.Data);
        Assert.Equal(first.SoftMask!.Data, second.SoftMask!.Data);
    }

    // ---- JPEG ----

    private static byte[] Jpeg(string name) => File.ReadAllBytes(Path.Combine(TestPaths.Root, "tests", "Publish.Tests", "Covers", "Jpeg", name + ".jpg"));

    [Theory]
    [InlineData("baseline-420", "/DeviceRGB")]
    [InlineData("baseline-444", "/DeviceRGB")]
    [InlineData("progressive-420", "/DeviceRGB")]
    [InlineData("grey", "/DeviceGray")]
    [InlineData("grey-progressive", "/DeviceGray")]
    public void Jpeg_passes_through_unchanged(string name, string space)
    {
        var bytes = Jpeg(name);
        var image = PdfImage.FromFile(bytes);
        var decoded = JpegDecoder.Decode(bytes);
        Assert.Equal((decoded.Width, decoded.Height, space, 8), (image.Width, image.Height, image.ColourSpace, image.BitsPerComponent));
        Assert.Equal(("/DCTDecode", (string?)null, (string?)null), (image.Filter, image.DecodeParms, image.Decode));
        Assert.Equal(bytes, image.Data);
        Assert.Null(image.SoftMask);
    }

    [Fact]
    public void Adobe_cmyk_is_inverted_by_the_decode_array()
    {
        var image = PdfImage.FromFile(Jpeg("cmyk"));
        Assert.Equal("/DeviceCMYK", image.ColourSpace);
        Assert.Equal("[1 0 1 0 1 0 1 0]", image.Decode);
    }

    [Fact]
    public void Cmyk_without_the_adobe_segment_is_not_inverted()
    {
        var bytes = Jpeg("cmyk");
        int at = bytes.AsSpan().IndexOf(new byte[] { 0xFF, 0xEE });
        int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
        var stripped = bytes[..at].Concat(bytes[(at + 2 + length)..]).ToArray();
        var image = PdfImage.FromFile(stripped);
        Assert.Equal("/DeviceCMYK", image.ColourSpace);
        Assert.Null(image.Decode);
    }

    [Fact]
    public void Fill_bytes_and_markers_without_a_length_are_stepped_over()
    {
        var image = PdfImage.FromFile(SyntheticJpeg(0xC2, 8, 3, [0xFF, 0xFF, 0xFF, 0x01, 0xFF, 0xD0, 0xFF, 0xFF]));
        Assert.Equal((300, 200, "/DeviceRGB"), (image.Width, image.Height, image.ColourSpace));
    }

    [Fact]
    public void Arithmetic_coding_is_accepted()
    {
        Assert.Equal("/DeviceGray", PdfImage.FromFile(SyntheticJpeg(0xC9, 8, 1, [])).ColourSpace);
    }

    [Theory]
    [InlineData(0xC3, 8, 3, "lossless")]
    [InlineData(0xCB, 8, 3, "lossless")]
    [InlineData(0xC5, 8, 3, "hierarchical")]
    [InlineData(0xC1, 12, 3, "12-bit")]
    [InlineData(0xC0, 8, 2, "2 components")]
    public void Jpeg_that_pdf_readers_cannot_show_is_refused(int sof, int precision, int components, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => PdfImage.FromFile(SyntheticJpeg((byte)sof, precision, components, [])));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_scan_before_the_frame_header_is_refused()
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9];
        Assert.Contains("SOF", Assert.Throws<InvalidDataException>(() => PdfImage.FromFile(bytes)).Message);
    }

    /// <summary>SOI, optional bytes, a frame header of 300 × 200, an empty scan and EOI.</summary>
    private static byte[] SyntheticJpeg(byte sof, int precision, int components, byte[] beforeFrame)
    {
        var frame = new List<byte> { 0xFF, sof, 0, (byte)(8 + 3 * components), (byte)precision, 0, 200, 1, 44, (byte)components };
        for (int c = 0; c < components; c++) frame.AddRange([(byte)(c + 1), 0x11, 0]);
        return [0xFF, 0xD8, .. beforeFrame, .. frame, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9];
    }

    // ---- broken files ----

    [Fact]
    public void Other_formats_and_scraps_are_refused()
    {
        foreach (var bytes in new byte[][] { [], [0x89], "GIF89a"u8.ToArray(), [0xFF, 0xD8], [0xFF, 0xD8, 0xFF], [0xFF, 0xD8, 0xFF, 0xD9], [0xFF, 0xD8, 0x00, 0x00] })
            Assert.Throws<InvalidDataException>(() => PdfImage.FromFile(bytes));
    }

    [Fact]
    public void Every_truncation_is_refused()
    {
        var files = new List<byte[]>
        {
            Jpeg("baseline-420"), Jpeg("progressive-444"), Jpeg("cmyk"),
            TestImage.Build(9, 7, 8, Rgba, true, (x, y) => [x, y, 3, 100]).Bytes,
            TestImage.Build(9, 7, 4, Palette, false, (x, y) => [x % 3], ("PLTE", new byte[9]), ("tRNS", [0])).Bytes,
        };
        foreach (var file in files)
            for (int length = 0; length < file.Length; length++)
                Assert.Throws<InvalidDataException>(() => PdfImage.FromFile(file[..length]));
    }

    [Fact]
    public void Damaged_files_give_an_image_or_invalid_data_never_another_exception()
    {
        var random = new Random(11);
        var files = new[]
        {
            Jpeg("baseline-420"), Jpeg("cmyk"),
            TestImage.Build(9, 7, 16, GreyAlpha, true, (x, y) => [x * 999, y * 777]).Bytes,
            TestImage.Build(9, 7, 2, Palette, false, (x, y) => [x % 4], ("PLTE", new byte[6]), ("tRNS", [0])).Bytes,
        };
        foreach (var file in files)
            for (int trial = 0; trial < 300; trial++)
            {
                var damaged = (byte[])file.Clone();
                damaged[random.Next(2, Math.Min(damaged.Length, 200))] = (byte)random.Next(256);
                var e = Record.Exception(() => PdfImage.FromFile(damaged));
                Assert.True(e is null or InvalidDataException, e?.ToString());
            }
    }

    [Fact]
    public void Palette_indices_beyond_the_palette_are_refused_when_decoding()
    {
        var file = TestImage.Build(4, 1, 8, Palette, true, (x, _) => [x], ("PLTE", new byte[6]));
        Assert.Contains("palette", Assert.Throws<InvalidDataException>(() => PdfImage.FromFile(file.Bytes)).Message);
    }

    private static byte[] AssertMask(PdfImage image)
    {
        var mask = Assert.IsType<PdfImage>(image.SoftMask);
        Assert.Equal((image.Width, image.Height, "/DeviceGray", 8, "/FlateDecode"), (mask.Width, mask.Height, mask.ColourSpace, mask.BitsPerComponent, mask.Filter));
        Assert.Null(mask.SoftMask);
        var alpha = Inflate(mask.Data);
        Assert.Equal(image.Width * image.Height, alpha.Length);
        Assert.Contains(alpha, a => a < 255);
        return alpha;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>
    /// PNG files written sample by sample: any colour type and depth, Adam7 or not, the row
    /// filter cycling through all five types, the compressed data split over two IDAT chunks.
    /// </summary>
    private static class TestImage
    {
        private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
            [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

        public static (byte[] Bytes, byte[] ImageData) Build(int width, int height, int depth, int colourType, bool interlaced,
            Func<int, int, int[]> samples, params (string Type, byte[] Body)[] before)
        {
            int channels = colourType switch { Grey or Palette => 1, GreyAlpha => 2, Rgb => 3, _ => 4 };
            int bpp = Math.Max(1, channels * depth / 8);
            var raw = new MemoryStream();
            int rowNumber = 0;
            foreach (var (x0, y0, dx, dy) in interlaced ? Adam7 : [(0, 0, 1, 1)])
            {
                byte[] previous = [];
                for (int y = y0; y < height; y += dy)
                {
                    var row = Pack(Enumerable.Range(0, (width - x0 + dx - 1) / dx).SelectMany(i => samples(x0 + i * dx, y)), depth);
                    if (row.Length == 0) break;
                    int filter = rowNumber++ % 5;
                    raw.WriteByte((byte)filter);
                    raw.Write(Filter(filter, row, previous.Length == 0 ? new byte[row.Length] : previous, bpp));
                    previous = row;
                }
            }
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw.ToArray());
            var data = compressed.ToArray();

            var png = new MemoryStream();
            png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = (byte)depth; header[9] = (byte)colourType; header[12] = (byte)(interlaced ? 1 : 0);
            Chunk(png, "IHDR", header);
            Chunk(png, "tEXt", "Comment\0ignored"u8.ToArray());
            foreach (var (type, body) in before) Chunk(png, type, body);
            Chunk(png, "IDAT", data[..(data.Length / 2)]);
            Chunk(png, "IDAT", data[(data.Length / 2)..]);
            Chunk(png, "IEND", []);
            return (png.ToArray(), data);
        }

        private static byte[] Pack(IEnumerable<int> samples, int depth)
        {
            var bytes = new List<byte>();
            int bits = 0, used = 0;
            foreach (int s in samples)
            {
                if (depth == 16) { bytes.Add((byte)(s >> 8)); bytes.Add((byte)s); continue; }
                bits = bits << depth | s; used += depth;
                if (used == 8) { bytes.Add((byte)bits); bits = used = 0; }
            }
            if (used > 0) bytes.Add((byte)(bits << (8 - used)));
            return bytes.ToArray();
        }

        private static byte[] Filter(int filter, byte[] row, byte[] above, int bpp)
        {
            var output = new byte[row.Length];
            for (int i = 0; i < row.Length; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = above[i], c = i >= bpp ? above[i - bpp] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => pa <= pb && pa <= pc ? a : pb <= pc ? b : c };
                output[i] = (byte)(row[i] - predictor);
            }
            return output;
        }

        private static void Chunk(Stream png, string type, byte[] body)
        {
            var word = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(word, body.Length);
            png.Write(word);
            var typeBytes = Encoding.ASCII.GetBytes(type);
            png.Write(typeBytes);
            png.Write(body);
            BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeBytes, body));
            png.Write(word);
        }
    }
}
