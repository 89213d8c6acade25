using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Pdf;
using Publish.Tests.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;
using Publish.Typesetting.Text;
using Xunit;

namespace Publish.Tests.Typesetting;

/// <summary>
/// Glyph expansion (hz): word boxes stretch and shrink by up to 2 % with the line's adjustment
/// ratio, the spaces take the rest, justified lines still fill the measure exactly, and the PDF
/// draws the scaled glyphs (Tz) where the frames put them, with the words intact.
/// </summary>
public sealed class GlyphExpansionTests
{
    private const double Share = LineBreakSettings.MicrotypeGlyphExpansion;

    private const string Text = "Rejection of a principle – the principle of collective management in the control of industry – was a tactical compromise on behalf of our Party, an act of adaptation; it was, moreover, an act of deviation from that class policy which we so zealously cultivated and defended during that first phase of the revolution. Why did this happen? How did it happen that our Party, matured and tempered in the struggle of the revolution, was permitted to be carried away from the direct road, in order to journey along the roundabout path of adaptation?";

    private static TypesetContext Context(double expansion)
    {
        var theme = TypesetFixture.Theme;
        var fonts = new FontSelector(theme, TypesetFixture.Services.Typesetting.Fonts);
        return new TypesetContext(theme, fonts, TypesetFixture.Services.Typesetting.Hyphenators.For("en-GB"),
            new KnuthPlassLineBreaker(new LineBreakSettings { Justify = true, GlyphExpansion = expansion }),
            new KnuthPlassLineBreaker(new LineBreakSettings { Justify = false, GlyphExpansion = expansion }));
    }

    private static List<SetLine> Set(TypesetContext context, double measure, Alignment align = Alignment.Justify) =>
        context.Set(InlineFlattener.Flatten([new Model.Text(Text)], context.Body), new ParagraphFormat(measure, 14, align, 12.6), 1);

    private static IEnumerable<GlyphRun> Runs(SetLine line) => line.Items.OfType<GlyphRun>();

