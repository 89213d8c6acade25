using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;

namespace Publish.Pipeline;

/// <summary>
/// The print interior's page sequence: the laid-out pages padded to a multiple of four (one
/// folded sheet carries four pages). The padding pages — blank, ruled for notes or carrying the
/// back-list, as the theme says — go after the text, never in mid-text: before the colophon
/// when the theme keeps the colophon last (the default) and the colophon has a page of its own,
/// else after the last laid-out page (which then carries the colophon at its foot).
/// </summary>
internal static class PrintEdition
{
    public const int PagesPerSheet = 4;

    /// <summary>Spare pages needed to make <paramref name="pages"/> whole sheets.</summary>
    public static int Spare(int pages) => (PagesPerSheet - pages % PagesPerSheet) % PagesPerSheet;

    /// <summary>Pads with blank pages.</summary>
    public static IReadOnlyList<Page> Pad(LayoutResult layout, bool colophonLast = true) =>
        Pad(layout, (first, count) => Enumerable.Range(first, count).Select(n => Blank(layout.Pages[^1], n)).ToList(), colophonLast);

    /// <summary>
    /// Pads with the pages <paramref name="fill"/> makes: it gets the physical number of the
    /// first padding page and how many to make, and must return exactly that many.
    /// </summary>
    public static IReadOnlyList<Page> Pad(LayoutResult layout, Func<int, int, IReadOnlyList<Page>> fill, bool colophonLast = true)
    {
        var pages = layout.Pages.ToList();
        int missing = Spare(pages.Count);
        if (missing == 0) return pages;
        var colophon = pages[^1];
        colophonLast &= layout.ColophonOwnPage;
        if (colophonLast) pages.RemoveAt(pages.Count - 1);
        var padding = fill(pages.Count + 1, missing);
        if (padding.Count != missing) throw new InvalidOperationException($"padding made {padding.Count} pages, not {missing}");
        int first = pages.Count + 1;
        pages.AddRange(padding.Select((p, i) => p with { Index = first + i }));
        if (colophonLast) pages.Add(colophon with { Index = pages.Count + 1 });
        return pages;
    }

    private static Page Blank(Page like, int number) => new(like.Width, like.Height, []) { Index = number, TypeArea = like.TypeArea };
}
