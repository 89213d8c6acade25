using Publish.Epub;
using Publish.Model;
using Publish.Typesetting.Pagination;

namespace Publish.Pipeline;

/// <summary>
/// Where the print edition's pages begin, as EPUB page-break markers: for each page, the first
/// heading or paragraph that starts on it. A page wholly inside one paragraph gets no marker.
/// </summary>
internal static class PageMap
{
    public static IReadOnlyList<PageBreak> Build(Document doc, LayoutResult layout)
    {
        var breaks = new List<PageBreak>();
        var seen = new HashSet<int>();
        foreach (var section in doc.Sections)
        {
            var paragraphIds = EpubIds.Paragraphs(section).ToDictionary(p => (Block)p.Paragraph, p => p.Id, ReferenceEqualityComparer.Instance);
            IEnumerable<Block> blocks = section.Heading is null ? section.Blocks : section.Blocks.Prepend(section.Heading);
            foreach (var block in blocks)
            {
                if (!layout.BlockPages.TryGetValue(block, out var page) || !seen.Add(page)) continue;
                string? id = block switch
                {
                    Heading h => h.Id,
                    Paragraph => paragraphIds.GetValueOrDefault(block),
                    _ => null,
                };
                if (id is null) { seen.Remove(page); continue; }
                breaks.Add(new PageBreak(page.ToString(System.Globalization.CultureInfo.InvariantCulture), id));
            }
        }
        return breaks;
    }
}
