using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Sets single lines of cover type as glyph runs, ranged left with optical margin alignment:
/// the first glyph's left side bearing is pulled back so the ink (not the advance box) sits on
/// the margin, and an opening quote hangs into the margin entirely. Also spaced capitals for
/// series and publisher lines.
/// </summary>
internal static class CoverText
{
    /// <summary>Opening punctuation that hangs fully outside the left margin.</summary>
    private const string HangingPunctuation = "‘“'\"«‹(";

    /// <summary>A shaped line at <paramref name="size"/>, optionally tracked (extra space after each glyph, in em).</summary>
    public static ShapedText Shape(TrueTypeFont font, string text, double size, double trackingEm = 0)
    {
        var shaped = font.Shape(text, size, ligatures: trackingEm == 0);
        if (trackingEm == 0 || shaped.Glyphs.Count == 0) return shaped;
        double extra = trackingEm * size;
        var glyphs = new PositionedGlyph[shaped.Glyphs.Count];
        double width = 0;
        for (int i = 0; i < glyphs.Length; i++)
        {
            var g = shaped.Glyphs[i];
            // No tracking after the last glyph, so the line's width is its ink's width.
            glyphs[i] = i < glyphs.Length - 1 ? g with { Advance = g.Advance + extra } : g;
            width += glyphs[i].Advance;
        }
        return shaped with { Glyphs = glyphs, Width = width };
    }

    /// <summary>
    /// Places a shaped line so its first glyph's ink starts at <paramref name="margin"/>
    /// (opening quotes hang past it).
    /// </summary>
    public static GlyphRun Place(TrueTypeFont font, ShapedText shaped, double margin, double baseline, Colour colour) =>
        shaped.ToGlyphRun(margin - OpticalIndent(font, shaped), baseline, colour);

    /// <summary>Shapes and places one line in one call.</summary>
    public static GlyphRun Line(TrueTypeFont font, string text, double size, double margin, double baseline, Colour colour, double trackingEm = 0) =>
        Place(font, Shape(font, text, size, trackingEm), margin, baseline, colour);

    /// <summary>How far the pen starts left of the margin: the side bearing, or the whole hanging glyph plus it.</summary>
    public static double OpticalIndent(TrueTypeFont font, ShapedText shaped)
    {
        if (shaped.Glyphs.Count == 0) return 0;
        var first = shaped.Glyphs[0];
        double indent = InkLeft(font, first.GlyphId, shaped.Size);
        if (first.Chars.Length > 0 && HangingPunctuation.Contains(first.Chars[0]) && shaped.Glyphs.Count > 1)
            indent = first.Advance + InkLeft(font, shaped.Glyphs[1].GlyphId, shaped.Size);
        return indent;
    }

    /// <summary>The ink width of a line placed with <see cref="Place"/>: from the margin to the last glyph's ink.</summary>
    public static double InkWidth(TrueTypeFont font, ShapedText shaped)
    {
        if (shaped.Glyphs.Count == 0) return 0;
        var last = shaped.Glyphs[^1];
        double trailing = last.Advance - InkRight(font, last.GlyphId, shaped.Size);
        return shaped.Width - OpticalIndent(font, shaped) - trailing;
    }

    /// <summary>Text in capitals for spaced-caps lines (series, publisher).</summary>
    public static string Caps(string text) => text.ToUpperInvariant();

    /// <summary>Left edge of a glyph's ink relative to its origin, in points (its left side bearing).</summary>
    public static double InkLeft(TrueTypeFont font, ushort glyph, double size)
    {
        var outline = font.Outline(glyph);
        if (outline.PointCount == 0) return 0;
        double min = double.MaxValue;
        foreach (var contour in outline.Contours)
            foreach (var p in contour) min = Math.Min(min, p.X);
        return min * size / font.UnitsPerEm;
    }

    /// <summary>Right edge of a glyph's ink relative to its origin, in points.</summary>
    public static double InkRight(TrueTypeFont font, ushort glyph, double size)
    {
        var outline = font.Outline(glyph);
        if (outline.PointCount == 0) return font.Advance(glyph, size);
        double max = double.MinValue;
        foreach (var contour in outline.Contours)
            foreach (var p in contour) max = Math.Max(max, p.X);
        return max * size / font.UnitsPerEm;
    }
}
