namespace Publish.Typesetting.Text;

/// <summary>What may follow a fragment of a word.</summary>
internal enum FragmentBreak : byte
{
    /// <summary>No break: the next fragment follows directly (a kerning pair, a style change).</summary>
    None,

    /// <summary>A hyphenation point: a break here adds the word's hyphen.</summary>
    Hyphen,

    /// <summary>After a hyphen or dash already in the text: a break adds nothing.</summary>
    Explicit,
}

/// <summary>One measured piece of a word: a syllable between hyphenation points, or a styled run.</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Payload">The caller's index for the piece, copied to its box.</param>
/// <param name="BreakAfter">What break, if any, may follow the piece.</param>
internal readonly record struct WordFragment(double Width, int Payload, FragmentBreak BreakAfter = FragmentBreak.None);

/// <summary>A word as the caller measured it: its fragments and the width of the hyphen in its font.</summary>
/// <param name="Fragments">The pieces, in order.</param>
/// <param name="HyphenWidth">Width of a hyphen added at a <see cref="FragmentBreak.Hyphen"/> break.</param>
internal sealed record ParagraphWord(IReadOnlyList<WordFragment> Fragments, double HyphenWidth);
