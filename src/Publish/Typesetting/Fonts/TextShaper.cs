using System.Buffers;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Simple Latin shaping: text → glyphs through the cmap (surrogate pairs joined), then
/// <c>liga</c> ligatures, then pair kerning folded into the advance of the left glyph.
/// <see cref="Measure"/> runs the same steps and sums the same per-glyph doubles in the same
/// order, so it equals <see cref="ShapedText.Width"/> exactly.
/// </summary>
internal static class TextShaper
{
    /// <summary>Texts up to this many UTF-16 units are shaped in stack buffers.</summary>
    private const int StackLimit = 256;
    /// <summary>Single characters below this code are served from a shared string cache.</summary>
    private const int CachedCharLimit = 0x3000;

    private static readonly string?[] SingleChars = new string?[CachedCharLimit];

    /// <summary>Shapes the text; see the class summary.</summary>
    public static ShapedText Shape(TrueTypeFont font, string text, double size, bool ligatures)
    {
        int[]? rented = null;
        ushort[]? rentedGlyphs = null;
        Span<int> clusters = text.Length <= StackLimit ? stackalloc int[text.Length] : (rented = ArrayPool<int>.Shared.Rent(text.Length));
        Span<ushort> glyphs = text.Length <= StackLimit ? stackalloc ushort[text.Length] : (rentedGlyphs = ArrayPool<ushort>.Shared.Rent(text.Length));
        try
        {
            var count = Run(font, text, ligatures, glyphs, clusters);
            var scale = size / font.UnitsPerEm;
            var result = new PositionedGlyph[count];
            var width = 0.0;
            for (var i = 0; i < count; i++)
            {
                var advance = GlyphAdvance(font, glyphs, i, count, scale);
                width += advance;
                var end = i + 1 < count ? clusters[i + 1] : text.Length;
                result[i] = new PositionedGlyph(glyphs[i], advance, Chars(text, clusters[i], end - clusters[i]));
            }
            return new ShapedText(font.Key, size, text, result, width);
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
            if (rentedGlyphs is not null) ArrayPool<ushort>.Shared.Return(rentedGlyphs);
        }
    }

    /// <summary>The width <see cref="Shape"/> would return, without building glyph records.</summary>
    public static double Measure(TrueTypeFont font, string text, double size, bool ligatures)
    {
        int[]? rented = null;
        ushort[]? rentedGlyphs = null;
        Span<int> clusters = text.Length <= StackLimit ? stackalloc int[text.Length] : (rented = ArrayPool<int>.Shared.Rent(text.Length));
        Span<ushort> glyphs = text.Length <= StackLimit ? stackalloc ushort[text.Length] : (rentedGlyphs = ArrayPool<ushort>.Shared.Rent(text.Length));
        try
        {
            var count = Run(font, text, ligatures, glyphs, clusters);
            var scale = size / font.UnitsPerEm;
            var width = 0.0;
            for (var i = 0; i < count; i++) width += GlyphAdvance(font, glyphs, i, count, scale);
            return width;
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
            if (rentedGlyphs is not null) ArrayPool<ushort>.Shared.Return(rentedGlyphs);
        }
    }

    /// <summary>Maps chars to glyphs and applies ligatures; returns the glyph count.</summary>
    private static int Run(TrueTypeFont font, string text, bool ligatures, Span<ushort> glyphs, Span<int> clusters)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            clusters[count] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            glyphs[count++] = font.GlyphId(cp);
        }
        return ligatures && !font.Ligatures.IsEmpty ? font.Ligatures.Apply(glyphs, clusters, count) : count;
    }

    /// <summary>Advance of glyph i in points, with the kerning between it and the next glyph.</summary>
    private static double GlyphAdvance(TrueTypeFont font, Span<ushort> glyphs, int i, int count, double scale)
    {
        var units = font.AdvanceUnits(glyphs[i]);
        if (i + 1 < count) units += font.KerningUnits(glyphs[i], glyphs[i + 1]);
        return units * scale;
    }

    private static string Chars(string text, int start, int length)
    {
        if (length != 1) return text.Substring(start, length);
        var c = text[start];
        if (c >= CachedCharLimit) return c.ToString();
        // Benign race: two threads may both create the same one-char string.
        return SingleChars[c] ??= c.ToString();
    }
}
