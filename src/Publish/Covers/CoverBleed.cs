namespace Publish.Covers;

/// <summary>
/// How far, in points, a cover design's backgrounds and bands run past each edge of the trim.
/// Screen covers use <see cref="None"/>; the print spread bleeds on the outer edges only, since
/// back and front meet at the fold.
/// </summary>
internal readonly record struct CoverBleed(double Left, double Top, double Right, double Bottom)
{
    /// <summary>No bleed: everything stays on the trim page.</summary>
    public static readonly CoverBleed None = new(0, 0, 0, 0);

    /// <summary>The same bleed on every side.</summary>
    public static CoverBleed All(double bleed) => new(bleed, bleed, bleed, bleed);
}
