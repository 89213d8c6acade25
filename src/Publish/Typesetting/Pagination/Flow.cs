using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// The composed text before it is cut into pages: lines and spaces in reading order, with the
/// rules that say where a page may break (groups, widows and orphans, keep-with-next).
/// </summary>
internal abstract record FlowItem;

/// <summary>
/// A line of text (or an unbreakable box such as an image or a table row) of a given height.
/// Lines of one paragraph share a <see cref="Group"/>; a page may break after line k of n only
/// when at least <see cref="Flow.MinLines"/> lines stay on each side.
/// </summary>
internal sealed record FlowLine(IReadOnlyList<FrameItem> Items, double Height, double X, int Group, int Index, int Count) : FlowItem
{
    /// <summary>Never break a page right after this line (headings).</summary>
    public bool KeepWithNext { get; init; }
    /// <summary>Never break a page inside this group, however long (short chronology entries).</summary>
    public bool Unbreakable { get; init; }
    /// <summary>The model block this line belongs to (for the page map), set on its first line.</summary>
    public Block? Block { get; init; }
    /// <summary>Distance from the top of the line's box to its baseline.</summary>
    public double Ascent { get; init; }
}

/// <summary>Vertical space; dropped when it falls at the top of a page, unless <see cref="Keep"/> is set.</summary>
internal sealed record FlowSpace(double Height, bool Keep = false) : FlowItem;

/// <summary>Ends the page. With <see cref="Recto"/>, the next page is an odd (right-hand) one.</summary>
internal sealed record FlowPageBreak(bool Recto) : FlowItem;

/// <summary>
/// The start of a division of the text: a bookmark, a destination, and the running head of
/// the pages that follow. <see cref="Opening"/> pages carry no running head.
/// </summary>
internal sealed record FlowSection(string Id, string Title, int Level, bool Opening, bool InContents) : FlowItem;

/// <summary>
/// A body paragraph in the flow before it is set (<see cref="BlockComposer.Resolve"/> replaces it
/// with its lines, so the paginator never meets one): where its lines go, the block and size they come from, their group, and a
/// list's markers for the first of them.
/// </summary>
internal sealed record FlowParagraph(DeferredParagraph Paragraph, double X, Block Block, double Size, int Group) : FlowItem
{
    /// <summary>List markers for the first line, each with the flow index where its item ends (past it, a marker not placed is dropped).</summary>
    public IReadOnlyList<(GlyphRun Run, int End)> Markers { get; init; } = [];
}

internal static class Flow
{
    /// <summary>Fewest lines of a paragraph left alone at the foot or head of a page (no orphans, no widows).</summary>
    public const int MinLines = 2;

    /// <summary>A group of set lines as flow lines.</summary>
    public static IEnumerable<FlowLine> Lines(IReadOnlyList<SetLine> lines, double leading, double x, int group, Block? block, double ascent,
        bool keepWithNext = false, bool unbreakable = false) =>
        lines.Select((line, i) => new FlowLine(line.Items, leading, x, group, i, lines.Count)
        {
            KeepWithNext = keepWithNext,
            Unbreakable = unbreakable,
            Block = i == 0 ? block : null,
            Ascent = ascent,
        });
}
