using Publish.Tests.Support;
using Publish.Tests.Typesetting;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Layout;

/// <summary>
/// Minimal reproductions of the hyphen ladders the catalogue test finds: the paragraph alone,
/// set at the default theme's measure, and which line-breaking pass set it.
/// </summary>
public sealed class HyphenLadderProbeTests(ITestOutputHelper output)
{
    private sealed class RecordingBreaker(ILineBreaker inner) : ILineBreaker
    {
        public List<int> Passes { get; } = [];
        public BreakResult Break(IReadOnlyList<LineItem> items, LineWidths widths)
        {
            var result = inner.Break(items, widths);
            Passes.Add(result.Pass);
            return result;
        }
    }

    public static TheoryData<string, int> Paragraphs => new()
    {
        { "workers-opposition", 170 },
        { "chile-1973-revolutionary-party", 13 },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_catalogue_paragraph_set_alone_has_no_hyphen_ladder(string slug, int line)
    {
        var text = File.ReadAllLines(Path.Combine(TestPaths.Sources, slug, "pamphlet.md"))[line - 1];
        var theme = TypesetFixture.Theme;
        var fonts = new FontSelector(theme, TypesetFixture.Services.Typesetting.Fonts);
        var breaker = new RecordingBreaker(new KnuthPlassLineBreaker(Publish.Typesetting.Pagination.Typesetter.BreakSettings(theme, justify: true)));
        var context = new Publish.Typesetting.Pagination.TypesetContext(theme, fonts, TypesetFixture.Services.Typesetting.Hyphenators.For("en-GB"), breaker, breaker);
        var doc = TypesetFixture.Read(text);
        var paragraph = doc.AllBlocks.OfType<Model.Paragraph>().First();
        var lines = context.Set(InlineFlattener.Flatten(paragraph.Content, context.Body), new ParagraphFormat(context.Measure, theme.Leading, Alignment.Justify, 1.2 * theme.BodySize), 1);
        var texts = lines.Select(l => string.Concat(l.Items.OfType<GlyphRun>().Select(r => r.Text))).ToList();
        var compounds = ParagraphLines.SourceCompounds(text);
        int streak = 0, worst = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            streak = ParagraphLines.EndsWithAddedHyphen(texts[i], i + 1 < texts.Count ? texts[i + 1] : null, compounds) ? streak + 1 : 0;
            worst = Math.Max(worst, streak);
        }
        output.WriteLine($"pass {string.Join(",", breaker.Passes)}; {texts.Count} lines");
        foreach (var t in texts) output.WriteLine(t);
        Assert.True(worst <= KnuthPlassLineBreaker.MaxConsecutiveHyphens,
            $"{worst} hyphenated line ends in a row (line-breaking pass {string.Join(",", breaker.Passes)}):\n" + string.Join("\n", texts));

        // The same paragraph through the whole typesetter (what the catalogue build does).
        var layout = TypesetFixture.Layout(text);
        var flow = ParagraphLines.Flow(layout.Pages).Where(l => l.Line.Size == theme.BodySize).Select(l => l.Line.Text).ToList();
        streak = 0; worst = 0;
        for (int i = 0; i < flow.Count; i++)
        {
            streak = ParagraphLines.EndsWithAddedHyphen(flow[i], i + 1 < flow.Count ? flow[i + 1] : null, compounds) ? streak + 1 : 0;
            worst = Math.Max(worst, streak);
        }
        output.WriteLine("--- typeset:");
        foreach (var t in flow) output.WriteLine(t);
        Assert.True(worst <= KnuthPlassLineBreaker.MaxConsecutiveHyphens, $"typeset: {worst} hyphenated line ends in a row:\n" + string.Join("\n", flow));
    }

    [Fact]
    public void Probe_catalogue_paragraph()
    {
        var pamphlet = CatalogueLayouts.Get("workers-opposition");
        var theme = pamphlet.Theme;
        var paragraph = pamphlet.Document.AllBlocks.OfType<Model.Paragraph>().First(p => Model.Inline.PlainText(p.Content).StartsWith("These are the elements", StringComparison.Ordinal));
        output.WriteLine("theme measure " + (theme.Page.Width - theme.Page.Inner - theme.Page.Outer) + " size " + theme.BodySize + " lang " + pamphlet.Document.Metadata.Lang);
        output.WriteLine("model text: " + Model.Inline.PlainText(paragraph.Content)[..200]);
        output.WriteLine("inlines: " + string.Join(" | ", paragraph.Content.Take(12).Select(i => i.GetType().Name)));
        var fonts = new FontSelector(theme, TypesetFixture.Services.Typesetting.Fonts);
        var breaker = new RecordingBreaker(new KnuthPlassLineBreaker(Publish.Typesetting.Pagination.Typesetter.BreakSettings(theme, justify: true)));
        var context = new Publish.Typesetting.Pagination.TypesetContext(theme, fonts, TypesetFixture.Services.Typesetting.Hyphenators.For(pamphlet.Document.Metadata.Lang), breaker, breaker);
        var lines = context.Set(InlineFlattener.Flatten(paragraph.Content, context.Body), new ParagraphFormat(context.Measure, theme.Leading, Alignment.Justify, 0, 0, theme.Hyphenate, theme.HyphenateCapitalised), 1);
        output.WriteLine($"pass {string.Join(",", breaker.Passes)}");
        foreach (var l in lines) output.WriteLine(string.Concat(l.Items.OfType<GlyphRun>().Select(r => r.Text)));
    }

    [Fact]
    public void Probe_catalogue_typeset_again()
    {
        var pamphlet = CatalogueLayouts.Get("workers-opposition");
        foreach (var services in new[] { TypesetFixture.Services.Typesetting })
        {
            var layout = Publish.Typesetting.Pagination.Typesetter.Typeset(pamphlet.Document, pamphlet.Theme, services, pamphlet.Directory);
            var lines = layout.Pages.SelectMany(FrameLines.BodyLines).Select(l => l.Text).ToList();
            int i = lines.FindIndex(t => t.StartsWith("that bring decay", StringComparison.Ordinal));
            output.WriteLine("typeset again: " + lines[i]);
            var original = pamphlet.Pages.SelectMany(FrameLines.BodyLines).Select(l => l.Text).ToList();
            int j = original.FindIndex(t => t.StartsWith("that bring decay", StringComparison.Ordinal));
            output.WriteLine("catalogue:     " + original[j]);
        }
        var doc = TypesetFixture.Read(File.ReadAllText(Path.Combine(TestPaths.Sources, "workers-opposition", "pamphlet.md")).Split("\n---\n", 2)[1]);
        var again = Publish.Typesetting.Pagination.Typesetter.Typeset(doc, pamphlet.Theme, TypesetFixture.Services.Typesetting, pamphlet.Directory)
            .Pages.SelectMany(FrameLines.BodyLines).Select(l => l.Text).ToList();
        output.WriteLine("from markdown: " + again[again.FindIndex(t => t.StartsWith("that bring decay", StringComparison.Ordinal))]);
    }
}
