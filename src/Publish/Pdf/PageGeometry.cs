using PdfSharp.Pdf;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Maps frame coordinates (points, origin top-left of the trim page, y down) to PDF user space
/// (origin bottom-left of the media box, y up), shifting by the bleed in print mode.
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

    /// <summary>A frame rectangle in PDF default page coordinates (for annotations).</summary>
    public PdfRectangle ToPdf(Rect r)
        => new(new PdfSharp.Drawing.XPoint(X(r.X), Y(r.Bottom)), new PdfSharp.Drawing.XPoint(X(r.Right), Y(r.Y)));

    /// <summary>A frame rectangle in XGraphics coordinates (top-left origin of the media box).</summary>
    public PdfSharp.Drawing.XRect ToGraphics(Rect r) => new(r.X + Offset, r.Y + Offset, r.Width, r.Height);
}
