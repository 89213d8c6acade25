using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// Stage "compose": the text's blocks → flow items. Paragraphs are set with the line breaker at
/// the measure (indented after the first of a run), headings keep with what follows and take
/// whole lines so body baselines stay on the grid, quotes and lists are indented.
/// </summary>
internal sealed class BlockComposer(TypesetContext context, int topLevel)
{
    private readonly List<FlowItem> _flow = [];
    private bool _afterParagraph;

    public List<FlowItem> Flow => _flow;

    public void Compose(IEnumerable<Block> blocks, double indent = 0, double rightIndent = 0, TextStyle? style = null)
    {
        foreach (var block in blocks) Compose(block, indent, rightIndent, style ?? context.Body);
    }

    private void Compose(Block block, double indent, double right, TextStyle style)
    {
        var theme = context.Theme;
        double measure = context.Measure - indent - right;
        switch (block)
        {
            case Heading heading:
                ComposeHeading(heading, heading.Level - topLevel + 1, measure, indent);
                return;
            case Paragraph paragraph:
                var format = new ParagraphFormat(measure, context.Leading, theme.Justify ? Alignment.Justify : Alignment.Left,
                    _afterParagraph ? theme.ParagraphIndent : 0, 0, theme.Hyphenate, theme.HyphenateCapitalised);
                if (theme.ParagraphSpacing > 0 && _afterParagraph) _flow.Add(new FlowSpace(theme.ParagraphSpacing));
                // Set later, with the others (see Resolve): the paragraphs of a text can be set at once.
                _flow.Add(new FlowParagraph(context.Defer(InlineFlattener.Flatten(paragraph.Content, style), format, block.Span.Line),
                    indent, block, style.Size, context.NextGroup()));
                _afterParagraph = true;
                return;
            case BlockQuote quote:
                double quoteIndent = theme.BodySize * QuoteIndentEms;
                Space(context.Leading / 2);
                _afterParagraph = false;
                Compose(quote.Blocks, indent + quoteIndent, right + quoteIndent, style);
                Space(context.Leading / 2);
                _afterParagraph = false;
                return;
            case ListBlock list:
                ComposeList(list, indent, right, style);
                return;
            case CodeBlock code:
                Space(context.Leading / 2);
                foreach (var text in code.Text.Split('\n'))
                {
                    var lines = context.Set([new StyledSpan(text.Length == 0 ? "\u00A0" : text, style with { Size = style.Size * 0.9 })],
                        new ParagraphFormat(measure, context.Leading, Alignment.Left, 0, theme.BodySize, Hyphenate: false), block.Span.Line);
                    AddLines(lines, indent, block, style.Size);
                }
                Space(context.Leading / 2);
                _afterParagraph = false;
                return;
            case ThematicBreak:
                var mid = measure / 2;
                var rule = new Rule(mid - RuleHalfWidth, 0, mid + RuleHalfWidth, 0, 0.5, theme.TextColour);
                _flow.Add(new FlowLine([FrameGeometry.Translate(rule, 0, -context.Leading / 2)], context.Leading, indent, context.NextGroup(), 0, 1) { Ascent = context.Leading });
                _afterParagraph = false;
                return;
            case Figure figure:
                new FigureComposer(context, _flow).Compose(figure, measure, indent);
                _afterParagraph = false;
                return;
            case Table table:
                new TableComposer(context, _flow).Compose(table, measure, indent, style);
                _afterParagraph = false;
                return;
        }
    }

    /// <summary>Block quotes are indented by this many ems on both sides.</summary>
    private const double QuoteIndentEms = 1.5;
    /// <summary>Half the width of a scene-break rule, in points.</summary>
    private const double RuleHalfWidth = 24;

