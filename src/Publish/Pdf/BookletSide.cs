namespace Publish.Pdf;

/// <summary>
/// One side of a booklet sheet: the interior pages (1-based) on its left and right halves, the
/// sheet's position counted from the outside of the stack (0 = outermost sheet, used for creep)
/// and whether it is the front (printed first) or the back.
/// </summary>
internal readonly record struct BookletSide(int Left, int Right, int SheetIndex, bool Front);
