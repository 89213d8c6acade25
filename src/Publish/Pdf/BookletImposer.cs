using System.Text;
using Publish.Pdf.Objects;

namespace Publish.Pdf;

/// <summary>
/// Imposes a print interior (page count a multiple of 4) 2-up on A4 landscape for saddle
/// stitching. Each interior page is drawn as a form (its own content stream, so its text stays
/// extractable) into one half of the sheet: its trim box meets the fold and is centred
/// vertically, at 1:1 when it fits (A5 does) or scaled down to fit, and clipped to the trim box
/// so bleed never spills over the fold. The forms share the interior's fonts and images.
/// </summary>
internal static class BookletImposer
{
    private const double A4Long = 841.89, A4Short = 595.28;
    private const double MarkLength = 12, MarkGap = 3, MarkThickness = 0.25;

    /// <summary>Imposes <paramref name="interior"/> and writes the booklet to <paramref name="output"/>.</summary>
    public static void Impose(RenderedDocument interior, BookletOptions options, Stream output)
        => output.Write(Impose(interior, options));

    /// <summary>Imposes <paramref name="interior"/> and returns the booklet bytes.</summary>
    public static byte[] Impose(RenderedDocument interior, BookletOptions options)
    {
        ArgumentNullException.ThrowIfNull(interior);
        ArgumentNullException.ThrowIfNull(options);
        var pages = interior.Pages;
        var sides = BookletSheetPlan.For(pages.Count);
        int sheets = pages.Count / 4;

        var writer = new PdfFileWriter(pages.Sum(p => p.CompressedContent.Length) + (1 << 16));
        int catalog = writer.Reserve(), pageTree = writer.Reserve();
        var shared = interior.WriteResources(writer);
        var forms = new int[pages.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            forms[i] = writer.Reserve();
            var g = pages[i].Geometry;
            var entries = new StringBuilder("/Type/XObject/Subtype/Form/BBox").AppendRect(0, 0, g.MediaWidth, g.MediaHeight);
            writer.WriteStream(forms[i], shared.AppendFor(entries, pages[i]).Append("/Filter/FlateDecode").ToString(), pages[i].CompressedContent);
        }

        var sheetObjects = new List<int>();
        foreach (var side in sides)
        {
            // Creep: a sheet wraps around the sheets inside it, so its fore-edges fall short of
            // theirs by about one paper thickness per sheet. Shift each sheet's pages away from
            // the fold by thickness × its index counted from the centre (innermost sheet: 0).
            double creep = options.PaperThickness * (sheets - 1 - side.SheetIndex);
            var content = new StringBuilder(256);
            var left = Place(content, pages[side.Left - 1], side.Left - 1, leftHalf: true, creep);
            var right = Place(content, pages[side.Right - 1], side.Right - 1, leftHalf: false, creep);
            if (options.Marks) DrawMarks(content, left, right);

            int page = writer.Reserve(), stream = writer.Reserve();
            writer.WriteStream(stream, "/Filter/FlateDecode", ContentStreams.Deflate(content));
            var xobjects = new StringBuilder("<</Type/Page/Parent ").AppendReference(pageTree).Append("/MediaBox").AppendRect(0, 0, A4Long, A4Short)
                .Append("/Contents ").AppendReference(stream).Append("/Resources<</XObject<<");
            foreach (var index in new[] { side.Left - 1, side.Right - 1 }) xobjects.Append("/Fm").Append(index).Append(' ').AppendReference(forms[index]);
            writer.WriteObject(page, xobjects.Append(">>>>>>"));
            sheetObjects.Add(page);
        }
        writer.WriteObject(pageTree, PdfSyntax.PageTree(sheetObjects));

        var description = new PdfRenderOptions { Title = options.Title, CreationDate = options.CreationDate };
        var metadata = DocumentInfo.WriteMetadata(writer, description);
        var catalogue = new StringBuilder("<</Type/Catalog/Pages ").AppendReference(pageTree).Append("/Metadata ").AppendReference(metadata)
            .Append("/OutputIntents").Append(OutputIntent.Write(writer));
        writer.WriteObject(catalog, catalogue.Append(">>"));
        int info = DocumentInfo.WriteInfo(writer, description);
        return writer.Finish(catalog, info);
    }

    /// <summary>A rectangle on the sheet, PDF coordinates (origin bottom-left).</summary>
    private readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;
        public double Top => Y + Height;
    }

    /// <summary>
    /// Draws one interior page into a half sheet and returns where its trim box landed: centred
    /// vertically and against the fold horizontally (a page narrower than half A4 must still
    /// meet the fold; the excess paper is at the fore-edge, where the booklet is trimmed).
    /// </summary>
    private static Box Place(StringBuilder content, RenderedPage page, int index, bool leftHalf, double shift)
    {
        double trimX = page.Geometry.Offset, trimY = page.Geometry.Offset, trimW = page.Page.Width, trimH = page.Page.Height;
        double scale = Math.Min(1, Math.Min(A4Long / 2 / trimW, A4Short / trimH));
        double width = trimW * scale, height = trimH * scale, fold = A4Long / 2;
        var target = new Box(leftHalf ? fold - width - shift : fold + shift, (A4Short - height) / 2, width, height);
        content.Append("q\n").AppendNumber(target.X).Append(' ').AppendNumber(target.Y).Append(' ')
            .AppendNumber(target.Width).Append(' ').AppendNumber(target.Height).Append(" re W n\n")
            .AppendNumber(scale).Append(" 0 0 ").AppendNumber(scale).Append(' ')
            .AppendNumber(target.X - trimX * scale).Append(' ').AppendNumber(target.Y - trimY * scale)
            .Append(" cm /Fm").Append(index).Append(" Do\nQ\n");
        return target;
    }

    /// <summary>Fold marks at the spine and trim marks at the outer corners, outside the trim area.</summary>
    private static void DrawMarks(StringBuilder content, Box left, Box right)
    {
        content.Append("q\n0 0 0 RG ").AppendNumber(MarkThickness).Append(" w\n");
        void Line(double x1, double y1, double x2, double y2) => content.AppendNumber(x1).Append(' ').AppendNumber(y1).Append(" m ")
            .AppendNumber(x2).Append(' ').AppendNumber(y2).Append(" l S\n");
        double fold = A4Long / 2;
        Line(fold, left.Top + MarkGap, fold, left.Top + MarkGap + MarkLength);
        Line(fold, left.Y - MarkGap, fold, left.Y - MarkGap - MarkLength);
        foreach (var (x, dir) in new[] { (left.X, -1.0), (right.Right, 1.0) })
            foreach (var (y, vdir) in new[] { (left.Top, 1.0), (left.Y, -1.0) })
            {
                Line(x + dir * MarkGap, y, x + dir * (MarkGap + MarkLength), y);
                Line(x, y + vdir * MarkGap, x, y + vdir * (MarkGap + MarkLength));
            }
        content.Append("Q\n");
    }
}
