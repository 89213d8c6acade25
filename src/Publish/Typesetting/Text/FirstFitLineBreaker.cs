namespace Publish.Typesetting.Text;

/// <summary>
/// Greedy line breaking, as word processors and browsers do it: each line takes as many items
/// as fit (with the glue shrunk as far as allowed), breaking at the last legal break that fits,
/// hyphens included. Never looks back, so it is fast but leaves loose lines. A line is
/// overfull only when its first unbreakable run is wider than the measure.
/// </summary>
internal sealed class FirstFitLineBreaker(LineBreakSettings settings) : ILineBreaker
{
    /// <summary>A greedy breaker with plain TeX's settings (used only for justification and scoring).</summary>
    public FirstFitLineBreaker() : this(LineBreakSettings.Default) { }

    /// <summary>The settings in use.</summary>
    public LineBreakSettings Settings { get; } = settings;

    /// <inheritdoc />
    public BreakResult Break(IReadOnlyList<LineItem> items, LineWidths widths)
    {
        if (LineAssembler.IsEmpty(items)) return BreakResult.Empty;
        var sums = new ItemSums(LineAssembler.WithFinalBreak(items));
        var breaks = new List<int>();
        var start = 0;
        var lastFit = -1;
        for (var b = 0; b < sums.Count; b++)
        {
            if (b < start || !sums.IsLegalBreak(b, withHyphenation: true)) continue;
            var fit = LineFit.Of(sums.Measure(start, b), widths[breaks.Count], Settings);
            if (fit.TooWide)
            {
                // Break at the last break that fitted; with none, this line is overfull anyway.
                var at = lastFit >= 0 ? lastFit : b;
                breaks.Add(at);
                start = sums.LineStart(at);
                lastFit = -1;
                b = at; // rescan from the new line's start
                continue;
            }
            if (sums.Items[b].IsForcedBreak)
            {
                breaks.Add(b);
                start = sums.LineStart(b);
                lastFit = -1;
                continue;
            }
            lastFit = b;
        }
        return LineAssembler.Assemble(sums, breaks, widths, Settings, pass: 0);
    }
}
