using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Pdf;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>
/// The /W array gives each used glyph its exact width (advance × 1000 / unitsPerEm, three
/// decimals), so glyphs set at their natural advance need no TJ adjustment: only kerning,
/// spaces and justification move the pen.
/// </summary>
public sealed class ExactWidthsTests
{
    private static readonly PdfRenderOptions Options = new() { CreationDate = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void The_width_array_holds_every_used_glyph_at_its_exact_width()
    {
        var run = TestFrames.Run("Solidarity minimum wage", 56, 100);
        var text = Encoding.Latin1.GetString(PdfRenderer.Render([TestFrames.A5(run)], Options, TestFrames.Fonts));
        int cidFont = text.IndexOf("/CIDFontType2", StringComparison.Ordinal);
        Assert.True(cidFont >= 0, "no CIDFont");
        var w = new Regex(@"/W\[(?<body>(?:\d+\[[^\]]*\])*)\]").Match(text, cidFont);
        Assert.True(w.Success, "no /W array in the CIDFont");

        var widths = new Dictionary<int, double>();
        foreach (Match group in Regex.Matches(w.Groups["body"].Value, @"(\d+)\[([^\]]*)\]"))
        {
            int first = int.Parse(group.Groups[1].Value, CultureInfo.InvariantCulture);
            var values = group.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < values.Length; i++) widths[first + i] = double.Parse(values[i], CultureInfo.InvariantCulture);
        }
        var reader = TestFrames.Reader(TestFrames.Regular);
        var used = run.Glyphs.Select(g => (int)g.GlyphId).Distinct().ToList();
        Assert.Equal(used.Order(), widths.Keys.Order());
        foreach (var glyph in used)
        {
            double exact = reader.Advance((ushort)glyph, 1000);
            Assert.Equal(Math.Round(exact, 3, MidpointRounding.AwayFromZero), widths[glyph], 3);
        }
        // Charis has 2,048 units to the em: most widths are not whole numbers.
        Assert.Contains(widths.Values, v => v != Math.Floor(v));
    }

    [SkippableFact]
    public void Glyphs_at_their_natural_advance_need_no_adjustment()
    {
        var qpdf = ExternalTool.Require("qpdf");
        var run = TestFrames.Run("minimum", 56, 100, ligatures: false);
        var dir = Path.Combine(Path.GetTempPath(), "publish-pdf-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "exact-widths.pdf");
        var plain = Path.Combine(dir, "exact-widths-qdf.pdf");
        File.WriteAllBytes(path, PdfRenderer.Render([TestFrames.A5(run)], Options, TestFrames.Fonts));
        ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", path, plain);

        var content = Encoding.Latin1.GetString(File.ReadAllBytes(plain));
        var tj = Regex.Match(content, @"\[(?<body>[^\]]*)\] TJ");
        Assert.True(tj.Success, "no TJ array in the page content");
        // One hex string of seven glyphs, no numbers between them.
        Assert.Matches(@"^<([0-9A-Fa-f]{4}){7}>$", tj.Groups["body"].Value);
    }
}
