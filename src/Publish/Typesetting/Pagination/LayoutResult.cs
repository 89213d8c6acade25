using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// A pamphlet laid out: its pages of frames, the page the colophon is on (print editions put
/// blank pages before it), the page each block of the text starts on (for the EPUB's
/// page list), and the problems found on the way.
/// </summary>
internal sealed record LayoutResult(
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<Block, int> BlockPages,
    IReadOnlyDictionary<string, int> SectionPages,
    IReadOnlyList<LayoutProblem> Problems,
    IReadOnlyList<string> FontsUsed)
{
    /// <summary>The colophon is always the last page.</summary>
    public int ColophonPage => Pages.Count;
}
