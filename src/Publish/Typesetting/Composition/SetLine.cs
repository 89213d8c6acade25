using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Composition;

/// <summary>
/// One finished line: frame items positioned relative to the line's left edge (x = 0) and its
/// baseline (y = 0), its width as set, and whether it ends a paragraph.
/// </summary>
internal sealed record SetLine(IReadOnlyList<FrameItem> Items, double Width, double Measure)
{
    public bool Overfull => Width > Measure + OverfullTolerance;

    /// <summary>Rounding slack before a line counts as overfull (a hundredth of a point).</summary>
    public const double OverfullTolerance = 0.01;

    /// <summary>The items moved to a place on the page.</summary>
    public IEnumerable<FrameItem> At(double x, double baseline) => Items.Select(i => FrameGeometry.Translate(i, x, baseline));
}
