namespace Publish.Typesetting.Text;

/// <summary>
/// TeX's scoring of one line: badness from the adjustment ratio, fitness class, and
/// demerits (The TeXbook ch. 14; tex.web §108, §851–§859). Shared by both breakers so
/// their results compare.
/// </summary>
internal static class LineScore
{
    /// <summary>TeX's <c>inf_bad</c>: the badness of a line that cannot stretch enough.</summary>
    public const double InfiniteBadness = 10000;

    /// <summary>Badness limit of TeX's "decent" fitness class (tex.web §853).</summary>
    public const double DecentLimit = 12;

    /// <summary>Badness limit of TeX's "loose" fitness class (tex.web §853).</summary>
    public const double LooseLimit = 99;

    /// <summary>TeX's fitness classes, numbered as in tex.web.</summary>
    public const int VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3;

    /// <summary>
    /// Badness of a line that must grow (or shrink) by <paramref name="shortfall"/> with
    /// <paramref name="elasticity"/> available: 100·(t/s)³, capped at <see cref="InfiniteBadness"/>
    /// (tex.web §108, computed in floating point).
    /// </summary>
    public static double Badness(double shortfall, double elasticity)
    {
        if (shortfall <= 0) return 0;
        if (elasticity <= 0) return InfiniteBadness;
        var r = shortfall / elasticity;
        return Math.Min(InfiniteBadness, 100 * r * r * r);
    }

    /// <summary>Fitness class of a line: stretched lines are decent, loose or very loose; shrunk ones decent or tight.</summary>
    public static int Fitness(double badness, bool stretched)
    {
        if (stretched) return badness > DecentLimit ? (badness > LooseLimit ? VeryLoose : Loose) : Decent;
        return badness > DecentLimit ? Tight : Decent;
    }

    /// <summary>
    /// Demerits of one line (tex.web §859): (linepenalty + badness)², plus or minus the squared
    /// break penalty, plus hyphen and fitness demerits.
    /// </summary>
    /// <param name="settings">Tuning.</param>
    /// <param name="badness">The line's badness.</param>
    /// <param name="penalty">Cost of the break ending the line (0 for glue).</param>
    /// <param name="hyphenAfterHyphen">This line and the previous one both end in a hyphen.</param>
    /// <param name="hyphenBeforeLast">This is the last line and the previous one ends in a hyphen.</param>
    /// <param name="fitness">This line's fitness class.</param>
    /// <param name="previousFitness">The previous line's fitness class (<see cref="Decent"/> for the first line, as in TeX).</param>
    /// <param name="artificial">TeX's artificial_demerits: a forced overfull break costs nothing extra.</param>
    public static double Demerits(LineBreakSettings settings, double badness, double penalty,
        bool hyphenAfterHyphen, bool hyphenBeforeLast, int fitness, int previousFitness, bool artificial = false)
    {
        if (artificial) return 0;
        var d = settings.LinePenalty + badness;
        d *= d;
        if (penalty > 0) d += penalty * penalty;
        else if (penalty > LineItem.Forced) d -= penalty * penalty;
        if (hyphenBeforeLast) d += settings.FinalHyphenDemerits;
        else if (hyphenAfterHyphen) d += settings.DoubleHyphenDemerits;
        if (Math.Abs(fitness - previousFitness) > 1) d += settings.AdjDemerits;
        return d;
    }
}
