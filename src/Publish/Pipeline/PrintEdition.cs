using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;

namespace Publish.Pipeline;

/// <summary>
/// The print interior's page sequence: the laid-out pages padded with blanks to a multiple of
/// four (one folded sheet carries four pages), the blanks going before the colophon so it
/// stays on the last page, never in mid-text.
/// </summary>
internal static class PrintEdition
{
    public const int PagesPerSheet = 4;

    public static IReadOnlyList<Page> Pad(LayoutResult layout)
    {
        var pages = layout.Pages.ToList();
        int missing = (PagesPerSheet - pages.Count % PagesPerSheet) % PagesPerSheet;
        if (missing == 0) return pages;
        var colophon = pages[^1];
        pages.RemoveAt(pages.Count - 1);
        for (int i = 0; i < missing; i++)
            pages.Add(new Page(colophon.Width, colophon.Height, []) { Index = pages.Count + 1, TypeArea = colophon.TypeArea });
        pages.Add(colophon with { Index = pages.Count + 1 });
        return pages;
    }
}
