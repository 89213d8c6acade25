using Publish.Diagnostics;
using Publish.Model;
using Publish.Typesetting.Frames;
using G = Publish.Covers.CoverGeometry;

namespace Publish.Covers;

/// <summary>
/// The typographic template's front: the whole side in the cover colour, a paper ribbon from
/// the left edge carrying the series (or the publisher) in the colour, a huge title ranged
/// left under it in paper white, the subtitle below, a heavy short rule and the author low on
/// the page, publisher and date on the foot line. No art: the type is the picture.
/// </summary>
internal static class TypeCoverLayout
{
    /// <summary>Space after the ribbon's text, as a share of the margin.</summary>
    private const double RibbonTail = 0.6;
    /// <summary>Between the series name and its number on the ribbon.</summary>
    private const string RibbonNumberSeparator = " · No. ";

    /// <summary>Designs the front; measure first, then place.</summary>
    public static Page Front(Metadata meta, CoverStyle style, CoverBleed bleed, DiagnosticBag? diagnostics, string sourcePath)
    {
        var b = new CoverFrameBuilder(style, bleed);
        double h = style.Height, k = b.SizeScale;
        b.Background(style.Colour);

        // The ribbon: series and number, else the publisher.
        double ribbonTop = G.RibbonTop * h, ribbonHeight = G.RibbonHeight * h;
        string? ribbonText = !string.IsNullOrWhiteSpace(meta.Series)
            ? meta.Series + (string.IsNullOrWhiteSpace(meta.SeriesNumber) ? "" : RibbonNumberSeparator + meta.SeriesNumber)
            : meta.Publisher;
        if (!string.IsNullOrWhiteSpace(ribbonText))
        {
            double size = G.SmallCapsSize * k * 1.1;
            var shaped = CoverText.Shape(style.Display, CoverText.Caps(ribbonText), size, CoverFrameBuilder.SpacedCapsTracking);
            double right = Math.Min(style.Width - style.Margin, style.Margin + CoverText.InkWidth(style.Display, shaped) + RibbonTail * style.Margin);
            b.FromLeftEdge(ribbonTop, right, ribbonHeight, style.Paper);
            double baseline = ribbonTop + (ribbonHeight + style.Display.CapHeight(size)) / 2;
            b.Left(style.Display, shaped, baseline, style.Colour);
        }

        // Title, top-aligned under the ribbon; the subtitle follows it.
        var subtitle = CoverParts.FitSubtitle(meta, style, G.SubtitleSize * h);
        double subtitleExtent = subtitle is null ? 0 : G.SubtitleGap * subtitle.Leading + (subtitle.Lines.Count - 1) * subtitle.Leading;
        double titleTop = ribbonTop + ribbonHeight + G.TypeTitleGap * h;
        double titleSpace = G.TypeTitleLimit * h - titleTop - subtitleExtent;
        var title = TitleFitter.Fit(style.Display, meta.Title, style.Measure, titleSpace, G.TypeTitleMax * h, G.TypeTitleMin * h, G.TypeTitleLeading);
        if (!title.Fits)
            diagnostics?.Warning(Codes.CoverTitleTooLong, sourcePath, 1, 1, $"the title only fits the cover at {title.Size:0.#}pt, below the smallest title size; shorten it or use a subtitle");
        double last = b.Lines(title, titleTop + style.Display.CapHeight(title.Size), style.Paper);
        if (subtitle is not null) b.Lines(subtitle, last + G.SubtitleGap * subtitle.Leading, style.Paper);

        // Heavy rule and author, low on the page.
        double ruleY = G.TypeRuleY * h, thickness = G.TypeRuleThickness * h;
        b.Add(new FilledRect(new Rect(style.Margin, ruleY - thickness / 2, G.TypeRuleLength * style.Width, thickness), style.Paper));
        if (meta.AuthorLine is { } author)
        {
            var fitted = TitleFitter.Fit(style.Display, author, style.Measure, G.AuthorSize * h * 3,
                G.AuthorSize * h, G.AuthorSize * h * 0.7, 1.2);
            b.Lines(fitted, ruleY + thickness / 2 + G.AuthorGap * h * 0.6 + style.Display.CapHeight(fitted.Size), style.Paper);
        }

        // The publisher already rides on the ribbon when there is no series.
        var foot = string.IsNullOrWhiteSpace(meta.Series) ? meta with { Publisher = null } : meta;
        CoverParts.Foot(b, foot, style.Paper, style.Paper, rule: false);
        return b.Build();
    }
}
