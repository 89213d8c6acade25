namespace Publish.Typesetting.Text;

/// <summary>
/// Stage "hyphenate": a word's text → a <see cref="ParagraphWord"/> cut at its hyphenation
/// points, each piece measured by the caller's function (so no font type is needed here).
/// Pieces ending in a hyphen already in the text get an explicit break; the others a
/// hyphenation break that adds the hyphen. Kerning across a cut is the caller's business.
/// </summary>
internal static class WordFragmenter
{
    /// <summary>
    /// Cuts <paramref name="word"/> at <paramref name="hyphenator"/>'s points (none when it is null).
    /// Each fragment's payload is its character offset in <paramref name="word"/>.
    /// </summary>
    /// <param name="word">The word as it will be set, with any punctuation attached.</param>
    /// <param name="hyphenator">Patterns for the paragraph's language, or null for no hyphenation.</param>
    /// <param name="measure">Width in points of a piece of text in the word's font.</param>
    /// <param name="hyphenWidth">Width of a hyphen in the word's font.</param>
    /// <param name="hyphenateCapitalised">Whether words with a capital may be hyphenated.</param>
    public static ParagraphWord Split(string word, Hyphenator? hyphenator, Func<string, double> measure,
        double hyphenWidth, bool hyphenateCapitalised = true)
    {
        var points = hyphenator?.Points(word, hyphenateCapitalised) ?? [];
        var fragments = new List<WordFragment>(points.Count + 1);
        var start = 0;
        foreach (var p in points)
        {
            var piece = word[start..p];
            var kind = Array.IndexOf(HyphenationWord.ExplicitHyphens, word[p - 1]) >= 0
                ? FragmentBreak.Explicit
                : FragmentBreak.Hyphen;
            fragments.Add(new WordFragment(measure(piece), start, kind));
            start = p;
        }
        fragments.Add(new WordFragment(measure(word[start..]), start));
        return new ParagraphWord(fragments, hyphenWidth);
    }

    /// <summary>Splits every word of <paramref name="words"/> the same way.</summary>
    public static List<ParagraphWord> SplitAll(IEnumerable<string> words, Hyphenator? hyphenator,
        Func<string, double> measure, double hyphenWidth, bool hyphenateCapitalised = true) =>
        words.Select(w => Split(w, hyphenator, measure, hyphenWidth, hyphenateCapitalised)).ToList();
}
