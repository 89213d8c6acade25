namespace Publish.Typesetting.Text;

/// <summary>
/// One line chosen by a line breaker. The line holds items <see cref="Start"/> up to, not
/// including, <see cref="End"/>; when <see cref="End"/> is a penalty its width (a hyphen) is
/// set at the end of the line. Glue and penalties after a break are dropped, so the next line
/// starts at the next box.
/// </summary>
/// <param name="Start">First item of the line.</param>
/// <param name="End">The break item (glue or penalty), or the item count for a paragraph without a final break.</param>
/// <param name="Ratio">Adjustment ratio to set the line's finite glue with: width + r × stretch for r ≥ 0, width + r × shrink for r &lt; 0 (≥ −1). Zero when fil glue takes up the slack and, in ragged-right mode, always.</param>
/// <param name="EndsWithHyphen">The line ends at a flagged (hyphen) break.</param>
/// <param name="NaturalWidth">Width with all glue at its natural width, including a hyphen at the end.</param>
/// <param name="Measure">The line's measure from <see cref="LineWidths"/>.</param>
/// <param name="Badness">TeX's badness of the line (0–10000), as the breaker saw it.</param>
/// <param name="Overflow">How far the line sticks out past the measure even at full shrink; 0 unless overfull.</param>
internal sealed record BrokenLine(
    int Start,
    int End,
    double Ratio,
    bool EndsWithHyphen,
    double NaturalWidth,
    double Measure,
    double Badness,
    double Overflow)
{
    /// <summary>True when the line is wider than its measure.</summary>
    public bool IsOverfull => Overflow > 0;
}
