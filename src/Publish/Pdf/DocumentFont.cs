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

    /// <summary>The glyphs to embed (every used one but .notdef), in glyph-id order.</summary>
    public IReadOnlyList<ushort> EmbeddedGlyphs() => [.. _glyphText.Keys.Where(g => g != 0).Order()];

    /// <summary>
    /// The /W array with the exact width of every embedded glyph, runs of consecutive glyph ids
    /// grouped: <c>/W[3[292.969]17[279.297 490.234]…]</c> (see <see cref="PdfFileFinisher"/>).
    /// </summary>
    public string WidthArray()
    {
        var glyphs = EmbeddedGlyphs();
        var sb = new System.Text.StringBuilder("/W[", 16 + glyphs.Count * 10);
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && glyphs[i] == glyphs[i - 1] + 1) sb.Append(' ');
            else sb.Append(i == 0 ? "" : "]").Append(glyphs[i]).Append('[');
            sb.AppendNumber(Widths.PdfWidth(glyphs[i]));
        }
        return sb.Append(glyphs.Count > 0 ? "]]" : "]").ToString();
    }
}
