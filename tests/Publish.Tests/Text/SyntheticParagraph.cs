using Publish.Typesetting.Text;

namespace Publish.Tests.TextLayout;

/// <summary>
/// Paragraphs of made-up words in a monospaced "font" (every letter the same width), with
/// hyphenation points where the 2/3 minima allow, built with <see cref="ParagraphItemsBuilder"/>.
/// </summary>
internal static class SyntheticParagraph
{
    public const double LetterWidth = 5;
    public const double HyphenWidth = 3;
    public const double SpaceWidth = 4;

    /// <summary>Word lengths roughly as in English prose (many short words, a tail of long ones).</summary>
    private static readonly int[] Lengths = [1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13];

    /// <summary>Random words; each word of five or more letters gets hyphenation points with probability <paramref name="hyphenChance"/>.</summary>
    public static List<ParagraphWord> Words(Random rng, int count, double hyphenChance = 0.35)
    {
        var words = new List<ParagraphWord>(count);
        for (var w = 0; w < count; w++)
            words.Add(Word(rng, Lengths[rng.Next(Lengths.Length)], hyphenChance));
        return words;
    }

    /// <summary>A word of <paramref name="letters"/> letters, split into fragments at random legal points.</summary>
    public static ParagraphWord Word(Random rng, int letters, double hyphenChance = 0.35)
    {
        var fragments = new List<WordFragment>();
        var start = 0;
        for (var p = Hyphenator.LeftMin; p <= letters - Hyphenator.RightMin; p++)
        {
            if (rng.NextDouble() >= hyphenChance || p - start < 2) continue;
            fragments.Add(new WordFragment((p - start) * LetterWidth, fragments.Count, FragmentBreak.Hyphen));
            start = p;
        }
        fragments.Add(new WordFragment((letters - start) * LetterWidth, fragments.Count));
        return new ParagraphWord(fragments, HyphenWidth);
    }

    /// <summary>Items for <paramref name="words"/> with a TeX-like space.</summary>
    public static List<LineItem> Items(IEnumerable<ParagraphWord> words, double indent = 0) =>
        new ParagraphItemsBuilder(InterwordSpace.FromWidth(SpaceWidth)).Build(words, indent);

    /// <summary>Random paragraph items.</summary>
    public static List<LineItem> Items(Random rng, int count, double hyphenChance = 0.35) => Items(Words(rng, count, hyphenChance));

    /// <summary>
    /// The width the line really takes when set: boxes, glue at the line's ratio (fil glue at
    /// natural width), and the hyphen if it ends at one. Independent of the breakers' own sums.
    /// </summary>
    public static double SetWidth(IReadOnlyList<LineItem> items, BrokenLine line)
    {
        double width = 0;
        for (var i = line.Start; i < line.End && i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == LineItemKind.Box) width += item.Width;
            else if (item.Kind == LineItemKind.Glue)
                width += item.Width + (line.Ratio >= 0 ? line.Ratio * item.Stretch : line.Ratio * item.Shrink);
        }
        if (line.End < items.Count && items[line.End].Kind == LineItemKind.Penalty) width += items[line.End].Width;
        return width;
    }

    /// <summary>Widest single word (hyphenation ignored): if it fits, no line need be overfull.</summary>
    public static double WidestWord(IEnumerable<ParagraphWord> words) =>
        words.Max(w => w.Fragments.Sum(f => f.Width));

    /// <summary>Sum of squared adjustment ratios over all lines but the last.</summary>
    public static double SquaredRatios(BreakResult result) =>
        result.Lines.Take(result.Lines.Count - 1).Sum(l => l.Ratio * l.Ratio);
}
