using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Typesetting;

/// <summary>Geometry of set paragraphs: measure respected, words kept, indents and hyphens right.</summary>
public sealed class ParagraphSetterTests
{
    private const string Text = "The class struggle today takes mainly “unofficial” forms. Revolutionaries should be active in these struggles rather than attempting to take over the traditional organizations. Working class resistance to the employers and the union leaders is as strong as ever. But these struggles are mainly reflex actions: their aims are inevitably limited.";

    private static List<SetLine> Set(string text, ParagraphFormat format)
    {
        var context = TypesetFixture.Context();
        return context.Set(InlineFlattener.Flatten([new Model.Text(text)], context.Body), format, 1);
    }

    private static string LineText(SetLine line) => string.Join(" ", line.Items.OfType<GlyphRun>().Select(r => r.Text));

    [Fact]
    public void Indented_paragraph_fills_its_first_line()
    {
        var context = TypesetFixture.Context();
        var lines = Set(Text, new ParagraphFormat(context.Measure, 14, Alignment.Justify, 12.6));
        Assert.True(lines.Count >= 4);
        Assert.StartsWith("The class struggle", LineText(lines[0]));
        Assert.All(lines.Take(lines.Count - 1), l => Assert.InRange(l.Width, context.Measure - 0.5, context.Measure + 0.01));
    }

    [Fact]
    public void Every_word_is_set_once_in_order()
    {
        var context = TypesetFixture.Context();
        var lines = Set(Text, new ParagraphFormat(context.Measure / 2, 14));
        var set = string.Join(" ", lines.Select(LineText)).Replace("- ", "").Replace("  ", " ");
        Assert.Equal(Text.Replace("  ", " "), set.Replace("-\u0020", ""));
    }

    [Fact]
    public void Narrow_measure_hyphenates_and_never_overflows()
    {
        var context = TypesetFixture.Context();
        var lines = Set(Text + " " + Text, new ParagraphFormat(120, 14));
        Assert.Contains(lines, l => LineText(l).EndsWith('-'));
        Assert.All(lines, l => Assert.False(l.Overfull, LineText(l)));
    }
}
