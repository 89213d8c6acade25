namespace Publish.Typesetting.Text;

/// <summary>
/// How one candidate line fits its measure: badness, whether it stretches, whether it cannot
/// shrink enough, and the glue-setting ratio. Justified lines use their glue; ragged-right
/// lines keep interword glue rigid and take their slack from the ragged stretch.
/// </summary>
/// <param name="Badness">TeX badness (0–10000) with the line's own stretch; <see cref="TooWideBadness"/> when the line is too wide.</param>
/// <param name="EmergencyBadness">Badness counting the emergency stretch too (equal to <paramref name="Badness"/> without it).</param>
/// <param name="Stretched">True when the line is shorter than the measure (stretches), false when it shrinks.</param>
/// <param name="TooWide">True when even full shrink leaves the line wider than the measure (TeX's r &lt; −1).</param>
/// <param name="Ratio">Glue-setting ratio for the line's finite glue (0 in ragged mode or when fil glue fills).</param>
/// <param name="Overflow">Points past the measure at full shrink; 0 unless too wide.</param>
internal readonly record struct LineFit(double Badness, double EmergencyBadness, bool Stretched, bool TooWide, double Ratio, double Overflow)
{
    /// <summary>Badness given to a line that does not fit (TeX uses inf_bad + 1).</summary>
    public const double TooWideBadness = LineScore.InfiniteBadness + 1;

    /// <summary>
    /// Fits <paramref name="line"/> into <paramref name="measure"/>. <paramref name="extraStretch"/>
    /// (emergency stretch) lowers <see cref="EmergencyBadness"/> only, not the badness or the ratio.
    /// </summary>
    public static LineFit Of(LineMeasure line, double measure, LineBreakSettings settings, double extraStretch = 0)
    {
        var stretch = settings.Justify ? line.Stretch : settings.RaggedStretch;
        var shrink = settings.Justify ? line.Shrink : 0;
        var shortfall = measure - line.Width;
        if (shortfall > 0)
        {
            if (line.FilStretch > 0) return new LineFit(0, 0, true, false, 0, 0);
            var badness = LineScore.Badness(shortfall, stretch);
            var relieved = extraStretch > 0 ? LineScore.Badness(shortfall, stretch + extraStretch) : badness;
            var ratio = settings.Justify && stretch > 0 ? shortfall / stretch : 0;
            return new LineFit(badness, relieved, true, false, ratio, 0) { Looseness = stretch > 0 ? shortfall / stretch : shortfall };
        }
        if (shortfall == 0) return new LineFit(0, 0, false, false, 0, 0);
        var excess = -shortfall;
        if (excess > shrink)
            return new LineFit(TooWideBadness, TooWideBadness, false, true, shrink > 0 ? -1 : 0, excess - shrink);
        var shrunk = LineScore.Badness(excess, shrink);
        return new LineFit(shrunk, shrunk, false, false, -excess / shrink, 0);
    }

    /// <summary>The TeX fitness class of this line.</summary>
    /// <summary>Shortfall over available stretch, uncapped (also in ragged mode); ranks loose lines in the last pass.</summary>
    public double Looseness { get; init; }

    public int Fitness => LineScore.Fitness(Badness, Stretched);
}
