using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Rebuilds blocks with every inline list passed through a function, depth-first and in
/// reading order. Transforms that act on text (typography, note numbering) build on it.
/// </summary>
internal static class InlineRewriter
{
    public delegate IReadOnlyList<Inline> InlineListMap(IReadOnlyList<Inline> inlines);

    public static IReadOnlyList<Block> Map(IReadOnlyList<Block> blocks, InlineListMap map) =>
        blocks.Select(b => Map(b, map)).ToList();

    public static Block Map(Block block, InlineListMap map) => block switch
    {
        Heading h => h with { Content = map(h.Content) },
        Paragraph p => p with { Content = map(p.Content) },
        BlockQuote q => q with { Blocks = Map(q.Blocks, map) },
        ListBlock l => l with { Items = l.Items.Select(i => Map(i, map)).ToList() },
        Figure f => f with { Caption = map(f.Caption) },
        Table t => t with
        {
            Header = t.Header.Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)r.Select(c => map(c)).ToList()).ToList(),
            Rows = t.Rows.Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)r.Select(c => map(c)).ToList()).ToList(),
        },
        _ => block,
    };

    /// <summary>Rebuilds a container with new children, keeping its kind.</summary>
    public static Inline WithChildren(Container container, IReadOnlyList<Inline> children) => container switch
    {
        Emphasis e => e with { Children = children },
        Strong s => s with { Children = children },
        Superscript s => s with { Children = children },
        Subscript s => s with { Children = children },
        Link l => l with { Children = children },
        _ => container,
    };

    /// <summary>Maps every inline depth-first, in reading order.</summary>
    public static IReadOnlyList<Inline> Deep(IReadOnlyList<Inline> inlines, Func<Inline, Inline> map) =>
        inlines.Select(i => i is Container c ? map(WithChildren(c, Deep(c.Children, map))) : map(i)).ToList();
}
