namespace Publish.Typesetting.Text;

/// <summary>
/// Total-fit line breaking (Knuth and Plass 1981; tex.web §813–§890): keeps the active
/// breaks from which a line could still reach the current point, scores every feasible line by
/// TeX's demerits, and picks the break sequence with the least total. Passes, as in TeX: (1)
/// without automatic hyphens within <see cref="LineBreakSettings.PreTolerance"/>, (2) with hyphens
/// within <see cref="LineBreakSettings.Tolerance"/>, (3) with emergency stretch.
/// Two deliberate departures from TeX:
/// <list type="bullet">
/// <item>In the third pass the emergency stretch decides which lines are feasible, but demerits
/// use the real badness. TeX scores with the relieved badness, which makes every stretched line
/// look cheap and loosens the whole paragraph; here only the lines that need it get loose.</item>
/// <item>TeX goes overfull in its final pass; here a fourth pass first accepts any badness, so a
/// line is overfull only when an unbreakable run is wider than the measure. That line is forced
/// (TeX's artificial demerits) and reported in <see cref="BreakResult.Overfull"/>.</item>
/// </list>
/// </summary>
internal sealed class KnuthPlassLineBreaker(LineBreakSettings settings) : ILineBreaker
{
    private readonly record struct PassSpec(int Number, double Threshold, bool Hyphenation, double ExtraStretch, bool Rescue);

    private readonly record struct Candidate(int LineKey, int Fitness, double Total, BreakNode From);

    /// <summary>A breaker with plain TeX's settings.</summary>
    public KnuthPlassLineBreaker() : this(LineBreakSettings.Default) { }

    /// <summary>
    /// Most lines in a row that may end in a hyphen (a "ladder" of three is a typographic fault;
    /// Bringhurst §2.4.5 allows two). Enforced in every pass but the last.
    /// </summary>
    public const int MaxConsecutiveHyphens = 2;

    /// <summary>Upper bound of the uncapped badness used to rank loose lines in the last pass.</summary>
    private const double RescueBadnessCap = 1e9;

    /// <summary>The settings in use.</summary>
    public LineBreakSettings Settings { get; } = settings;

    /// <inheritdoc />
    public BreakResult Break(IReadOnlyList<LineItem> items, LineWidths widths)
    {
        if (LineAssembler.IsEmpty(items)) return BreakResult.Empty;
        var sums = new ItemSums(LineAssembler.WithFinalBreak(items));
        foreach (var pass in Passes())
        {
            var last = Run(sums, widths, pass);
            if (last is null) continue;
            var breaks = new List<int>(last.Line);
            for (var node = last; node.Previous is not null; node = node.Previous) breaks.Add(node.Position);
            breaks.Reverse();
            return LineAssembler.Assemble(sums, breaks, widths, Settings, pass.Number);
        }
        throw new InvalidOperationException("the final line-breaking pass always finds breaks"); // unreachable: pass 4 rescues
    }

    private IEnumerable<PassSpec> Passes()
    {
        if (Settings.PreTolerance >= 0) yield return new PassSpec(1, Settings.PreTolerance, false, 0, false);
        yield return new PassSpec(2, Settings.Tolerance, true, 0, false);
        if (Settings.EmergencyStretch > 0) yield return new PassSpec(3, Settings.Tolerance, true, Settings.EmergencyStretch, false);
        yield return new PassSpec(4, double.PositiveInfinity, true, Settings.EmergencyStretch, true);
    }

    /// <summary>One pass over all breakpoints; the best node at the final break, or null if the pass fails.</summary>
    private BreakNode? Run(ItemSums sums, LineWidths widths, PassSpec pass)
    {
        var items = sums.Items;
        var final = items.Length - 1;
        var active = new List<BreakNode> { new(-1, 0, 0, LineScore.Decent, 0, false, null) };
        var candidates = new List<Candidate>(8);
        for (var b = 0; b < items.Length; b++)
        {
            if (!sums.IsLegalBreak(b, pass.Hyphenation)) continue;
            ref readonly var item = ref items[b];
            var isPenalty = item.Kind == LineItemKind.Penalty;
            var forced = item.IsForcedBreak;
            candidates.Clear();
            var kept = 0;
            for (var k = 0; k < active.Count; k++)
            {
                var a = active[k];
                if (a.LineStart > b)
                {
                    active[kept++] = a; // nothing between the break and b: no line yet
                    continue;
                }
                var fit = LineFit.Of(sums.Measure(a.LineStart, b), widths[a.Line], Settings, pass.ExtraStretch);
                var feasible = !fit.TooWide && fit.EmergencyBadness <= pass.Threshold
                    && !(item.Flagged && a.HyphenRun >= MaxConsecutiveHyphens && !pass.Rescue);
                var artificial = false;
                var deactivate = fit.TooWide || forced;
                if (!feasible && deactivate && pass.Rescue && kept == 0 && k == active.Count - 1 && candidates.Count == 0)
                    feasible = artificial = true; // the last hope: force this break, overfull
                if (feasible)
                {
                    // In the last pass every loose line has TeX's capped badness of 10000, so the
                    // choice among them would be arbitrary (a first line of one word could win):
                    // score them by their real looseness instead, so the least loose wins.
                    var badness = pass.Rescue && fit.Stretched && fit.Badness >= LineScore.InfiniteBadness
                        ? Math.Min(RescueBadnessCap, 100 * Math.Pow(fit.Looseness + 1, 3))
                        : fit.Badness;
                    var demerits = LineScore.Demerits(Settings, badness, isPenalty ? item.Cost : 0,
                        item.Flagged && a.Hyphenated, b == final && a.Hyphenated, fit.Fitness, a.Fitness, artificial);
                    Offer(candidates, new Candidate(Math.Min(a.Line + 1, widths.ConstantFrom), fit.Fitness,
                        a.TotalDemerits + demerits, a));
                }
                if (!deactivate) active[kept++] = a;
            }
            active.RemoveRange(kept, active.Count - kept);
            AddNodes(active, candidates, sums.LineStart(b), b, item.Flagged);
            if (active.Count == 0) return null;
        }
        BreakNode? best = null;
        foreach (var node in active)
            if (node.Position == final && (best is null || node.TotalDemerits < best.TotalDemerits)) best = node;
        return best;
    }

    /// <summary>Keeps the cheapest candidate per (line class, fitness class).</summary>
    private static void Offer(List<Candidate> candidates, Candidate candidate)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].LineKey != candidate.LineKey || candidates[i].Fitness != candidate.Fitness) continue;
            if (candidate.Total < candidates[i].Total) candidates[i] = candidate;
            return;
        }
        candidates.Add(candidate);
    }

    /// <summary>
    /// New active nodes at break <paramref name="b"/>: per line class, every fitness class whose
    /// best total is within <see cref="LineBreakSettings.AdjDemerits"/> of the class minimum
    /// (tex.web §836: a worse one could still win through the adjacency demerits of the next line).
    /// </summary>
    private void AddNodes(List<BreakNode> active, List<Candidate> candidates, int lineStart, int b, bool hyphenated)
    {
        foreach (var candidate in candidates)
        {
            var minimum = double.PositiveInfinity;
            foreach (var other in candidates)
                if (other.LineKey == candidate.LineKey) minimum = Math.Min(minimum, other.Total);
            if (candidate.Total > minimum + Settings.AdjDemerits) continue;
            active.Add(new BreakNode(b, lineStart, candidate.From.Line + 1, candidate.Fitness, candidate.Total,
                hyphenated, candidate.From));
        }
    }
}
