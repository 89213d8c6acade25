using Publish.Diagnostics;
using Publish.Model;
using Publish.Styling;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Everything a cover layout needs, resolved once: the template and colour (front matter over
/// theme), the cover family's faces, the body face for the back text, the trim size and the
/// margins. Lengths in points.
/// </summary>
internal sealed record CoverStyle
{
    /// <summary>The band template: paper, a colour band carrying the title.</summary>
    public const string BandTemplate = "band";
    /// <summary>The typographic template: full colour, huge title ranged left.</summary>
    public const string TypeTemplate = "type";
    /// <summary>Nothing may come closer than 5 mm to the trim (a printer's safe zone).</summary>
    public const double SafeMargin = 5 * 72 / 25.4;

    public required string Template { get; init; }
    public required Colour Colour { get; init; }
    public required Colour Ink { get; init; }
    public Colour Paper { get; init; } = Colour.White;
    /// <summary>The cover family's bold: titles, series, publisher.</summary>
    public required TrueTypeFont Display { get; init; }
    /// <summary>The cover family's regular: authors.</summary>
    public required TrueTypeFont DisplayRegular { get; init; }
    /// <summary>The cover family's italic: subtitles.</summary>
    public required TrueTypeFont DisplayItalic { get; init; }
    /// <summary>The body family's regular: the back-cover description.</summary>
    public required TrueTypeFont Text { get; init; }
    /// <summary>The body family's italic: the source line.</summary>
    public required TrueTypeFont TextItalic { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>The theme's body size: the back-cover description is set just below it.</summary>
    public double BodySize { get; init; } = 10.5;
    /// <summary>Side margin for text: the theme's outer margin, never less than the safe margin.</summary>
    public required double Margin { get; init; }

    /// <summary>Resolves the style for a pamphlet; bad template or colour values warn and fall back.</summary>
    public static CoverStyle Resolve(Metadata meta, Theme theme, FontLibrary fonts, DiagnosticBag? diagnostics, string sourcePath)
    {
        var template = (meta.Cover?.Template ?? theme.CoverTemplate).Trim().ToLowerInvariant();
        if (template is not (BandTemplate or TypeTemplate))
        {
            diagnostics?.Warning(Codes.CoverTemplateUnknown, sourcePath, 1, 1, $"cover template '{template}' is unknown; use 'band' or 'type'");
            template = BandTemplate;
        }
        var colour = theme.CoverColour;
        if (meta.Cover?.Colour is { } hex)
        {
            if (ColourParser.Parse(hex) is { } parsed) colour = parsed;
            else diagnostics?.Warning(Codes.CoverColourInvalid, sourcePath, 1, 1, $"cover colour '{hex}' is not #rgb or #rrggbb");
        }
        return new CoverStyle
        {
            Template = template,
            Colour = colour,
            Ink = theme.TextColour,
            Display = fonts.Get(theme.Cover.Bold),
            DisplayRegular = fonts.Get(theme.Cover.Regular),
            DisplayItalic = fonts.Get(theme.Cover.Italic),
            Text = fonts.Get(theme.Body.Regular),
            TextItalic = fonts.Get(theme.Body.Italic),
            BodySize = theme.BodySize,
            Width = theme.Page.Width,
            Height = theme.Page.Height,
            Margin = Math.Max(SafeMargin, theme.Page.Outer),
        };
    }

    /// <summary>The width text may take: the trim minus the margins.</summary>
    public double Measure => Width - 2 * Margin;
}
