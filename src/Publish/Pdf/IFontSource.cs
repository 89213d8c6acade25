namespace Publish.Pdf;

/// <summary>
/// Serves TrueType font files to the PDF backend by the key glyph runs carry
/// (<see cref="Typesetting.Frames.GlyphRun.FontKey"/>, a TTF file name such as
/// "CharisSIL-Regular.ttf"). The backend embeds subsets of these bytes.
/// </summary>
internal interface IFontSource
{
    /// <summary>The complete TTF file for a font key; throws when the key is unknown.</summary>
    byte[] GetFontData(string key);
}
