using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Text shaped in one font at one size: glyphs in order, each with its advance in points
/// (kerning with the next glyph folded in) and the source characters it stands for (a
/// ligature carries "fi"). Concatenating the glyphs' chars gives back <see cref="Text"/>.
/// </summary>
internal sealed record ShapedText(string FontKey, double Size, string Text, IReadOnlyList<PositionedGlyph> Glyphs, double Width)
{
    /// <summary>Places the shaped text on a page as a frame item.</summary>
    public GlyphRun ToGlyphRun(double x, double baseline, Colour colour) =>
        new(FontKey, Size, x, baseline, Glyphs, Text, colour);
}
