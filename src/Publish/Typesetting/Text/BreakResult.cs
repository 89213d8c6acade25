namespace Publish.Typesetting.Text;

/// <summary>
/// What a line breaker decided for one paragraph, and how well it went: the lines, the total
/// demerits (Knuth–Plass scoring, also computed for first-fit so the two compare), which pass
/// found the breaks, and the lines the caller must deal with.
/// </summary>
/// <param name="Lines">The lines, top to bottom.</param>
/// <param name="TotalDemerits">Sum of the lines' demerits.</param>
/// <param name="Pass">1 = no hyphenation within pretolerance, 2 = with hyphenation within tolerance, 3 = with emergency stretch, 4 = anything goes (underfull or overfull lines); 0 for first-fit.</param>
/// <param name="Overfull">Indices of lines wider than their measure (only when a word or unbreakable run does not fit).</param>
/// <param name="Underfull">Indices of lines looser than the tolerance allows.</param>
internal sealed record BreakResult(
    IReadOnlyList<BrokenLine> Lines,
    double TotalDemerits,
    int Pass,
    IReadOnlyList<int> Overfull,
    IReadOnlyList<int> Underfull)
{
    /// <summary>True when the emergency passes (3 or 4) were needed.</summary>
    public bool EmergencyUsed => Pass >= 3;

    /// <summary>A result with no lines (an empty paragraph).</summary>
    public static BreakResult Empty { get; } = new([], 0, 0, [], []);
}
