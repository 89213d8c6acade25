using Publish.Diagnostics;
using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>Fonts the typesetter cannot use are rejected with a code the theme loader reports.</summary>
public sealed class FontFormatTests
{
    private static byte[] Header(string signature)
    {
        var bytes = new byte[64];
        for (var i = 0; i < 4; i++) bytes[i] = (byte)signature[i];
        return bytes;
    }

    [Fact]
    public void Cff_font_is_rejected_with_PUB3101()
    {
        var error = Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(Header("OTTO"), "Fake-Regular.otf"));
        Assert.Equal(Codes.FontCffOutlines, error.Code);
        Assert.Equal("PUB3101", error.Code.Id);
        Assert.Equal("Fake-Regular.otf", error.Key);
        Assert.Contains("CFF", error.Message);
    }

    [Fact]
    public void Collection_is_rejected_with_PUB3103()
    {
        var error = Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(Header("ttcf"), "Fake.ttc"));
        Assert.Equal(Codes.FontCollection, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(200)]
    [InlineData(5000)]
    public void Truncated_font_is_rejected_with_PUB3102(int length)
    {
        var data = FontTestData.Charis.Data[..length];
        var error = Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(data, "Cut.ttf"));
        Assert.Equal(Codes.FontMalformed, error.Code);
    }

    [Fact]
    public void Unknown_signature_is_rejected()
    {
        var error = Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(Header("wOFF"), "Web.woff"));
        Assert.Equal(Codes.FontMalformed, error.Code);
    }

    [Fact]
    public void Truncated_table_contents_are_rejected_not_crashing()
    {
        // Keep the directory but zero every table: head's magic number fails.
        var data = (byte[])FontTestData.Charis.Data.Clone();
        Array.Clear(data, 400, data.Length - 400);
        var error = Assert.Throws<FontFormatException>(() => TrueTypeFont.Parse(data, "Zeroed.ttf"));
        Assert.Equal(Codes.FontMalformed, error.Code);
    }
}
