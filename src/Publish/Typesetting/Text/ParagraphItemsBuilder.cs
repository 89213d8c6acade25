namespace Publish.Typesetting.Text;

/// <summary>
/// Stage "collect": measured words → boxes, glue and penalties for a line breaker. Generic and
/// font-free: each fragment becomes a box, each hyphenation point a flagged penalty carrying the
/// hyphen's width, each word gap an <see cref="InterwordSpace"/>; the paragraph ends as in TeX
/// with <c>\penalty10000 \hskip\parfillskip \penalty-10000</c>.
/// </summary>
internal sealed class ParagraphItemsBuilder(InterwordSpace space)
{
    /// <summary>plain TeX <c>\hyphenpenalty</c>: cost of breaking at a hyphenation point.</summary>
    public const double PlainTeXHyphenPenalty = 50;

    /// <summary>plain TeX <c>\exhyphenpenalty</c>: cost of breaking after a hyphen already in the text.</summary>
    public const double PlainTeXExHyphenPenalty = 50;

    /// <summary>The interword glue used.</summary>
    public InterwordSpace Space { get; } = space;

    /// <summary>Cost of a break at a hyphenation point.</summary>
    public double HyphenPenalty { get; init; } = PlainTeXHyphenPenalty;

    /// <summary>Cost of a break after an explicit hyphen.</summary>
    public double ExHyphenPenalty { get; init; } = PlainTeXExHyphenPenalty;

    /// <summary>
    /// Share of a fragment's width it may widen or narrow by (glyph expansion,
    /// <see cref="LineBreakSettings.GlyphExpansion"/>); 0 gives rigid boxes.
    /// </summary>
    public double GlyphExpansion { get; init; }

    /// <summary>
    /// Words → items. A positive <paramref name="indent"/> starts the paragraph with an empty box
    /// of that width (TeX's <c>\parindent</c>).
    /// </summary>
    public List<LineItem> Build(IEnumerable<ParagraphWord> words, double indent = 0)
    {
        var items = new List<LineItem>(Capacity(words as IReadOnlyCollection<ParagraphWord>));
        if (indent > 0) items.Add(LineItem.Box(indent));
        var first = true;
        foreach (var word in words)
        {
            if (word.Fragments.Count == 0) continue;
            if (!first) items.Add(LineItem.Glue(Space.Width, Space.Stretch, Space.Shrink));
            first = false;
            AddWord(items, word);
        }
        items.Add(LineItem.Penalty(0, LineItem.Infinite));
        items.Add(LineItem.FilGlue());
        items.Add(LineItem.Penalty(0, LineItem.Forced));
        return items;
    }

    /// <summary>
    /// The number of items <see cref="Build"/> makes of <paramref name="words"/> when they can be
    /// counted without enumerating twice: a box a fragment, a penalty a break inside a word, glue
    /// between words, the indent and the three closing items.
    /// </summary>
    private static int Capacity(IReadOnlyCollection<ParagraphWord>? words)
    {
        if (words is null) return 0;
        var count = 4;
        foreach (var word in words)
        {
            var fragments = word.Fragments;
            if (fragments.Count == 0) continue;
            count += fragments.Count + 1;
            for (var i = 0; i < fragments.Count - 1; i++)
                if (fragments[i].BreakAfter != FragmentBreak.None) count++;
        }
        return count;
    }

    private void AddWord(List<LineItem> items, ParagraphWord word)
    {
        for (var i = 0; i < word.Fragments.Count; i++)
        {
            var fragment = word.Fragments[i];
            items.Add(GlyphExpansion > 0
                ? LineItem.ElasticBox(fragment.Width, fragment.Payload, fragment.Width * GlyphExpansion, fragment.Width * GlyphExpansion)
                : LineItem.Box(fragment.Width, fragment.Payload));
            if (i == word.Fragments.Count - 1) break; // a break after the word is the interword glue
            switch (fragment.BreakAfter)
            {
                case FragmentBreak.Hyphen:
                    items.Add(LineItem.Hyphen(word.HyphenWidth, HyphenPenalty));
                    break;
                case FragmentBreak.Explicit:
                    items.Add(LineItem.Penalty(0, ExHyphenPenalty, flagged: true));
                    break;
            }
        }
    }
}
