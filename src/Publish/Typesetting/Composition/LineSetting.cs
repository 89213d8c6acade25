using Publish.Typesetting.Text;

namespace Publish.Typesetting.Composition;

/// <summary>
/// How one justified line is set: the horizontal scale of its glyphs (glyph expansion) and the
/// width of each space, chosen so the line fills its measure exactly. The words take the
/// line's adjustment ratio, capped at ±1 (their expansion limit, as pdfTeX caps font expansion);
/// the spaces take up the rest, within their own stretch (beyond it only when the line is
/// loose) and never below their shrink. Ragged lines and paragraph ends keep natural widths.
/// </summary>
/// <param name="Scale">Horizontal scale of the glyphs (1 = natural).</param>
/// <param name="GlueRatio">Ratio for the finite glue: width + r·stretch (r ≥ 0) or width + r·shrink (r &lt; 0, ≥ −1).</param>
internal readonly record struct LineSetting(double Scale, double GlueRatio)
{
    /// <summary>
    /// Scales are rounded to this step (a thousandth of a percent), the precision the PDF's
    /// <c>Tz</c> operator is written with, so layout and PDF agree exactly.
    /// </summary>
    private const int ScaleDecimals = 5;

    /// <summary>Natural setting: no expansion, glue at <paramref name="ratio"/>.</summary>
    public static LineSetting Natural(double ratio) => new(1, ratio);

    /// <summary>The width of a glue item set on this line.</summary>
    public double Glue(LineItem glue) =>
        glue.Width + (GlueRatio >= 0 ? GlueRatio * glue.Stretch : GlueRatio * glue.Shrink);

    /// <summary>
    /// The setting of items [<paramref name="start"/>, <paramref name="line"/>.End) plus a
    /// hyphen (the width of the break penalty) when <paramref name="hyphen"/> is set.
    /// </summary>
    public static LineSetting For(IReadOnlyList<LineItem> items, int start, BrokenLine line, bool hyphen,
        double expansion, bool justify)
    {
        if (!justify) return Natural(0);
        double words = 0, rigid = 0, width = 0, stretch = 0, shrink = 0;
        bool fil = false;
        for (int i = start; i < line.End; i++)
        {
            var item = items[i];
            if (item.IsBox)
            {
                if (item.Payload >= 0) words += item.Width;
                else rigid += item.Width;
            }
            else if (item.IsGlue)
            {
                if (item.FilStretch > 0) { fil = true; continue; }
                width += item.Width;
                stretch += item.Stretch;
                shrink += item.Shrink;
            }
        }
        if (hyphen) words += items[line.End].Width;
        if (expansion <= 0 || line.Ratio == 0 || (fil && line.Ratio > 0)) return Natural(line.Ratio);

        // Words first take the line's ratio, capped at their limit; with no spaces to absorb
        // the rest, they take exactly what the line needs, within the same limit.
        double wordRatio = Math.Clamp(line.Ratio, -1, 1);
        if (stretch <= 0 && shrink <= 0)
            wordRatio = words > 0 ? Math.Clamp((line.Measure - rigid - words) / (words * expansion), -1, 1) : 0;
        double scale = Math.Round(1 + wordRatio * expansion, ScaleDecimals);
        double slack = line.Measure - rigid - words * scale - width;
        double glueRatio = slack >= 0
            ? (stretch > 0 ? slack / stretch : 0)
            : (shrink > 0 ? Math.Max(-1, slack / shrink) : 0);
        return new LineSetting(scale, glueRatio);
    }
}
