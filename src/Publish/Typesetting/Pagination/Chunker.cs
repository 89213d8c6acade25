namespace Publish.Typesetting.Pagination;

/// <summary>
/// A run of flow items that must stay on one page: a page may break only between chunks.
/// Space leading the chunk is dropped (by whole lines) when it starts a page; see <see cref="Paginator"/>.
/// </summary>
internal sealed record Chunk(IReadOnlyList<FlowItem> Items, double Height)
{
    public FlowPageBreak? PageBreak => Items.Count == 1 ? Items[0] as FlowPageBreak : null;
}

/// <summary>
/// Cuts the flow into chunks by the page-break rules: at least <see cref="Flow.MinLines"/>
/// lines of a paragraph on each side of a break (no widows or orphans), unbreakable groups
/// whole, and keep-with-next lines (headings) joined to what follows them.
/// </summary>
internal static class Chunker
{
    public static List<Chunk> Cut(IReadOnlyList<FlowItem> flow)
    {
        var chunks = new List<Chunk>();
        var current = new List<FlowItem>();
        bool keep = false;

        void Close()
        {
            if (current.Count == 0) return;
            chunks.Add(new Chunk(current.ToList(), current.Sum(Height)));
            current.Clear();
        }

        for (int i = 0; i < flow.Count; i++)
        {
            var item = flow[i];
            switch (item)
            {
                case FlowPageBreak:
                    Close();
                    chunks.Add(new Chunk([item], 0));
                    keep = false;
                    break;
                case FlowSpace or FlowSection:
                    if (!keep && current.Any(c => c is FlowLine)) Close();
                    current.Add(item);
                    break;
                case FlowLine line:
                    if (!keep && current.Any(c => c is FlowLine) && BreakAllowedBefore(line, current.OfType<FlowLine>().Last())) Close();
                    current.Add(line);
                    keep = line.KeepWithNext;
                    break;
            }
        }
        Close();
        return chunks;
    }

    private static bool BreakAllowedBefore(FlowLine line, FlowLine previous)
    {
        if (line.Group != previous.Group) return true;
        if (line.Unbreakable) return false;
        return line.Index >= Flow.MinLines && line.Count - line.Index >= Flow.MinLines;
    }

    private static double Height(FlowItem item) => item switch
    {
        FlowLine l => l.Height,
        FlowSpace s => s.Height,
        _ => 0,
    };
}
