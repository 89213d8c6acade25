namespace Publish.Pdf;

/// <summary>
/// The page order for saddle stitching: with n pages (a multiple of 4), sheet k (0-based) has
/// front [n − 2k | 1 + 2k] and back [2 + 2k | n − 1 − 2k]. Sheet 1: front n | 1, back 2 | n − 1.
/// </summary>
internal static class BookletSheetPlan
{
    /// <summary>All sides in printing order: sheet 1 front, sheet 1 back, sheet 2 front…</summary>
    public static IReadOnlyList<BookletSide> For(int pageCount)
    {
        if (pageCount <= 0 || pageCount % 4 != 0)
            throw new ArgumentException($"a saddle-stitched booklet needs a multiple of 4 pages, not {pageCount}", nameof(pageCount));
        var sides = new List<BookletSide>(pageCount / 2);
        for (int k = 0; k < pageCount / 4; k++)
        {
            sides.Add(new BookletSide(pageCount - 2 * k, 1 + 2 * k, k, Front: true));
            sides.Add(new BookletSide(2 + 2 * k, pageCount - 1 - 2 * k, k, Front: false));
        }
        return sides;
    }
}
