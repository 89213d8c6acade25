namespace Publish.Typesetting.Fonts;

/// <summary>A stretch of text (UTF-16 start and length in the source string) set in one font.</summary>
internal sealed record FontRun(TrueTypeFont Font, int Start, int Length, string Text);

/// <summary>
/// The result of <see cref="FontFallback.Split"/>: runs that cover the whole text in order,
/// and the code points no font has (distinct, in order of first appearance). Characters no
/// font has stay in the primary font's run, where they print as .notdef: never dropped.
/// </summary>
internal sealed record FallbackSplit(IReadOnlyList<FontRun> Runs, IReadOnlyList<int> MissingCodePoints)
{
    /// <summary>True when every character has a glyph in some font.</summary>
    public bool Complete => MissingCodePoints.Count == 0;
}

/// <summary>
/// Text shaped through a fallback chain: one shaped run per font run, in order, their summed
/// width, and the code points no font has (see <see cref="FallbackSplit"/>).
/// </summary>
internal sealed record ShapedWord(IReadOnlyList<ShapedText> Runs, double Width, IReadOnlyList<int> MissingCodePoints);