    [Fact]
    public void Word_boxes_carry_the_expansion_share_of_their_width()
    {
        var words = new[] { new ParagraphWord([new WordFragment(30, 0)], 3), new ParagraphWord([new WordFragment(20, 1)], 3) };
        var items = new ParagraphItemsBuilder(InterwordSpace.FromWidth(3)) { GlyphExpansion = Share }.Build(words, indent: 12);
        Assert.Equal((0.0, 0.0), (items[0].Stretch, items[0].Shrink)); // the indent stays rigid
        Assert.Equal((30 * Share, 30 * Share), (items[1].Stretch, items[1].Shrink));
        Assert.Equal((20 * Share, 20 * Share), (items[3].Stretch, items[3].Shrink));
        Assert.True(items[2].IsGlue);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.6)]
    public void Within_the_limit_words_and_spaces_share_one_ratio(double ratio)
    {
        // Two words of 100 pt and one space of 3 + 1.5 − 1 pt; expansion 2 pt per word at ratio ±1.
        var items = new List<LineItem> { LineItem.ElasticBox(100, 0, 2, 2), LineItem.Glue(3, 1.5, 1), LineItem.ElasticBox(100, 1, 2, 2) };
        double elastic = ratio >= 0 ? 4 + 1.5 : 4 + 1;
        double measure = 203 + ratio * elastic;
        var line = new BrokenLine(0, 3, ratio, false, 203, measure, 0, 0);
        var setting = LineSetting.For(items, 0, line, hyphen: false, Share, justify: true);
        Assert.Equal(1 + ratio * Share, setting.Scale, 5);
        Assert.Equal(ratio, setting.GlueRatio, 3);
        Assert.Equal(measure, 200 * setting.Scale + setting.Glue(items[1]), 9);
    }

    [Fact]
    public void Past_the_limit_words_stop_at_two_percent_and_spaces_take_the_rest()
    {
        var items = new List<LineItem> { LineItem.ElasticBox(100, 0, 2, 2), LineItem.Glue(3, 1.5, 1), LineItem.ElasticBox(100, 1, 2, 2) };
        var line = new BrokenLine(0, 3, 2.0, false, 203, 214, 800, 0);
        var setting = LineSetting.For(items, 0, line, hyphen: false, Share, justify: true);
        Assert.Equal(1 + Share, setting.Scale, 9);
        Assert.Equal(214 - 200 * (1 + Share), setting.Glue(items[1]), 9);
    }

    [Fact]
    public void Ragged_lines_and_paragraph_ends_keep_natural_glyphs()
    {
        var items = new List<LineItem> { LineItem.ElasticBox(100, 0, 2, 2), LineItem.Glue(3, 1.5, 1), LineItem.ElasticBox(100, 1, 2, 2) };
        var line = new BrokenLine(0, 3, 0.7, false, 203, 210, 30, 0);
        Assert.Equal(1, LineSetting.For(items, 0, line, false, Share, justify: false).Scale);
        Assert.Equal(1, LineSetting.For(items, 0, line with { Ratio = 0 }, false, Share, justify: true).Scale);
    }

    [Fact]
    public void Justified_lines_fill_the_measure_exactly_within_two_percent_expansion()
    {
        var context = Context(Share);
        foreach (var measure in new[] { context.Measure, context.Measure * 0.6, 150.0 })
        {
            var lines = Set(context, measure);
            Assert.True(lines.Count >= 4);
            foreach (var line in lines.Take(lines.Count - 1))
            {
                Assert.Equal(measure, line.Width, 2);
                Assert.All(Runs(line), r => Assert.InRange(r.HorizontalScale, 1 - Share, 1 + Share));
            }
            Assert.All(Runs(lines[^1]), r => Assert.Equal(1, r.HorizontalScale));
        }
    }

    [Fact]
    public void Expansion_is_used_in_both_directions_and_ragged_text_never_expands()
    {
        var context = Context(Share);
        var scales = Set(context, context.Measure).Concat(Set(context, 150)).SelectMany(Runs).Select(r => r.HorizontalScale).ToList();
        Assert.Contains(scales, s => s > 1);
        Assert.Contains(scales, s => s < 1);
        Assert.All(Set(context, context.Measure, Alignment.Left).SelectMany(Runs), r => Assert.Equal(1, r.HorizontalScale));
    }

    [Fact]
    public void Expansion_narrows_the_widest_word_spaces_of_a_narrow_column()
    {
        static double WidestSpace(List<SetLine> lines) => lines.Take(lines.Count - 1).SelectMany(Runs)
            .SelectMany(r => r.Glyphs).Where(g => g.Chars == " ").Max(g => g.Advance);
        var without = WidestSpace(Set(Context(0), 150));
        var with = WidestSpace(Set(Context(Share), 150));
        Assert.True(with < without, $"widest space {with:F2} pt with expansion, {without:F2} pt without");
    }

    [SkippableFact]
    public void Pdf_draws_scaled_glyphs_where_the_frames_put_them()
    {
        var tool = ExternalTool.Require("pdftotext");
        const double scale = 1.015;
        var natural = TestFrames.Run("expanded line of text", 56, 100);
        var glyphs = natural.Glyphs.Select(g => g.Chars == " " ? g with { Advance = 4.1 } : g with { Advance = g.Advance * scale }).ToList();
        var run = natural with { Glyphs = glyphs, HorizontalScale = scale };
        var options = new PdfRenderOptions { CreationDate = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };
        var path = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", "expansion.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, PdfRenderer.Render([TestFrames.A5(run)], options, TestFrames.Fonts));

        var bbox = ExternalTool.Run(tool, "-bbox", path, "-").Output;
        var words = Regex.Matches(bbox, "<word xMin=\"([0-9.]+)\"[^>]*>([^<]+)</word>")
            .Select(m => (Start: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: m.Groups[2].Value)).ToList();
        Assert.Equal(["expanded", "line", "of", "text"], words.Select(w => w.Text));
        // Each word starts where the advances before it end (Tz scales the TJ adjustments too).
        double pen = run.X;
        var starts = new List<double> { pen };
        foreach (var glyph in run.Glyphs)
        {
            pen += glyph.Advance;
            if (glyph.Chars == " ") starts.Add(pen);
        }
        Assert.Equal(starts.Count, words.Count);
        for (int i = 0; i < starts.Count; i++) Assert.Equal(starts[i], words[i].Start, 2);
    }
}
