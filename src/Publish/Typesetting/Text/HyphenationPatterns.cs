namespace Publish.Typesetting.Text;

/// <summary>
/// The content of one pattern file: one pattern table per level, the minima it asks for, and how many
/// entries were skipped because Liang's algorithm cannot express them.
/// </summary>
/// <param name="Levels">Pattern levels; more than one only after <c>NEXTLEVEL</c>.</param>
/// <param name="LeftMin">The file's <c>LEFTHYPHENMIN</c>, or 0 when absent.</param>
/// <param name="RightMin">The file's <c>RIGHTHYPHENMIN</c>, or 0 when absent.</param>
/// <param name="SkippedNonStandard">Entries with a <c>/replacement</c> that were left out.</param>
internal sealed record HyphenationPatterns(
    IReadOnlyList<PatternTable> Levels,
    int LeftMin,
    int RightMin,
    int SkippedNonStandard)
{
    /// <summary>Total number of patterns over all levels.</summary>
    public int Count => Levels.Sum(level => level.Count);
}
