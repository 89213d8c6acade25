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
    private readonly Dictionary<(FontRole, bool, bool), FontFallback> _chains = [];
    private readonly Lock _gate = new();

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
        var key = (style.Role, style.Bold, style.Italic);
        lock (_gate)
            return _chains.TryGetValue(key, out var chain) ? chain : _chains[key] = NewChain(style);
    }

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
