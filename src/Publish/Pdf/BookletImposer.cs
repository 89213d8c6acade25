using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Publish.Pdf;

/// <summary>
/// Imposes a print interior (page count a multiple of 4) 2-up on A4 landscape for saddle
/// stitching. Each interior page is drawn as a form (so its text stays extractable) into one
/// half of the sheet: its trim box meets the fold and is centred vertically, at 1:1 when it fits
/// (A5 does) or scaled down to fit, and clipped to the trim box so bleed never spills over the fold.
/// </summary>
internal static class BookletImposer
{
    private const double A4Long = 841.89, A4Short = 595.28;
    private const double MarkLength = 12, MarkGap = 3, MarkThickness = 0.25;

    /// <summary>Imposes <paramref name="interiorPdf"/> and writes the booklet to <paramref name="output"/>.</summary>
    public static void Impose(byte[] interiorPdf, BookletOptions options, Stream output)
        => output.Write(Impose(interiorPdf, options));

    /// <summary>Imposes <paramref name="interiorPdf"/> and returns the booklet bytes.</summary>
    public static byte[] Impose(byte[] interiorPdf, BookletOptions options)
    {
        ArgumentNullException.ThrowIfNull(interiorPdf);
        ArgumentNullException.ThrowIfNull(options);
        PdfSharpRuntime.EnsureInitialised();
        using var form = XPdfForm.FromStream(new MemoryStream(interiorPdf, writable: false));
        var sides = BookletSheetPlan.For(form.PageCount);
        int sheets = form.PageCount / 4;

        using var document = new PdfDocument();
        PdfDocumentSetup.ApplyDates(document, options.CreationDate);
        OutputIntent.Add(document);
        document.Info.Title = options.Title;
        foreach (var side in sides)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(A4Long);
            page.Height = XUnit.FromPoint(A4Short);
            using var gfx = XGraphics.FromPdfPage(page);
            // Creep: a sheet wraps around the sheets inside it, so its fore-edges fall short of
            // theirs by about one paper thickness per sheet. Shift each sheet's pages away from
            // the fold by thickness × its index counted from the centre (innermost sheet: 0).
            double creep = options.PaperThickness * (sheets - 1 - side.SheetIndex);
            var left = Place(gfx, form, side.Left, leftHalf: true, creep);
            var right = Place(gfx, form, side.Right, leftHalf: false, creep);
            if (options.Marks) DrawMarks(gfx, left, right);
        }
        return PdfFileFinisher.Save(document);
    }

    /// <summary>
    /// Draws one interior page into a half sheet and returns where its trim box landed: centred
    /// vertically and against the fold horizontally (a page narrower than half A4 must still
    /// meet the fold; the excess paper is at the fore-edge, where the booklet is trimmed).
    /// </summary>
    private static XRect Place(XGraphics gfx, XPdfForm form, int pageNumber, bool leftHalf, double shift)
    {
        form.PageNumber = pageNumber;
        var (mediaW, mediaH, trim) = TrimBoxOf(form);
        double scale = Math.Min(1, Math.Min(A4Long / 2 / trim.Width, A4Short / trim.Height));
        double width = trim.Width * scale, height = trim.Height * scale, fold = A4Long / 2;
        var target = new XRect(leftHalf ? fold - width - shift : fold + shift, (A4Short - height) / 2, width, height);
        var state = gfx.Save();
        gfx.IntersectClip(target);
        gfx.DrawImage(form, new XRect(target.X - trim.X * scale, target.Y - trim.Y * scale, mediaW * scale, mediaH * scale));
        gfx.Restore(state);
        return target;
    }

    /// <summary>The media size and the trim box (top-left origin, y down) of the form's current page.</summary>
    private static (double MediaWidth, double MediaHeight, XRect Trim) TrimBoxOf(XPdfForm form)
    {
        var page = form.Page;
        var media = page.MediaBox;
        var trim = page.Elements.ContainsKey("/TrimBox") ? page.TrimBox : media;
        var rect = new XRect(trim.X1 - media.X1, media.Y2 - trim.Y2, trim.Width, trim.Height);
        return (media.Width, media.Height, rect);
    }

    /// <summary>Fold marks at the spine and trim marks at the outer corners, outside the trim area.</summary>
    private static void DrawMarks(XGraphics gfx, XRect left, XRect right)
    {
        var pen = new XPen(XColors.Black, MarkThickness);
        double fold = A4Long / 2;
        gfx.DrawLine(pen, fold, left.Top - MarkGap, fold, left.Top - MarkGap - MarkLength);
        gfx.DrawLine(pen, fold, left.Bottom + MarkGap, fold, left.Bottom + MarkGap + MarkLength);
        foreach (var (x, dir) in new[] { (left.Left, -1.0), (right.Right, 1.0) })
            foreach (var (y, vdir) in new[] { (left.Top, -1.0), (left.Bottom, 1.0) })
            {
                gfx.DrawLine(pen, x + dir * MarkGap, y, x + dir * (MarkGap + MarkLength), y);
                gfx.DrawLine(pen, x, y + vdir * MarkGap, x, y + vdir * (MarkGap + MarkLength));
            }
    }
}
