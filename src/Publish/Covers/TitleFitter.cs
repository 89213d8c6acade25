using Publish.Typesetting.Fonts;

namespace Publish.Covers;

/// <summary>A title broken into lines at one size: the lines shaped, the leading, and whether it fit.</summary>
internal sealed record TitleSetting(TrueTypeFont Font, double Size, double Leading, IReadOnlyList<ShapedText> Lines, bool Fits)
{
    /// <summary>From the cap height of the first line to the baseline of the last, in points.</summary>
    public double BlockHeight => Lines.Count == 0 ? 0 : Font.CapHeight(Size) + (Lines.Count - 1) * Leading;

    /// <summary>The widest line's ink, as placed with optical margins.</summary>
    public double InkWidth => Lines.Count == 0 ? 0 : Lines.Max(l => CoverText.InkWidth(Font, l));
}

/// <summary>
/// Finds the largest title size, from a template's maximum down, at which the title breaks
/// into balanced lines (<see cref="TitleLineBreaker"/>) no wider than the measure and no taller
/// than the space; measure only, nothing placed.
/// </summary>
internal static class TitleFitter
{
    /// <summary>Each attempt is this much smaller than the last (3 % steps look continuous).</summary>
    private const double ShrinkStep = 0.97;
    /// <summary>The smallest size ever tried: below the template's minimum, titles shrink only this far.</summary>
    private const double AbsoluteMinimum = 6;

    /// <summary>
    /// Fits <paramref name="title"/>: lines never exceed <paramref name="maxWidth"/> and the block
    /// never exceeds <paramref name="maxHeight"/>. When that needs a size below
    /// <paramref name="minSize"/> the title is still set (smaller) and <see cref="TitleSetting.Fits"/>
    /// is false, so the caller can warn; only a title that fits nowhere above 6 pt overruns.
    /// </summary>
    public static TitleSetting Fit(TrueTypeFont font, string title, double maxWidth, double maxHeight,
        double maxSize, double minSize, double leadingRatio, double trackingEm = 0)
    {
        for (double size = maxSize; size >= AbsoluteMinimum; size *= ShrinkStep)
        {
            double s = size;
            var lines = TitleLineBreaker.Break(title, maxWidth,
                text => CoverText.InkWidth(font, CoverText.Shape(font, text, s, trackingEm)));
            if (lines is null) continue;
            var setting = new TitleSetting(font, size, size * leadingRatio,
                lines.Select(l => CoverText.Shape(font, l, s, trackingEm)).ToList(), Fits: size >= minSize);
            if (setting.BlockHeight <= maxHeight) return setting;
        }
        return new TitleSetting(font, AbsoluteMinimum, AbsoluteMinimum * leadingRatio,
            [CoverText.Shape(font, title, AbsoluteMinimum, trackingEm)], Fits: false);
    }
}
