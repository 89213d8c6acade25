using Publish.Diagnostics;
using Publish.Typesetting.Fonts;
using Xunit;

namespace Publish.Tests.Fonts;

/// <summary>The font cache, and the committed fonts in styles/fonts with their licences.</summary>
public sealed class FontLibraryTests
{
    /// <summary>sfnt versions of TrueType-outline fonts: 0x00010000 and 'true'.</summary>
    private static readonly byte[][] TrueTypeSignatures = [[0, 1, 0, 0], "true"u8.ToArray()];

    [Fact]
    public void Fonts_are_loaded_once_and_shared()
    {
        var library = FontLibrary.Default(FontTestData.FontsDir);
        Assert.Same(library, FontLibrary.Default(FontTestData.FontsDir + Path.DirectorySeparatorChar));
        var fonts = Enumerable.Range(0, 16).AsParallel().Select(_ => library.Get("DejaVuSerif-Bold.ttf")).ToList();
        Assert.All(fonts, f => Assert.Same(fonts[0], f));
    }

    [Fact]
    public void Missing_font_reports_PUB3006()
    {
        var library = new FontLibrary(FontTestData.FontsDir);
        var error = Assert.Throws<FontFormatException>(() => library.Get("NoSuchFont.ttf"));
        Assert.Equal(Codes.ThemeFontMissing, error.Code);
        Assert.False(library.TryGet("NoSuchFont.ttf", out var font, out var again));
        Assert.Null(font);
        Assert.Equal(Codes.ThemeFontMissing, again!.Code);
    }

    [Theory]
    [InlineData("../fonts/CharisSIL-Regular.ttf")]
    [InlineData("..")]
    [InlineData("")]
    public void Keys_must_be_plain_file_names(string key)
    {
        var error = Assert.Throws<FontFormatException>(() => new FontLibrary(FontTestData.FontsDir).Get(key));
        Assert.Equal(Codes.ThemeFontMissing, error.Code);
    }

    [Fact]
    public void Every_committed_font_is_TrueType_parses_and_has_a_licence()
    {
        var library = FontTestData.Library;
        var keys = library.Keys();
        Assert.Contains("CharisSIL-Regular.ttf", keys);
        Assert.Contains("DejaVuSerif.ttf", keys);
        var readme = File.ReadAllText(Path.Combine(FontTestData.FontsDir, "README.md"));
        var licences = Directory.GetFiles(FontTestData.FontsDir, "*-LICENSE.txt").Select(Path.GetFileName).ToList();
        foreach (var key in keys)
        {
            var font = library.Get(key);
            Assert.Contains(TrueTypeSignatures, s => font.Data.AsSpan(0, 4).SequenceEqual(s));
            Assert.True(font.HasGlyph('a') && font.HasGlyph('Z') && font.HasGlyph('\u2019'), key);
            Assert.Contains(key, readme);
            Assert.Contains(licences, l => key.StartsWith(l![..l.IndexOf("-LICENSE", StringComparison.Ordinal)], StringComparison.Ordinal));
        }
    }
}
