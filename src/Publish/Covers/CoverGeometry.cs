namespace Publish.Covers;

/// <summary>
/// The cover grid, as shares of the trim height (so A5, A6 and larger trims keep the same
/// proportions) plus a few type sizes in points at A5. Shared by front and back so that bands,
/// series lines and foot lines sit at the same heights on both sides of the spread, and on
/// every pamphlet of a series.
/// </summary>
internal static class CoverGeometry
{
    /// <summary>A5 trim height in points (210 mm): the reference for fixed type sizes.</summary>
    public const double A5Height = 595.28;

    // Band template, front.
    /// <summary>Top of the colour band.</summary>
    public const double BandTop = 0.15;
    /// <summary>Bottom of the colour band.</summary>
    public const double BandBottom = 0.585;
    /// <summary>Space between the band's top and the title's cap height.</summary>
    public const double BandPaddingTop = 0.045;
    /// <summary>Space between the last baseline in the band and the band's bottom.</summary>
    public const double BandPaddingBottom = 0.05;
    /// <summary>Largest and smallest title sizes in the band.</summary>
    public const double BandTitleMax = 0.105, BandTitleMin = 0.036;
    /// <summary>Title leading as a multiple of its size (display setting: close).</summary>
    public const double TitleLeading = 1.04;
    /// <summary>From the band's bottom to the author's cap height.</summary>
    public const double AuthorGap = 0.055;
    /// <summary>Author size.</summary>
    public const double AuthorSize = 0.031;
    /// <summary>Space between the author's baseline and the art, and between the art and the foot rule.</summary>
    public const double ArtGap = 0.045;

    // Type template, front.
    /// <summary>Top of the series ribbon and its height.</summary>
    public const double RibbonTop = 0.06, RibbonHeight = 0.042;
    /// <summary>From the ribbon's bottom to the title's cap height.</summary>
    public const double TypeTitleGap = 0.075;
    /// <summary>Lowest point of the title block (its last baseline, subtitle included).</summary>
    public const double TypeTitleLimit = 0.74;
    /// <summary>Largest and smallest title sizes on the typographic cover.</summary>
    public const double TypeTitleMax = 0.17, TypeTitleMin = 0.045;
    /// <summary>Title leading on the typographic cover (tighter still: huge type).</summary>
    public const double TypeTitleLeading = 0.94;
    /// <summary>The heavy rule above the author, and its length as a share of the width.</summary>
    public const double TypeRuleY = 0.8, TypeRuleThickness = 0.007, TypeRuleLength = 0.22;

    // Both.
    /// <summary>Subtitle size and leading multiple.</summary>
    public const double SubtitleSize = 0.026, SubtitleLeading = 1.3;
    /// <summary>From the title's last baseline to the subtitle's first, in subtitle leadings.</summary>
    public const double SubtitleGap = 1.7;
    /// <summary>Series, publisher and date lines (spaced caps), points at A5.</summary>
    public const double SmallCapsSize = 8;
    /// <summary>The foot rule's distance above the foot baseline, and its thickness in points.</summary>
    public const double FootRuleAbove = 0.035, FootRuleThickness = 0.75;

    // Back.
    /// <summary>The back band: same top as the front band, shallower.</summary>
    public const double BackBandBottom = 0.285;
    /// <summary>Space above the back title's cap height and below the last baseline in the back band.</summary>
    public const double BackBandPadding = 0.035;
    /// <summary>Back title size, points at A5.</summary>
    public const double BackTitleSize = 15;
    /// <summary>From the back band (or series line) to the description's first baseline.</summary>
    public const double DescriptionGap = 0.075;
    /// <summary>
    /// Description size as a share of the theme's body size (10 pt for 10.5 pt text), its leading
    /// as a multiple of its size, and the smallest size it may shrink to, in points.
    /// </summary>
    public const double DescriptionShare = 0.95, DescriptionLeading = 1.4, DescriptionMinSize = 8.5;
    /// <summary>The source line's size, points at A5.</summary>
    public const double SourceSize = 8;
}
