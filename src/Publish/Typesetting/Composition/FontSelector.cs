using Publish.Styling;
using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Composition;

/// <summary>
/// Picks the TrueType font for a text style from the theme's families, and the fallback chain
/// behind it (DejaVu, which covers far more of Unicode than a book face), shared read-only.
/// </summary>
internal sealed class FontSelector
{
    /// <summary>Fallback faces tried in order when the theme's font lacks a character.</summary>
    public static readonly string[] FallbackKeys = ["DejaVuSerif.ttf", "DejaVuSansCondensed-Bold.ttf"];

    private readonly Theme _theme;
    private readonly FontLibrary _library;
    private readonly TrueTypeFont[] _fallbacks;
    /// <summary>The chains made so far, by role, weight and slant (<see cref="Slot"/>); read without a lock, as every word asks.</summary>
    private readonly FontFallback?[] _chains = new FontFallback?[Slots];
    private static readonly int Slots = Enum.GetValues<FontRole>().Length * 4;

    public FontSelector(Theme theme, FontLibrary library)
    {
        _theme = theme;
        _library = library;
        _fallbacks = FallbackKeys.Where(library.Contains).Select(library.Get).ToArray();
    }

    public FontLibrary Library => _library;

    public TrueTypeFont Font(TextStyle style) => Chain(style).Primary;

    public FontFallback Chain(TextStyle style)
    {
        ref var slot = ref _chains[Slot(style)];
        // Two threads may both make a missing chain; both then use the one stored first.
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, NewChain(style), null) ?? slot!;
    }

    private static int Slot(TextStyle style) => (int)style.Role * 4 + (style.Bold ? 2 : 0) + (style.Italic ? 1 : 0);

    private FontFallback NewChain(TextStyle style)
    {
        var family = style.Role switch
        {
            FontRole.Headings => _theme.Headings,
            FontRole.Notes => _theme.Notes,
            FontRole.Cover => _theme.Cover,
            _ => _theme.Body,
        };
        var file = (style.Bold, style.Italic) switch
        {
            (true, true) => family.BoldItalic,
            (true, false) => family.Bold,
            (false, true) => family.Italic,
            _ => family.Regular,
        };
        return new FontFallback(_library.Get(file), _fallbacks.Where(f => f.Key != file).ToArray());
    }
}
