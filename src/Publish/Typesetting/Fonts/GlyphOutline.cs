namespace Publish.Typesetting.Fonts;

/// <summary>
/// A point of a TrueType contour in font units (y up). Off-curve points are quadratic Bézier
/// control points; two off-curve points in a row imply an on-curve point halfway between them.
/// </summary>
internal readonly record struct OutlinePoint(double X, double Y, bool OnCurve);

/// <summary>
/// The outline of one glyph: closed contours of points in font units, with composite glyphs
/// already resolved (component transforms and offsets applied). Empty for blank glyphs
/// (space). The cover rasterizer scales by size / unitsPerEm and flips y.
/// </summary>
internal sealed record GlyphOutline(IReadOnlyList<IReadOnlyList<OutlinePoint>> Contours)
{
    /// <summary>The outline of a glyph without contours.</summary>
    public static readonly GlyphOutline Empty = new([]);

    /// <summary>Total number of points over all contours.</summary>
    public int PointCount => Contours.Sum(c => c.Count);
}
