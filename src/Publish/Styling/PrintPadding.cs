namespace Publish.Styling;

/// <summary>
/// What fills the spare pages when the print interior is padded to whole sheets (theme key
/// <c>print.padding</c>).
/// </summary>
public enum PrintPadding
{
    /// <summary>Blank pages.</summary>
    Blank,
    /// <summary>The back-list: the other titles of the series (or of the catalogue), then blanks.</summary>
    Backlist,
    /// <summary>Ruled pages for the reader's notes.</summary>
    Notes,
}
