namespace Publish.Typesetting.Text;

/// <summary>
/// Decides which part of a token may be hyphenated at all: strips leading and trailing
/// punctuation, refuses numbers, addresses and mixed tokens, and normalises letters for
/// pattern look-up. Pure functions, no state.
/// </summary>
internal static class HyphenationWord
{
    /// <summary>Characters that mark a URL, an e-mail address or a path when inside a token.</summary>
    private static readonly char[] AddressMarks = ['@', '/', '\\', '_', '=', '?', '&', '#', '~', '%', ':'];

    /// <summary>Hyphen characters after which a word may already break (U+2011 is non-breaking).</summary>
    public static readonly char[] ExplicitHyphens = ['-', '\u2010'];

    /// <summary>True for ' and its typographic forms (right single quote, modifier apostrophe).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Lower-cases a letter and maps every apostrophe to <c>'</c>, as the patterns spell it.</summary>
    public static char Normalise(char c) => IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// True when the token looks like a URL, an e-mail address or a file path
    /// (<c>http://x.org/a-long-path</c>, <c>someone@example.org</c>, <c>www.example.org</c>).
    /// </summary>
    public static bool LooksLikeAddress(string token)
    {
        var (start, end) = Trimmed(token);
        if (end <= start) return false;
        var inner = token.AsSpan(start, end - start);
        if (inner.IndexOfAny(AddressMarks) >= 0) return true;
        // A dot between two letters or digits: "example.org", "x.org" (not a final full stop).
        for (var i = 1; i < inner.Length - 1; i++)
            if (inner[i] == '.' && char.IsLetterOrDigit(inner[i - 1]) && char.IsLetterOrDigit(inner[i + 1]))
                return true;
        return false;
    }

    /// <summary>
    /// The span from the first to the last letter of <paramref name="token"/> (end exclusive);
    /// quotes, brackets and punctuation around the word are outside it.
    /// </summary>
    public static (int Start, int End) LetterCore(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetter(token[start])) start++;
        var end = token.Length;
        while (end > start && !char.IsLetter(token[end - 1])) end--;
        return (start, end);
    }

    /// <summary>True when every character of the core is a letter or an apostrophe.</summary>
    public static bool IsPlainWord(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
            if (!char.IsLetter(c) && !IsApostrophe(c)) return false;
        return true;
    }

    /// <summary>Number of letters (apostrophes not counted) in <paramref name="text"/>.</summary>
    public static int CountLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) n++;
        return n;
    }

    private static (int Start, int End) Trimmed(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetterOrDigit(token[start])) start++;
        var end = token.Length;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return (start, end);
    }
}
