using System.Buffers.Binary;
using Publish.Covers;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>Our PNG encoder and decoder, and the rasterized cover as a PNG file.</summary>
public sealed class PngTests
{
    [Fact]
    public void Crc32MatchesTheStandardCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void CoverPngIsAValidPng1600PixelsTall()
    {
        var png = CoverImage.Png(CoverFixture.WorkersOpposition, CoverFixture.Theme(), CoverFixture.Fonts, null);
        Assert.True(PngDecoder.IsPng(png));
        var chunks = Chunks(png).ToList();
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        foreach (var (type, body, crc) in chunks)
            Assert.Equal(Crc32.Compute(System.Text.Encoding.ASCII.GetBytes(type), body), crc);
        var header = chunks[0].Body;
        int width = BinaryPrimitives.ReadInt32BigEndian(header), height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        Assert.Equal(1600, height);
        Assert.Equal((int)Math.Round(CoverFixture.Theme().Page.Width * 1600 / CoverFixture.Theme().Page.Height), width);
        Assert.Equal([8, 2, 0, 0, 0], header[8..]);
        var image = PngDecoder.Decode(png);
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Fact]
    public void SameCoverGivesTheSameBytes()
    {
        var a = CoverImage.Png(CoverFixture.OutOrganised, CoverFixture.TypeTheme, CoverFixture.Fonts, null, 400);
        var b = CoverImage.Png(CoverFixture.OutOrganised, CoverFixture.TypeTheme, CoverFixture.Fonts, null, 400);
        Assert.Equal(a, b);
    }

    [Fact]
    public void EncoderAndDecoderRoundTrip()
    {
        const int w = 7, h = 5;
        var rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.Length; i++) rgb[i] = (byte)(i * 37 % 251);
        var image = PngDecoder.Decode(PngEncoder.Encode(w, h, rgb));
        for (int p = 0; p < w * h; p++)
        {
            Assert.Equal(rgb[3 * p], image.Rgba[4 * p]);
            Assert.Equal(rgb[3 * p + 2], image.Rgba[4 * p + 2]);
            Assert.Equal(255, image.Rgba[4 * p + 3]);
        }
    }

    [Fact]
    public void DecoderRejectsACorruptChunk()
    {
        var png = PngEncoder.Encode(2, 2, new byte[12]);
        png[20] ^= 0xFF; // inside IHDR
        Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));
    }

    [Fact]
    public void RectangleEdgesGetExactPartialCoverage()
    {
        // 10 × 10 pt page at 1 px/pt; a black rectangle from x = 2.5 to 5, y = 0 to 10.
        var page = new Page(10, 10, [new FilledRect(new Rect(2.5, 0, 2.5, 10), Colour.Black)]);
        var image = PngDecoder.Decode(CoverRasterizer.Render(page, CoverFixture.Fonts, 10));
        Assert.Equal(255, image[1, 5].R);
        Assert.InRange(image[2, 5].R, 127, 128);
        Assert.Equal(0, image[3, 5].R);
        Assert.Equal(0, image[4, 5].R);
        Assert.Equal(255, image[5, 5].R);
    }

    [Fact]
    public void GlyphOutlinesAreFilled()
    {
        var font = CoverFixture.Fonts.Get("CharisSIL-Bold.ttf");
        var run = font.Shape("H", 100).ToGlyphRun(10, 90, Colour.Black);
        var image = PngDecoder.Decode(CoverRasterizer.Render(new Page(100, 100, [run]), CoverFixture.Fonts, 100));
        int dark = 0;
        for (int y = 0; y < 100; y++)
            for (int x = 0; x < 100; x++)
                if (image[x, y].R < 128) dark++;
        // An H at 100 pt covers roughly a fifth of its 70 × 66 pt box.
        Assert.InRange(dark, 600, 3000);
        Assert.Equal(255, image[5, 5].R);
    }

    private static IEnumerable<(string Type, byte[] Body, uint Crc)> Chunks(byte[] png)
    {
        int pos = 8;
        while (pos < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var body = png.AsSpan(pos + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            yield return (type, body, crc);
            pos += 12 + length;
        }
    }
}
