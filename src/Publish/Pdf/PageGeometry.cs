using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Maps frame coordinates (points, origin top-left of the trim page, y down) to PDF user space
/// (origin bottom-left of the media box, y up), shifting by the bleed (and marks margin) in print mode.
/// </summary>
internal readonly record struct PageGeometry(double MediaWidth, double MediaHeight, double Offset)
{
    /// <summary>The geometry of a frame page with <paramref name="bleed"/> on every side.</summary>
    public static PageGeometry For(Page page, double bleed)
        => new(page.Width + 2 * bleed, page.Height + 2 * bleed, bleed);

    /// <summary>PDF x of a frame x.</summary>
    public double X(double x) => x + Offset;

    /// <summary>PDF y of a frame y.</summary>
    public double Y(double y) => MediaHeight - (y + Offset);
}
