using Publish.Diagnostics;
using Publish.Model;
using Publish.Pdf;
using Publish.Styling;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// The print cover: back and front side by side on one sheet, with bleed and crop marks.
/// Pamphlets are saddle-stitched, so there is no spine: the sheet is 2 × trim wide and folds
/// at its centre (a fold mark shows where). Backgrounds run 3 mm (the theme's bleed) past the
/// outer edges; back and front meet at the fold without bleeding into each other.
/// <para>
/// The PDF backend's print mode makes the MediaBox the page plus its <c>Bleed</c> on every side
/// and the TrimBox the page, but it has no slug area for marks. So the cover asks it for
/// <c>Bleed = theme bleed + <see cref="Slug"/></c>: the TrimBox is right, the marks sit in the
/// extra margin outside the real bleed, and the BleedBox (which the backend sets to the MediaBox)
/// is larger than the 3 mm bleed; printers crop to the TrimBox, so this only matters to
/// preflight tools that check the BleedBox.
/// </para>
/// </summary>
internal static class PrintCover
{
    /// <summary>The slug outside the bleed that carries the crop marks: 9 mm.</summary>
    public const double Slug = 9 * 72 / 25.4;

    /// <summary>The spread as one page of frames at 2 × trim, marks and bleed at negative or beyond-page coordinates.</summary>
    public static Page Spread(Metadata meta, Theme theme, FontLibrary fonts, string? artPath,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md")
    {
        double w = theme.Page.Width, h = theme.Page.Height, bleed = theme.Page.Bleed;
        // The front reports template and colour problems; the back would only repeat them.
        var back = CoverDesigner.Back(meta, theme, fonts, new CoverBleed(bleed, bleed, 0, bleed), diagnostics: null, sourcePath);
        var front = CoverDesigner.Front(meta, theme, fonts, artPath, new CoverBleed(0, bleed, bleed, bleed), diagnostics, sourcePath);
        var items = new List<FrameItem>(back.Items);
        items.AddRange(front.Items.Select(item => FrameGeometry.Translate(item, w, 0)));
        items.AddRange(TrimMarks.For(2 * w, h, bleed, [w]));
        double safe = CoverStyle.SafeMargin;
        return new Page(2 * w, h, items) { Index = 1, TypeArea = new Rect(safe, safe, 2 * w - 2 * safe, h - 2 * safe) };
    }

    /// <summary>Writes the print cover PDF: the spread in print mode (TrimBox = the spread, marks in the slug).</summary>
    public static void Write(Metadata meta, Theme theme, FontLibrary fonts, string? art, PdfRenderOptions options,
        IFontSource fontSource, Stream output, DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md")
    {
        var spread = Spread(meta, theme, fonts, art, diagnostics, sourcePath);
        var print = options with { PrintMode = true, Bleed = theme.Page.Bleed, MarksMargin = Slug };
        PdfRenderer.Write([spread], print, fontSource, output);
    }
}
