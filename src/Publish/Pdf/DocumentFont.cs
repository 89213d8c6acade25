using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Publish.Pdf;

/// <summary>
/// One font as used by one document: the PDFsharp font (Type 0, Identity-H, subset), the /W
/// widths, and the text each used glyph stands for. Glyph ids from the frames are the CIDs, so
/// ligature glyphs (which have no character of their own) are embedded and mapped back too.
/// </summary>
internal sealed class DocumentFont
{
    private readonly Dictionary<ushort, string> _glyphText = new();

    public DocumentFont(string key, TrueTypeWidths widths)
    {
        Key = key;
        Widths = widths;
        Font = new XFont(key, 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>The font key of the glyph runs (a TTF file name).</summary>
    public string Key { get; }

    /// <summary>Advance widths as written to /W (see <see cref="PdfFileFinisher"/>).</summary>
    public TrueTypeWidths Widths { get; }

    /// <summary>The PDFsharp font used to register glyphs.</summary>
    public XFont Font { get; }

    /// <summary>The PDF font object, set by <see cref="DocumentFontSet.Register"/>.</summary>
    public PdfFont? PdfFont { get; set; }

    /// <summary>Every used glyph with the text it extracts as (in the order first used).</summary>
    public IReadOnlyDictionary<ushort, string> GlyphText => _glyphText;

    /// <summary>
    /// Notes that a glyph is used for <paramref name="chars"/>. The first non-empty text wins;
    /// runs using a glyph for other text get /ActualText (see <see cref="NeedsActualText"/>).
    /// </summary>
    public void Use(ushort glyph, string chars)
    {
        if (!_glyphText.TryGetValue(glyph, out var known) || (known.Length == 0 && chars.Length > 0))
            _glyphText[glyph] = chars;
    }

    /// <summary>True when the ToUnicode map would not give back <paramref name="chars"/> for this glyph.</summary>
    public bool NeedsActualText(ushort glyph, string chars)
        => !_glyphText.TryGetValue(glyph, out var known) || !string.Equals(known, chars, StringComparison.Ordinal);
}
