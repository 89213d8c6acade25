using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publish.Model;
using Block = Publish.Model.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using Table = Publish.Model.Table;

namespace Publish.Reading;

/// <summary>
/// Markdig blocks → model blocks. Footnote definitions are collected separately; link
/// reference definitions and raw HTML blocks are dropped.
/// </summary>
internal sealed class BlockConverter
{
    public List<(Footnote Footnote, IReadOnlyList<Block> Blocks)> Footnotes { get; } = [];

    public List<Block> Convert(ContainerBlock container)
    {
        var blocks = new List<Block>();
        foreach (var block in container)
        {
            var converted = ConvertBlock(block);
            if (converted is not null) blocks.Add(converted with { Span = new Model.SourceSpan(block.Line + 1, block.Column + 1) });
        }
        return blocks;
    }

    private Block? ConvertBlock(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                return new Heading(heading.Level, InlineConverter.Convert(heading.Inline), heading.TryGetAttributes()?.Id ?? "");
            case ParagraphBlock paragraph:
                var inlines = InlineConverter.Convert(paragraph.Inline);
                if (inlines is [Image image]) return new Figure(image.Source, image.Alt, []);
                return inlines.Count == 0 ? null : new Paragraph(inlines);
            case QuoteBlock quote:
                return new BlockQuote(Convert(quote));
            case Markdig.Syntax.ListBlock list:
                var items = list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<Block>)Convert(item)).ToList();
                int start = int.TryParse(list.OrderedStart, out var s) ? s : 1;
                return new Model.ListBlock(list.IsOrdered, start, items);
            case FencedCodeBlock or Markdig.Syntax.CodeBlock:
                // An empty fence ("```" at the end of the file, or "```" straight after "```") has no
                // line array at all: Markdig leaves StringLineGroup.Lines null until the first line.
                var lines = ((LeafBlock)block).Lines;
                var code = lines.Lines is null ? "" : string.Join('\n', lines.Lines.Take(lines.Count).Select(l => l.Slice.ToString()));
                return new Model.CodeBlock(code);
            case ThematicBreakBlock:
                return new Model.ThematicBreak();
            case MdTable table:
                return ConvertTable(table);
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                    Footnotes.Add((footnote, Convert(footnote)));
                return null;
            default:
                return null;
        }
    }

    private static Table ConvertTable(MdTable table)
    {
        var alignments = table.ColumnDefinitions.Select(c => c.Alignment switch
        {
            TableColumnAlign.Left => CellAlignment.Left,
            TableColumnAlign.Center => CellAlignment.Centre,
            TableColumnAlign.Right => CellAlignment.Right,
            _ => CellAlignment.None,
        }).ToList();
        var header = new List<IReadOnlyList<IReadOnlyList<Model.Inline>>>();
        var rows = new List<IReadOnlyList<IReadOnlyList<Model.Inline>>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => (IReadOnlyList<Model.Inline>)cell.OfType<ParagraphBlock>().SelectMany(p => InlineConverter.Convert(p.Inline)).ToList())
                .ToList();
            (row.IsHeader ? header : rows).Add(cells);
        }
        return new Table(alignments, header, rows);
    }
}
