using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Fills a glyph run's outlines: all glyphs of the run go into one coverage mask over the
/// run's pixel bounds (from the font's bounding box), which is then blended in the run's colour.
/// </summary>
internal static class GlyphRunPainter
{
    /// <summary>Paints <paramref name="run"/>, set in <paramref name="font"/>, onto the canvas.</summary>
    public static void Paint(RasterCanvas canvas, CoverageAccumulator accumulator, GlyphRun run, TrueTypeFont font)
    {
        if (run.Glyphs.Count == 0) return;
        double s = canvas.Scale;
        double unit = run.Size / font.UnitsPerEm;
        var box = font.BoundingBox;
        double inkLeft = run.X + box.XMin * unit;
        double inkRight = run.X + run.Width + Math.Max(0, box.XMax * unit);
        var bounds = new Rect(inkLeft, run.Baseline - box.YMax * unit, inkRight - inkLeft, (box.YMax - box.YMin) * unit);
        var (left, top, right, bottom) = canvas.PixelBounds(bounds);
        if (right <= left || bottom <= top) return;

        accumulator.Reset(right - left, bottom - top);
        double pen = run.X;
        foreach (var glyph in run.Glyphs)
        {
            var outline = font.Outline(glyph.GlyphId);
            if (outline.Contours.Count > 0)
                OutlineFlattener.Flatten(outline, unit * s, pen * s - left, run.Baseline * s - top, accumulator);
            pen += glyph.Advance;
        }
        var target = new CanvasTarget(canvas, left, top, run.Colour);
        accumulator.Resolve(ref target);
    }
}
