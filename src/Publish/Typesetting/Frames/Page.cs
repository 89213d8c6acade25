namespace Publish.Typesetting.Frames;

/// <summary>
/// One laid-out page: its size and everything placed on it, in points with the origin at the
/// top-left corner and y growing downwards. Backends walk <see cref="Items"/> in order.
/// </summary>
public sealed record Page(double Width, double Height, IReadOnlyList<FrameItem> Items)
{
    /// <summary>1-based physical page number in the document this page belongs to.</summary>
    public int Index { get; init; }
    /// <summary>The folio as printed ("7", "iii"), or null when the page shows none.</summary>
    public string? Folio { get; init; }
    /// <summary>Where the text may go; nothing but running heads and folios lies outside it.</summary>
    public Rect TypeArea { get; init; }
}

public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>An RGB colour, each channel 0–255.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static readonly Colour Black = new(0, 0, 0);
    public static readonly Colour White = new(255, 255, 255);
}

/// <summary>Something placed on a page.</summary>
public abstract record FrameItem;

/// <summary>
/// A run of glyphs in one font at one size, starting at (X, Baseline). Each glyph carries its
/// advance (already including kerning and justification), so backends place glyphs exactly.
/// <see cref="Text"/> is the Unicode text the run stands for (ligatures expanded), for
/// extraction and accessibility.
/// </summary>
public sealed record GlyphRun(
    string FontKey,
    double Size,
    double X,
    double Baseline,
    IReadOnlyList<PositionedGlyph> Glyphs,
    string Text,
    Colour Colour) : FrameItem
{
    public double Width => Glyphs.Sum(g => g.Advance);

    /// <summary>
    /// Horizontal scale of the glyph shapes (1 = as designed): glyph expansion in justified lines
    /// (see <c>LineBreakSettings.GlyphExpansion</c>). The advances above already include it.
    /// </summary>
    public double HorizontalScale { get; init; } = 1;
}

/// <summary>A glyph id, its advance in points, and the characters it stands for.</summary>
public readonly record struct PositionedGlyph(ushort GlyphId, double Advance, string Chars);

/// <summary>A straight line from (X1,Y1) to (X2,Y2).</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness, Colour Colour) : FrameItem;

/// <summary>A filled rectangle (cover bands, backgrounds).</summary>
public sealed record FilledRect(Rect Area, Colour Colour) : FrameItem;

/// <summary>An image file placed into an area (cropped to fill when <see cref="Cover"/> is set).</summary>
public sealed record ImageFrame(string Path, Rect Area, bool Cover = false) : FrameItem;

/// <summary>A clickable area pointing at a named anchor (internal) or a URL (external).</summary>
public sealed record LinkArea(Rect Area, string Target, bool External) : FrameItem;

/// <summary>A named destination on the page (section starts, notes, note references).</summary>
public sealed record Anchor(string Name, double Y) : FrameItem;

/// <summary>An entry of the document outline (bookmarks), pointing at this page and height.</summary>
public sealed record OutlineEntry(string Title, int Level, double Y) : FrameItem;