    public void ComposeHeading(Heading heading, int level, double measure, double indent)
    {
        var theme = context.Theme;
        var hs = theme.Heading(level);
        var style = new TextStyle(FontRole.Headings, hs.Bold, hs.Italic, hs.Size, theme.HeadingColour);
        var align = hs.Align switch { "centre" or "center" => Alignment.Centre, "right" => Alignment.Right, _ => Alignment.Left };
        double leading = Math.Max(hs.Size * 1.2, context.Leading);
        var lines = context.Set(InlineFlattener.Flatten(heading.Content, style), new ParagraphFormat(measure, leading, align, Hyphenate: false), heading.Span.Line);
        // Round the heading block (space above, lines, space below) up to whole body lines, so the
        // text after it stays on the grid; the rounding goes above the heading, which keeps it
        // nearer the text it heads than the text before it.
        double block = hs.SpaceBefore + lines.Count * leading + hs.SpaceAfter;
        double extra = Math.Ceiling(block / context.Leading - 0.001) * context.Leading - block;
        Space(hs.SpaceBefore + extra);
        int group = context.NextGroup();
        foreach (var line in Pagination.Flow.Lines(lines, leading, indent, group, heading, TypesetContext.AscentIn(leading, hs.Size), keepWithNext: true, unbreakable: true))
            _flow.Add(line);
        _flow.Add(new FlowSpace(hs.SpaceAfter));
        _afterParagraph = false;
    }

    private void ComposeList(ListBlock list, double indent, double right, TextStyle style)
    {
        double hang = context.Theme.BodySize * ListIndentEms;
        int number = list.Start;
        Space(context.Leading / 2);
        foreach (var item in list.Items)
        {
            var marker = list.Ordered ? $"{number++}." : "\u2022";
            int before = _flow.Count;
            _afterParagraph = false;
            Compose(item, indent + hang, right, style);
            int at = _flow.FindIndex(before, item => item is FlowLine or FlowParagraph);
            if (at < 0) continue;
            var font = context.Fonts.Font(style);
            var shaped = font.Shape(marker, style.Size);
            var run = shaped.ToGlyphRun(-shaped.Width - style.Size * 0.5, 0, style.Colour);
            _flow[at] = _flow[at] switch
            {
                FlowLine first => first with { Items = [.. first.Items, run] },
                FlowParagraph paragraph => paragraph with { Markers = [.. paragraph.Markers, (run, _flow.Count)] },
                var other => other,
            };
        }
        Space(context.Leading / 2);
        _afterParagraph = false;
    }

    /// <summary>List items hang this many ems from the text's left edge.</summary>
    private const double ListIndentEms = 1.8;

    public void AddLines(List<SetLine> lines, double x, Block? block, double size)
    {
        int group = context.NextGroup();
        foreach (var line in Pagination.Flow.Lines(lines, context.Leading, x, group, block, TypesetContext.AscentIn(context.Leading, size)))
            _flow.Add(line);
    }

    /// <summary>
    /// Sets the paragraphs composed so far (at once, when the context allows) and puts their
    /// lines in the flow where each was composed. Call before reading the flow's lines.
    /// </summary>
    public void Resolve()
    {
        if (!_flow.Exists(item => item is FlowParagraph)) return;
        context.SetDeferred();
        var resolved = new List<FlowItem>(_flow.Count * 4);
        // List markers put on a paragraph that came out empty go to the next line of their item, as they would have.
        var markers = new List<(GlyphRun Run, int End)>();
        for (int i = 0; i < _flow.Count; i++)
        {
            markers.RemoveAll(m => i >= m.End);
            switch (_flow[i])
            {
                case FlowParagraph paragraph:
                    markers.AddRange(paragraph.Markers);
                    var lines = paragraph.Paragraph.Lines;
                    if (lines.Count == 0) continue;
                    if (markers.Count > 0) lines[0] = lines[0] with { Items = [.. lines[0].Items, .. markers.Select(m => m.Run)] };
                    markers.Clear();
                    resolved.AddRange(Pagination.Flow.Lines(lines, context.Leading, paragraph.X, paragraph.Group, paragraph.Block,
                        TypesetContext.AscentIn(context.Leading, paragraph.Size)));
                    break;
                case FlowLine line when markers.Count > 0:
                    resolved.Add(line with { Items = [.. line.Items, .. markers.Select(m => m.Run)] });
                    markers.Clear();
                    break;
                case var item:
                    resolved.Add(item);
                    break;
            }
        }
        _flow.Clear();
        _flow.AddRange(resolved);
    }

    public void Space(double height)
    {
        if (height > 0) _flow.Add(new FlowSpace(height));
    }

    public void Add(FlowItem item) => _flow.Add(item);

    public void ResetIndent() => _afterParagraph = false;
}
