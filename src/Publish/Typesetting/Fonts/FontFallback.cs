using System.Globalization;
using System.Text;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Splits text into runs by which font has each character: the primary font first, then the
/// fallbacks in order (DejaVu Serif for the body). Marks, spaces and invisible format
/// characters stay in the current run when its font has them, so a word in a fallback script
/// is one run. Characters no font has are reported so the caller can emit PUB3008.
/// </summary>
internal sealed class FontFallback
{
    /// <summary>Distinct texts shaped and kept per size; past this, texts are shaped each time.</summary>
    private const int ShapedCacheLimit = 100_000;

    private readonly TrueTypeFont[] _fonts;
    private readonly BoundedCache<(string Text, double Size), ShapedWord> _shaped = new(ShapedCacheLimit);

    /// <summary>A fallback chain: <paramref name="primary"/>, then <paramref name="fallbacks"/> in order.</summary>
    public FontFallback(TrueTypeFont primary, params IReadOnlyList<TrueTypeFont> fallbacks) =>
        _fonts = [primary, .. fallbacks];

    /// <summary>The primary font.</summary>
    public TrueTypeFont Primary => _fonts[0];

    /// <summary>Splits <paramref name="text"/> into font runs; see the class summary.</summary>
    public FallbackSplit Split(string text)
    {
        var runs = new List<FontRun>(1);
        List<int>? missing = null;
        TrueTypeFont? current = null;
        var runStart = 0;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var font = Choose(rune, current, ref missing);
            if (!ReferenceEquals(font, current))
            {
                if (current is not null && i > runStart) runs.Add(new FontRun(current, runStart, i - runStart, text[runStart..i]));
                current = font;
                runStart = i;
            }
            i += rune.Utf16SequenceLength;
        }
        if (current is not null && i > runStart) runs.Add(new FontRun(current, runStart, i - runStart, text[runStart..i]));
        return new FallbackSplit(runs, (IReadOnlyList<int>?)missing ?? []);
    }

    /// <summary>
    /// <paramref name="text"/> split into font runs and shaped at <paramref name="size"/>. Words
    /// repeat (a pamphlet of 40,000 words has a few thousand distinct ones), so results are kept
    /// and shared: shaping is pure and the result read-only.
    /// </summary>
    public ShapedWord Shape(string text, double size) =>
        _shaped.GetOrAdd((text, size), static (key, chain) => chain.ShapeUncached(key.Text, key.Size), this);

    private ShapedWord ShapeUncached(string text, double size)
    {
        var split = Split(text);
        var runs = new ShapedText[split.Runs.Count];
        var width = 0.0;
        for (var i = 0; i < runs.Length; i++)
        {
            var run = split.Runs[i];
            runs[i] = run.Font.Shape(run.Text, size);
            width += runs[i].Width;
        }
        return new ShapedWord(runs, width, split.MissingCodePoints);
    }

    /// <summary>True when some font in the chain has a glyph for the code point.</summary>
    public bool Covers(int codePoint) => _fonts.Any(f => f.HasGlyph(codePoint));

    private TrueTypeFont Choose(Rune rune, TrueTypeFont? current, ref List<int>? missing)
    {
        var cp = rune.Value;
        if (current is not null && Sticky(rune) && (current.HasGlyph(cp) || Invisible(rune))) return current;
        foreach (var font in _fonts)
            if (font.HasGlyph(cp)) return font;
        if (!Invisible(rune) && !(missing ??= []).Contains(cp)) missing.Add(cp);
        return current ?? _fonts[0];
    }

    /// <summary>Characters that belong with their neighbours: marks, spaces and format characters.</summary>
    private static bool Sticky(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.SpaceSeparator or UnicodeCategory.Format
        || Invisible(rune);

    /// <summary>Controls and format characters (ZWJ, ZWSP, soft hyphen …) that print nothing, so are never "missing".</summary>
    private static bool Invisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
        || rune.Value is >= 0xFE00 and <= 0xFE0F;
}
