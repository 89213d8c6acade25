using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// A pamphlet laid out: its pages of frames, whether the colophon has the last page to itself
/// (print editions may put their padding before it), the page each block of the text starts on (for the EPUB's
/// page list), and the problems found on the way.
/// </summary>
internal sealed record LayoutResult(
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<Block, int> BlockPages,
    IReadOnlyDictionary<string, int> SectionPages,
    IReadOnlyList<LayoutProblem> Problems,
    IReadOnlyList<string> FontsUsed)
{
    /// <summary>The colophon is on the last page: alone (true), or at the foot of the text's last page (false).</summary>
    public bool ColophonOwnPage { get; init; } = true;
}
