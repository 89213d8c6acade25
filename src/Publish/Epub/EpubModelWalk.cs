using Publish.Model;

namespace Publish.Epub;

/// <summary>Depth-first walks over the model, in reading order, for the EPUB writer's indexes.</summary>
internal static class EpubModelWalk
{
    /// <summary>Every block, nested ones (quotes, list items) right after their container.</summary>
    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            IEnumerable<Block> children = block switch
            {
                BlockQuote q => q.Blocks,
                ListBlock l => l.Items.SelectMany(item => item),
                _ => [],
            };
            foreach (var child in Blocks(children)) yield return child;
        }
    }

    /// <summary>The inlines a block holds directly (not those of nested blocks).</summary>
    public static IEnumerable<Inline> OwnInlines(Block block) => block switch
    {
        Heading h => h.Content,
        Paragraph p => p.Content,
        Figure f => f.Caption,
        Table t => t.Header.Concat(t.Rows).SelectMany(row => row).SelectMany(cell => cell),
        _ => [],
    };

    /// <summary>Every inline of the blocks, nested ones included, depth first.</summary>
    public static IEnumerable<Inline> Inlines(IEnumerable<Block> blocks) =>
        Blocks(blocks).SelectMany(b => Inlines(OwnInlines(b)));

    /// <summary>Every inline of the list and of its containers' children, depth first.</summary>
    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            if (inline is Container c)
                foreach (var child in Inlines(c.Children)) yield return child;
        }
    }
}
