using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Composition;

/// <summary>Which of a theme's font families a piece of text is set in.</summary>
internal enum FontRole { Body, Headings, Notes, Cover }

/// <summary>
/// How a piece of text is set: family, weight and slant, size, colour, and a baseline shift
/// (positive raises: note numbers are set as superiors).
/// </summary>
internal sealed record TextStyle(FontRole Role, bool Bold, bool Italic, double Size, Colour Colour, double Rise = 0)
{
    public TextStyle WithItalic() => this with { Italic = !Italic };
    public TextStyle WithBold() => this with { Bold = true };

    /// <summary>A superior figure: 65 % of the size, raised by a third of the size (as most book faces' superiors sit).</summary>
    public TextStyle Superior() => this with { Size = Size * SuperiorScale, Rise = Rise + Size * SuperiorRise };

    public const double SuperiorScale = 0.65;
    public const double SuperiorRise = 0.33;
}

/// <summary>
/// A stretch of text in one style, with what it links to. <see cref="AnchorId"/> names a
/// destination at this text (a note reference's id, so the note can link back to it).
/// </summary>
internal sealed record StyledSpan(string Text, TextStyle Style, string? Link = null, bool External = false, string? AnchorId = null)
{
    /// <summary>True for a span that must not be broken, hyphenated or joined to its neighbours' words (a note number).</summary>
    public bool Atomic { get; init; }
}
