namespace Publish.Typesetting.Text;

/// <summary>
/// The measure of each line of a paragraph, in points: a list whose last value repeats for
/// all later lines. Covers a narrower or indented first line, hanging indents and runarounds.
/// </summary>
internal sealed class LineWidths
{
    private readonly double[] _widths;

    /// <summary>Widths for lines 0, 1, …; the last one applies to every further line.</summary>
    public LineWidths(IReadOnlyList<double> widths)
    {
        if (widths.Count == 0) throw new ArgumentException("at least one line width is needed", nameof(widths));
        if (widths.Any(w => !(w > 0) || double.IsInfinity(w)))
            throw new ArgumentOutOfRangeException(nameof(widths), "line widths must be positive and finite");
        var n = widths.Count;
        while (n > 1 && widths[n - 2] == widths[n - 1]) n--;
        _widths = widths.Take(n).ToArray();
    }

    /// <summary>Every line the same width.</summary>
    public static LineWidths Uniform(double width) => new([width]);

    /// <summary>The first <paramref name="count"/> lines at <paramref name="first"/>, then <paramref name="rest"/>.</summary>
    public static LineWidths Hanging(int count, double first, double rest) =>
        new([.. Enumerable.Repeat(first, count), rest]);

    /// <summary>Width of line <paramref name="line"/> (0-based).</summary>
    public double this[int line] => _widths[Math.Min(line, _widths.Length - 1)];

    /// <summary>
    /// The first line from which all widths are equal: beyond it, two break sequences that
    /// differ only in their line count have the same future (TeX's <c>easy_line</c>).
    /// </summary>
    public int ConstantFrom => _widths.Length - 1;
}
