using Publish.Typesetting.Frames;

namespace Publish.Tests.Layout;

/// <summary>
/// A line as it sits on a page: the glyph runs sharing one baseline (within 0.05pt), in x order.
/// Superscript note numbers sit on a raised baseline; they are folded into the line they
/// rise above (their baseline lies within half the body size of it).
/// </summary>
internal sealed record TextLine(int Page, double Baseline, double Left, double Right, double Size, string Text, IReadOnlyList<GlyphRun> Runs)
{
    public double Width => Right - Left;
    public string FontKey => Runs[0].FontKey;
    public override string ToString() => $"p{Page} y={Baseline:0.##} x={Left:0.##}..{Right:0.##} {Size}pt \"{Text}\"";
}

internal static class FrameLines
{
    /// <summary>Tolerance for "inside the type area" and "wider than the measure" (a hundredth of a point).</summary>
    public const double Tolerance = 0.01;

    /// <summary>The lines whose baselines lie inside the type area, top to bottom.</summary>
    public static List<TextLine> BodyLines(Page page) => Lines(page).Where(l => InsideVertically(page, l.Baseline)).ToList();

    /// <summary>Lines outside the type area: running heads and folios.</summary>
    public static List<TextLine> Furniture(Page page) => Lines(page).Where(l => !InsideVertically(page, l.Baseline)).ToList();

    public static bool InsideVertically(Page page, double baseline) =>
        baseline >= page.TypeArea.Y - Tolerance && baseline <= page.TypeArea.Bottom + Tolerance;

    public static List<TextLine> Lines(Page page)
    {
        var runs = page.Items.OfType<GlyphRun>().Where(r => r.Glyphs.Count > 0).OrderBy(r => r.Baseline).ToList();
        // Full-size runs decide the baselines; smaller raised runs (note references) join the line below them.
        var groups = new List<List<GlyphRun>>();
        foreach (var run in runs.OrderByDescending(r => r.Size).ThenBy(r => r.Baseline))
        {
            var home = groups.FirstOrDefault(g => Math.Abs(g[0].Baseline - run.Baseline) < 0.05
                || (run.Size < g[0].Size && run.Baseline < g[0].Baseline && g[0].Baseline - run.Baseline < g[0].Size * 0.5));
            if (home is null) groups.Add([run]);
            else home.Add(run);
        }
        return groups
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.X).ToList();
                var text = new System.Text.StringBuilder();
                double right = double.MinValue;
                foreach (var r in ordered)
                {
                    if (text.Length > 0 && r.X - right > r.Size * 0.15 && !text.ToString().EndsWith(' ')) text.Append(' ');
                    text.Append(r.Text);
                    right = Math.Max(right, r.X + r.Width);
                }
                return new TextLine(page.Index, g[0].Baseline, ordered.Min(r => r.X), ordered.Max(r => r.X + r.Width), g[0].Size, text.ToString(), ordered);
            })
            .OrderBy(l => l.Baseline)
            .ToList();
    }
}
