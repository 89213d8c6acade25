namespace Publish.Typesetting.Text;

/// <summary>
/// A feasible break found by <see cref="KnuthPlassLineBreaker"/>: where, after how many lines,
/// with what fitness and total demerits, and the break before it (the chain gives the lines).
/// </summary>
internal sealed class BreakNode(int position, int lineStart, int line, int fitness, double totalDemerits,
    bool hyphenated, BreakNode? previous)
{
    /// <summary>Index of the break item; −1 for the paragraph start.</summary>
    public int Position { get; } = position;

    /// <summary>First item of the line that follows this break.</summary>
    public int LineStart { get; } = lineStart;

    /// <summary>Number of lines ended up to and including this break.</summary>
    public int Line { get; } = line;

    /// <summary>Fitness class of the line ending here.</summary>
    public int Fitness { get; } = fitness;

    /// <summary>Demerits of the best paragraph start ending here.</summary>
    public double TotalDemerits { get; } = totalDemerits;

    /// <summary>The line ending here ends with a hyphen (flagged break).</summary>
    public bool Hyphenated { get; } = hyphenated;

    /// <summary>The break that starts the line ending here; null for the paragraph start.</summary>
    public BreakNode? Previous { get; } = previous;

    /// <summary>How many lines in a row, ending with this one, end in a hyphen.</summary>
    public int HyphenRun { get; } = hyphenated ? (previous?.HyphenRun ?? 0) + 1 : 0;
}
