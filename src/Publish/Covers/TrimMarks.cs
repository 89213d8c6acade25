using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Crop marks at the four corners of a trim rectangle and fold marks at given x positions,
/// drawn in the slug: each mark starts beyond the bleed, so none of it prints on the trimmed
/// sheet, and runs outwards on the trim line's extension.
/// </summary>
internal static class TrimMarks
{
    /// <summary>Mark line width: 0.25 pt, the usual hairline for crop marks.</summary>
    public const double Thickness = 0.25;
    /// <summary>Mark length: 6 mm.</summary>
    public const double Length = 6 * 72 / 25.4;
    /// <summary>Extra clearance between the bleed edge and a mark's start.</summary>
    public const double Clearance = 1;

    /// <summary>Registration-black marks for a trim of <paramref name="width"/> × <paramref name="height"/> at the origin.</summary>
    public static IEnumerable<FrameItem> For(double width, double height, double bleed, IEnumerable<double> folds)
    {
        double from = bleed + Clearance, to = bleed + Clearance + Length;
        var black = Colour.Black;
        foreach (var x in new[] { 0.0, width })
        {
            double outwards = x == 0 ? -1 : 1;
            foreach (var y in new[] { 0.0, height })
            {
                double down = y == 0 ? -1 : 1;
                // Horizontal mark on the extension of the top or bottom trim line.
                yield return new Rule(x + outwards * from, y, x + outwards * to, y, Thickness, black);
                // Vertical mark on the extension of the left or right trim line.
                yield return new Rule(x, y + down * from, x, y + down * to, Thickness, black);
            }
        }
        foreach (var fold in folds)
        {
            yield return new Rule(fold, -from, fold, -to, Thickness, black);
            yield return new Rule(fold, height + from, fold, height + to, Thickness, black);
        }
    }
}
