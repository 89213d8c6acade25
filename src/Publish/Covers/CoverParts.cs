using Publish.Model;
using Publish.Typesetting.Frames;
using G = Publish.Covers.CoverGeometry;

namespace Publish.Covers;

/// <summary>
/// Pieces every cover side shares, so they sit at the same place on all of them: the series
/// line at the top margin, the foot line (publisher and date) on the bottom margin, and the
/// subtitle setting.
/// </summary>
internal static class CoverParts
{
    /// <summary>Separator between the number label and the series number.</summary>
    private const string NumberLabel = "No. ";

    /// <summary>The series name on the left and its number on the right, on the top margin; returns the baseline (or the margin when there is no series).</summary>
    public static double SeriesLine(CoverFrameBuilder b, Metadata meta, Colour colour)
    {
        var style = b.Style;
        double size = G.SmallCapsSize * b.SizeScale;
        double baseline = style.Margin + style.Display.CapHeight(size);
        if (string.IsNullOrWhiteSpace(meta.Series)) return style.Margin;
        b.SpacedCaps(style.Display, meta.Series, size, baseline, colour);
        if (!string.IsNullOrWhiteSpace(meta.SeriesNumber))
            b.SpacedCapsRight(style.Display, NumberLabel + meta.SeriesNumber, size, baseline, colour);
        return baseline;
    }

    /// <summary>
    /// Publisher (left) and date (right) in spaced caps on the bottom margin, with a hairline
    /// above when <paramref name="rule"/> is set; returns the y of the rule's position.
    /// </summary>
    public static double Foot(CoverFrameBuilder b, Metadata meta, Colour accent, Colour ink, bool rule = true)
    {
        var style = b.Style;
        double size = G.SmallCapsSize * b.SizeScale;
        double baseline = style.Height - style.Margin;
        double ruleY = baseline - style.Display.CapHeight(size) - G.FootRuleAbove * style.Height;
        bool any = false;
        if (!string.IsNullOrWhiteSpace(meta.Publisher))
        {
            b.SpacedCaps(style.Display, meta.Publisher, size, baseline, accent);
            any = true;
        }
        if (!string.IsNullOrWhiteSpace(meta.Date))
        {
            b.SpacedCapsRight(style.DisplayRegular, meta.Date, size, baseline, ink);
            any = true;
        }
        if (any && rule)
            b.Add(new Rule(style.Margin, ruleY, style.Width - style.Margin, ruleY, G.FootRuleThickness, accent));
        return ruleY;
    }

    /// <summary>The subtitle in balanced lines at its size (shrinking only if a word is wider than the measure), or null.</summary>
    public static TitleSetting? FitSubtitle(Metadata meta, CoverStyle style, double size)
    {
        if (string.IsNullOrWhiteSpace(meta.Subtitle)) return null;
        return TitleFitter.Fit(style.DisplayItalic, meta.Subtitle, style.Measure, double.MaxValue, size, size * 0.6, G.SubtitleLeading);
    }
}
