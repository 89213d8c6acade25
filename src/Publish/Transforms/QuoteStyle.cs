namespace Publish.Transforms;

/// <summary>
/// A language's typographic conventions: which quotes open and close at the first and second
/// level, how a parenthetical dash is set, and whether punctuation takes a space before it.
/// </summary>
internal sealed record QuoteStyle(
    char PrimaryOpen, char PrimaryClose,
    char SecondaryOpen, char SecondaryClose,
    string ParentheticalDash,
    bool SpaceBeforeHighPunctuation)
{
    public const char Apostrophe = '\u2019';
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>British books: single quotes outside, double inside; spaced en dash (Hart's Rules).</summary>
    public static readonly QuoteStyle British = new('\u2018', '\u2019', '\u201C', '\u201D', "\u00A0\u2013 ", false);

    /// <summary>American books: double quotes outside, single inside; closed-up em dash (Chicago).</summary>
    public static readonly QuoteStyle American = new('\u201C', '\u201D', '\u2018', '\u2019', "\u2014", false);

    /// <summary>French: guillemets with narrow no-break spaces, space before ; : ! ?.</summary>
    public static readonly QuoteStyle French = new('\u00AB', '\u00BB', '\u201C', '\u201D', "\u00A0\u2013 ", true);

    /// <summary>German: low-high quotes, spaced en dash.</summary>
    public static readonly QuoteStyle German = new('\u201E', '\u201C', '\u201A', '\u2018', "\u00A0\u2013 ", false);

    public static QuoteStyle For(string lang)
    {
        var tag = lang.ToLowerInvariant();
        if (tag.StartsWith("fr")) return French;
        if (tag.StartsWith("de")) return German;
        if (tag is "en-us" or "en-ca" or "en-ph" || tag.StartsWith("en-us")) return American;
        return British;
    }
}
