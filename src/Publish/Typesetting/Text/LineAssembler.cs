namespace Publish.Typesetting.Text;

/// <summary>
/// Chosen break positions → <see cref="BreakResult"/>: measures and scores each line the same
/// way for every breaker (without emergency stretch), and lists overfull and underfull lines.
/// </summary>
internal static class LineAssembler
{
    /// <summary>Builds the result for breaks at <paramref name="breaks"/> (item indices, ascending, last = final break).</summary>
    public static BreakResult Assemble(ItemSums sums, IReadOnlyList<int> breaks, LineWidths widths,
        LineBreakSettings settings, int pass)
    {
        var lines = new List<BrokenLine>(breaks.Count);
        var overfull = new List<int>();
        var underfull = new List<int>();
        double total = 0;
        var previousBreak = -1;
        var previousFitness = LineScore.Decent;
        var previousHyphen = false;
        for (var i = 0; i < breaks.Count; i++)
        {
            var end = breaks[i];
            var start = Math.Min(sums.LineStart(previousBreak), end);
            var measure = widths[i];
            var line = sums.Measure(start, end);
            var fit = LineFit.Of(line, measure, settings);
            var item = end < sums.Count ? sums.Items[end] : default;
            var isPenalty = end < sums.Count && item.Kind == LineItemKind.Penalty;
            var hyphen = isPenalty && item.Flagged;
            var isLast = i == breaks.Count - 1;
            var badness = fit.TooWide ? LineScore.InfiniteBadness : fit.Badness;
            total += LineScore.Demerits(settings, badness, isPenalty ? item.Cost : 0,
                hyphen && previousHyphen, isLast && previousHyphen, fit.Fitness, previousFitness);
            if (fit.TooWide) overfull.Add(i);
            else if (fit.Badness > settings.Tolerance) underfull.Add(i);
            lines.Add(new BrokenLine(start, end, fit.Ratio, hyphen, line.Width, measure, badness, fit.Overflow));
            previousBreak = end;
            previousFitness = fit.Fitness;
            previousHyphen = hyphen;
        }
        return new BreakResult(lines, total, pass, overfull, underfull);
    }

    /// <summary>
    /// The items to break: <paramref name="items"/> itself when it ends with a forced break,
    /// otherwise a copy with one appended (so the last line always ends at a forced break).
    /// </summary>
    public static IReadOnlyList<LineItem> WithFinalBreak(IReadOnlyList<LineItem> items)
    {
        if (items.Count > 0 && items[^1].IsForcedBreak) return items;
        return [.. items, LineItem.Penalty(0, LineItem.Forced)];
    }

    /// <summary>True when there is nothing to set (no box at all).</summary>
    public static bool IsEmpty(IReadOnlyList<LineItem> items)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i].IsBox) return false;
        return true;
    }
}
