using Publish.Model;

namespace Publish.Reading;

/// <summary>
/// Splits the body into top-level sections at its highest heading level present. Text before
/// the first such heading becomes an untitled opening section.
/// </summary>
internal static class Sectioner
{
    public static IReadOnlyList<Section> Split(IReadOnlyList<Block> blocks)
    {
        var headings = blocks.OfType<Heading>().ToList();
        if (headings.Count == 0) return [new Section("text", null, blocks)];
        int top = headings.Min(h => h.Level);

        var sections = new List<Section>();
        Heading? current = null;
        var content = new List<Block>();
        void Flush()
        {
            if (current is not null || content.Count > 0)
                sections.Add(new Section(current?.Id ?? "", current, content.ToList()));
            content.Clear();
        }
        foreach (var block in blocks)
        {
            if (block is Heading h && h.Level == top)
            {
                Flush();
                current = h;
            }
            else content.Add(block);
        }
        Flush();
        return sections;
    }
}
