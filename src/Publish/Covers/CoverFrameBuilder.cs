using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Collects the frames of one cover side: backgrounds and bands that run into the bleed,
/// lines of type ranged left on the margin (optically) or ranged right on the opposite margin,
/// rules and art. <see cref="Build"/> gives the trim-size page.
/// </summary>
internal sealed class CoverFrameBuilder(CoverStyle style, CoverBleed bleed)
{
    /// <summary>Tracking of spaced capitals, in em (generous, as for letterspaced small caps).</summary>
    public const double SpacedCapsTracking = 0.14;

    private readonly List<FrameItem> _items = [];

    public CoverStyle Style => style;

    /// <summary>Scale for fixed type sizes: 1 at A5 height, smaller on A6, larger on bigger trims.</summary>
    public double SizeScale => Math.Clamp(style.Height / CoverGeometry.A5Height, 0.75, 1.4);

    /// <summary>Fills the whole side, bleed included.</summary>
    public void Background(Colour colour) =>
        _items.Add(new FilledRect(new Rect(-bleed.Left, -bleed.Top, style.Width + bleed.Left + bleed.Right, style.Height + bleed.Top + bleed.Bottom), colour));

    /// <summary>A full-width band from <paramref name="top"/> to <paramref name="bottom"/>, running into the side bleeds.</summary>
    public void Band(double top, double bottom, Colour colour) =>
        _items.Add(new FilledRect(new Rect(-bleed.Left, top, style.Width + bleed.Left + bleed.Right, bottom - top), colour));

    /// <summary>A rectangle that starts in the left bleed (the type template's series ribbon).</summary>
    public void FromLeftEdge(double top, double right, double height, Colour colour) =>
        _items.Add(new FilledRect(new Rect(-bleed.Left, top, right + bleed.Left, height), colour));

    public void Add(FrameItem item) => _items.Add(item);

    /// <summary>A shaped line, its ink starting on the left margin.</summary>
    public void Left(TrueTypeFont font, ShapedText shaped, double baseline, Colour colour) =>
        _items.Add(CoverText.Place(font, shaped, style.Margin, baseline, colour));

    /// <summary>A line of text ranged left on the margin.</summary>
    public void Left(TrueTypeFont font, string text, double size, double baseline, Colour colour, double trackingEm = 0) =>
        Left(font, CoverText.Shape(font, text, size, trackingEm), baseline, colour);

    /// <summary>A line of text whose ink ends on the right margin.</summary>
    public void Right(TrueTypeFont font, string text, double size, double baseline, Colour colour, double trackingEm = 0)
    {
        var shaped = CoverText.Shape(font, text, size, trackingEm);
        double x = style.Width - style.Margin - CoverText.InkWidth(font, shaped);
        _items.Add(CoverText.Place(font, shaped, x, baseline, colour));
    }

    /// <summary>Spaced capitals ranged left (series, publisher); returns the ink width.</summary>
    public double SpacedCaps(TrueTypeFont font, string text, double size, double baseline, Colour colour)
    {
        var shaped = CoverText.Shape(font, CoverText.Caps(text), size, SpacedCapsTracking);
        Left(font, shaped, baseline, colour);
        return CoverText.InkWidth(font, shaped);
    }

    /// <summary>Spaced capitals whose ink ends on the right margin.</summary>
    public void SpacedCapsRight(TrueTypeFont font, string text, double size, double baseline, Colour colour) =>
        Right(font, CoverText.Caps(text), size, baseline, colour, SpacedCapsTracking);

    /// <summary>Sets fitted title lines from the first baseline down; returns the last baseline.</summary>
    public double Lines(TitleSetting setting, double firstBaseline, Colour colour)
    {
        double baseline = firstBaseline;
        for (int i = 0; i < setting.Lines.Count; i++)
        {
            if (i > 0) baseline += setting.Leading;
            Left(setting.Font, setting.Lines[i], baseline, colour);
        }
        return baseline;
    }

    /// <summary>The page: trim size, the items in painting order, the safe area as type area.</summary>
    public Page Build()
    {
        double safe = CoverStyle.SafeMargin;
        return new Page(style.Width, style.Height, _items.ToList())
        {
            Index = 1,
            TypeArea = new Rect(safe, safe, style.Width - 2 * safe, style.Height - 2 * safe),
        };
    }
}
