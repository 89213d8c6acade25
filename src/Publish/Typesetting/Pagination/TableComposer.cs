using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// A simple table: columns share the measure in proportion to their longest cell (within
/// limits), cells are set ragged at the notes' size, the header row is bold and ruled off,
/// and each row is kept together.
/// </summary>
internal sealed class TableComposer(TypesetContext context, List<FlowItem> flow)
{
    /// <summary>Space between columns, in points.</summary>
    private const double Gutter = 8;

    public void Compose(Table table, double measure, double indent, TextStyle style)
    {
        int columns = Math.Max(table.Header.Select(r => r.Count).DefaultIfEmpty(0).Max(), table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns == 0) return;
        var cellStyle = context.NoteText;
        var natural = new double[columns];
        foreach (var row in table.Header.Concat(table.Rows))
            for (int c = 0; c < row.Count; c++)
                natural[c] = Math.Max(natural[c], context.Fonts.Font(cellStyle).Measure(Inline.PlainText(row[c]), cellStyle.Size));
        double available = measure - Gutter * (columns - 1);
        double total = natural.Sum();
        var widths = natural.Select(n => total <= available ? n + (available - total) / columns : Math.Max(available / columns / 2, available * n / total)).ToArray();
        double scale = available / widths.Sum();
        widths = widths.Select(w => w * scale).ToArray();

        double leading = context.Theme.NoteLeading;
        int start = flow.Count;
        flow.Add(new FlowSpace(context.Leading / 2));
        foreach (var (row, header) in table.Header.Select(r => (r, true)).Concat(table.Rows.Select(r => (r, false))))
        {
            var items = new List<FrameItem>();
            int lineCount = 1;
            double x = 0;
            for (int c = 0; c < columns; c++)
            {
                var cell = c < row.Count ? row[c] : [];
                var align = c < table.Alignments.Count ? table.Alignments[c] switch
                {
                    CellAlignment.Right => Alignment.Right, CellAlignment.Centre => Alignment.Centre, _ => Alignment.Left,
                } : Alignment.Left;
                var lines = context.Set(InlineFlattener.Flatten(cell, header ? cellStyle.WithBold() : cellStyle),
                    new ParagraphFormat(widths[c], leading, align, Hyphenate: true), table.Span.Line);
                for (int l = 0; l < lines.Count; l++)
                    items.AddRange(lines[l].At(x, l * leading));
                lineCount = Math.Max(lineCount, lines.Count);
                x += widths[c] + Gutter;
            }
            double height = lineCount * leading + leading / 2;
            double ascent = TypesetContext.AscentIn(leading, cellStyle.Size);
            if (header) items.Add(new Rule(0, height - ascent - leading / 4, measure, height - ascent - leading / 4, 0.5, context.Theme.TextColour));
            flow.Add(new FlowLine(items, height, indent, context.NextGroup(), 0, 1) { Unbreakable = true, Block = table, Ascent = ascent, KeepWithNext = header });
        }
        flow.Add(new FlowSpace(SpaceToGrid(flow, start, context.Leading)));
    }

    /// <summary>
    /// The space that closes a block begun at <paramref name="start"/>: at least half a line, and as
    /// much more as brings the block to whole lines of <paramref name="grid"/>, so the text after it
    /// is back on the baseline grid (rows and captions are set at the note leading).
    /// </summary>
    public static double SpaceToGrid(List<FlowItem> flow, int start, double grid)
    {
        double height = flow.Skip(start).Sum(i => i switch { FlowLine l => l.Height, FlowSpace s => s.Height, _ => 0 }) + grid / 2;
        double whole = Math.Ceiling(height / grid - 0.001) * grid;
        return grid / 2 + (whole - height);
    }
}
