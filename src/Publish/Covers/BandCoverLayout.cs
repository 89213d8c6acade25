using Publish.Diagnostics;
using Publish.Model;
using Publish.Typesetting.Frames;
using G = Publish.Covers.CoverGeometry;

namespace Publish.Covers;

/// <summary>
/// The band template's front: paper, a colour band across the upper part carrying the title
/// in white (the largest size at which its balanced lines fit) and the subtitle, both sitting
/// on the band's bottom padding; the series and its number above the band, the author below
/// it, optional art in the lower area, and the publisher and date at the foot under a rule.
/// </summary>
internal static class BandCoverLayout
{
    /// <summary>Art is left out when the lower area is less tall than this share of the height.</summary>
    private const double MinArtHeight = 0.08;

    /// <summary>Designs the front; measure first, then place.</summary>
    public static Page Front(Metadata meta, CoverStyle style, string? artPath, CoverBleed bleed, DiagnosticBag? diagnostics, string sourcePath)
    {
        var b = new CoverFrameBuilder(style, bleed);
        double h = style.Height, k = b.SizeScale;
        double bandTop = G.BandTop * h, bandBottom = G.BandBottom * h;

        b.Background(style.Paper);
        b.Band(bandTop, bandBottom, style.Colour);
        CoverParts.SeriesLine(b, meta, style.Colour);

        // Title and subtitle: bottom-aligned on the band's padding, so the last baseline is the same on every cover.
        var subtitle = CoverParts.FitSubtitle(meta, style, G.SubtitleSize * h);
        double subtitleExtent = subtitle is null ? 0 : G.SubtitleGap * subtitle.Leading + (subtitle.Lines.Count - 1) * subtitle.Leading;
        double titleSpace = bandBottom - bandTop - (G.BandPaddingTop + G.BandPaddingBottom) * h - subtitleExtent;
        var title = TitleFitter.Fit(style.Display, meta.Title, style.Measure, titleSpace, G.BandTitleMax * h, G.BandTitleMin * h, G.TitleLeading);
        if (!title.Fits)
            diagnostics?.Warning(Codes.CoverTitleTooLong, sourcePath, 1, 1, $"the title only fits the cover band at {title.Size:0.#}pt, below the smallest title size; shorten it or use a subtitle");
        double lastBaseline = bandBottom - G.BandPaddingBottom * h;
        double titleLast = lastBaseline - subtitleExtent;
        b.Lines(title, titleLast - (title.Lines.Count - 1) * title.Leading, Colour.White);
        if (subtitle is not null) b.Lines(subtitle, titleLast + G.SubtitleGap * subtitle.Leading, Colour.White);

        // Author below the band.
        double authorBaseline = bandBottom;
        if (meta.AuthorLine is { } author)
        {
            var fitted = TitleFitter.Fit(style.DisplayRegular, author, style.Measure, G.AuthorSize * h * 3,
                G.AuthorSize * h, G.AuthorSize * h * 0.7, 1.25);
            double first = bandBottom + G.AuthorGap * h + style.DisplayRegular.CapHeight(fitted.Size);
            authorBaseline = b.Lines(fitted, first, style.Ink);
        }

        double footRule = CoverParts.Foot(b, meta, style.Colour, style.Ink);

        // Art fills the lower area between the author and the foot rule, cropped to fill.
        double artTop = authorBaseline + G.ArtGap * h, artBottom = footRule - G.ArtGap * h * 0.6;
        if (artPath is not null && artBottom - artTop >= MinArtHeight * h)
            b.Add(new ImageFrame(artPath, new Rect(style.Margin, artTop, style.Measure, artBottom - artTop), Cover: true));
        return b.Build();
    }
}
