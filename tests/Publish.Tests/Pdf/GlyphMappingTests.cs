using System.Text;
using Publish.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>
/// Glyph ids are CIDs and come back as text: ligatures through our ToUnicode map, a glyph used
/// for two different texts through /ActualText, and positions exactly where the frames put them.
/// </summary>
public sealed class GlyphMappingTests
{
    private static readonly PdfRenderOptions Options = new() { CreationDate = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void ToUnicode_maps_ligature_glyphs_to_all_their_characters()
    {
        var cmap = Encoding.ASCII.GetString(ToUnicodeCMapBuilder.Build(new Dictionary<ushort, string>
        {
            [0x2E7] = "ffi", [0x46] = "c", [0] = "x", [5] = "",
        }));
        Assert.Contains("2 beginbfchar", cmap);
        Assert.Contains("<02E7> <006600660069>", cmap);
        Assert.Contains("<0046> <0063>", cmap);
        Assert.DoesNotContain("<0000> <0078>", cmap);
    }

    [SkippableFact]
    public void Glyph_used_for_other_text_gets_actual_text()
    {
        var tool = ExternalTool.Require("pdftotext");
        var reader = TestFrames.Reader(TestFrames.Regular);
        var hyphen = reader.GlyphFor('-');
        var plain = TestFrames.Run("well-known", 56, 100);
        // The same hyphen glyph standing for U+2010 HYPHEN: ToUnicode says "-", so /ActualText must say "‐".
        var glyphs = TestFrames.Run("co-op", 56, 120).Glyphs
            .Select(g => g.GlyphId == hyphen ? g with { Chars = "\u2010" } : g).ToList();
        var special = new GlyphRun(TestFrames.Regular, 10.5, 56, 120, glyphs, "co\u2010op", Colour.Black);
        var pdf = PdfRenderer.Render([TestFrames.A5(plain, special)], Options, TestFrames.Fonts);
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "actualtext.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, pdf);

        var text = ExternalTool.Run(tool, path, "-").Output;
        Assert.Contains("well-known", text);
        Assert.Contains("co\u2010op", text);
    }

    [SkippableFact]
    public void Words_sit_exactly_where_the_advances_put_them()
    {
        var tool = ExternalTool.Require("pdftotext");
        const double extra = 0.37;
        var run = TestFrames.Run("justified line of text", 56, 100, extraSpacing: extra);
        var pdf = PdfRenderer.Render([TestFrames.A5(run)], Options, TestFrames.Fonts);
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "positions.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, pdf);

        var bbox = ExternalTool.Run(tool, "-bbox", path, "-").Output;
        var words = System.Text.RegularExpressions.Regex.Matches(bbox, "<word xMin=\"([0-9.]+)\"[^>]*xMax=\"([0-9.]+)\"[^>]*>([^<]+)</word>")
            .ToDictionary(m => m.Groups[3].Value, m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        // Word starts must be exact; a word's right edge is its last glyph's /W width (truncated
        // to 1/1000 em) without the justification space, so it is compared more loosely.
        double pen = run.X;
        int glyph = 0;
        foreach (var word in "justified line of text".Split(' '))
        {
            Assert.Equal(pen, words[word].Item1, 2);
            while (glyph < run.Glyphs.Count && run.Glyphs[glyph].Chars != " ") pen += run.Glyphs[glyph++].Advance;
            Assert.InRange(words[word].Item2, pen - extra - 0.02, pen - extra + 0.02);
            if (glyph < run.Glyphs.Count) pen += run.Glyphs[glyph++].Advance;
        }
    }

    [SkippableFact]
    public void Accented_letters_punctuation_and_odd_runs_come_through()
    {
        var tool = ExternalTool.Require("pdftotext");
        const string text = "Café naïve Žižek — “Œuvres” 1917–1921 ﬁ";
        var notdefOnly = new GlyphRun(TestFrames.Bold, 10, 56, 160, [new PositionedGlyph(0, 5, "")], "", Colour.Black);
        var empty = new GlyphRun(TestFrames.Regular, 10, 56, 180, [], "", Colour.Black);
        var page = TestFrames.A5(TestFrames.Run(text, 56, 100, 12, ligatures: false), notdefOnly, empty);
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "accents.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, PdfRenderer.Render([page], Options, TestFrames.Fonts));
        Assert.Contains(text, ExternalTool.Run(tool, path, "-").Output);
    }
}
