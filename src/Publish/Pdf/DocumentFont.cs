using System.Text;
using Publish.Model;
using Publish.Pdf.Fonts;
using Publish.Pdf.Objects;
using Publish.Typesetting.Fonts;

namespace Publish.Pdf;

/// <summary>
/// One font as used by one document: the glyphs its runs use, the text each stands for, the
/// /W widths, and its PDF objects: a Type 0 font (Identity-H) over a CIDFontType2 whose CIDs are
/// the glyph ids, a subset of the TrueType file with the glyph ids kept, and our ToUnicode map.
/// Glyph ids from the frames are the CIDs, so ligature glyphs (which have no character of their
/// own) are embedded and mapped back too.
/// </summary>
internal sealed class DocumentFont
{
    private readonly Dictionary<ushort, string> _glyphText = new();
    private readonly byte[] _data;
    private readonly TableDirectory _tables;
    private readonly FontMetrics _metrics;
    private bool _hasGlyphs;
    private EncodedFontFiles? _encoded;

    public DocumentFont(string key, byte[] data, int index)
    {
        Key = key;
        _data = data;
        _tables = TableDirectory.Read(data, key);
        _metrics = FontMetrics.Read(data, _tables, key);
        Widths = TrueTypeWidths.Read(data, _tables, _metrics, key);
        ResourceName = "/F" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The font key of the glyph runs (a TTF file name).</summary>
    public string Key { get; }

    /// <summary>Advance widths as written to /W.</summary>
    public TrueTypeWidths Widths { get; }

    /// <summary>The font's name in a page's or form's /Font resources ("/F0"); the same in every document.</summary>
    public string ResourceName { get; }

    /// <summary>True when the font has glyphs to embed (runs of nothing but .notdef are not drawn).</summary>
    public bool HasGlyphs => _hasGlyphs;

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
        _hasGlyphs |= glyph != 0;
    }

    /// <summary>True when the ToUnicode map would not give back <paramref name="chars"/> for this glyph.</summary>
    public bool NeedsActualText(ushort glyph, string chars)
        => !_glyphText.TryGetValue(glyph, out var known) || !string.Equals(known, chars, StringComparison.Ordinal);

    /// <summary>The glyphs to embed (every used one but .notdef), in glyph-id order.</summary>
    public IReadOnlyList<ushort> EmbeddedGlyphs() => [.. _glyphText.Keys.Where(g => g != 0).Order()];

    /// <summary>
    /// The /W array with the exact width of every embedded glyph, runs of consecutive glyph ids
    /// grouped: <c>/W[3[292.969]17[279.297 490.234]…]</c>. The TJ adjustments of the content
    /// streams are computed against the same numbers (<see cref="GlyphRunWriter"/>).
    /// </summary>
    public string WidthArray()
    {
        var glyphs = EmbeddedGlyphs();
        var sb = new StringBuilder("/W[", 16 + glyphs.Count * 10);
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && glyphs[i] == glyphs[i - 1] + 1) sb.Append(' ');
            else sb.Append(i == 0 ? "" : "]").Append(glyphs[i]).Append('[');
            sb.AppendNumber(Widths.PdfWidth(glyphs[i]));
        }
        return sb.Append(glyphs.Count > 0 ? "]]" : "]").ToString();
    }

    /// <summary>
    /// The font's two streams, deflated: the subset (glyph ids kept) and the ToUnicode map. Made
    /// once: the print interior and its booklet write the same fonts of the same drawn pages.
    /// </summary>
    public EncodedFontFiles Encode()
    {
        if (_encoded is { } done) return done;
        var subset = TrueTypeSubsetter.Subset(_data, EmbeddedGlyphs());
        return _encoded = new EncodedFontFiles(ContentStreams.Deflate(subset), subset.Length, ContentStreams.Deflate(ToUnicodeCMapBuilder.Build(_glyphText)));
    }

    /// <summary>
    /// Writes the font's five objects (Type 0 font, CIDFont, descriptor, font file, ToUnicode map)
    /// and returns the Type 0 font's object number. The subset's tag is derived from the font and
    /// its glyphs, so the same glyphs of the same font get the same tag in every file.
    /// </summary>
    public int Write(PdfFileWriter writer, EncodedFontFiles files)
    {
        int type0 = writer.Reserve(), cidFont = writer.Reserve(), descriptor = writer.Reserve(),
            file = writer.Reserve(), toUnicode = writer.Reserve();
        var baseFont = new StringBuilder().AppendName(SubsetTag(EmbeddedGlyphs()) + "+" + FontNames.Read(_data, _tables, Key).PostScriptName).ToString();

        writer.WriteObject(type0, new StringBuilder("<</Type/Font/Subtype/Type0/BaseFont").Append(baseFont)
            .Append("/Encoding/Identity-H/DescendantFonts[").AppendReference(cidFont).Append("]/ToUnicode ").AppendReference(toUnicode).Append(">>"));
        // No /DW: .notdef (never listed in /W) takes the default width of 1000, as GlyphRunWriter assumes.
        writer.WriteObject(cidFont, new StringBuilder("<</Type/Font/Subtype/CIDFontType2/BaseFont").Append(baseFont)
            .Append("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").AppendReference(descriptor)
            .Append("/CIDToGIDMap/Identity").Append(WidthArray()).Append(">>"));
        writer.WriteObject(descriptor, Descriptor(baseFont, file));
        writer.WriteStream(file, "/Filter/FlateDecode/Length1 " + files.SubsetLength.ToString(System.Globalization.CultureInfo.InvariantCulture), files.Subset);
        writer.WriteStream(toUnicode, "/Filter/FlateDecode", files.ToUnicode);
        return type0;
    }

    /// <summary>The font descriptor, its metrics in thousandths of an em; the descent is negative, as PDF wants it.</summary>
    private StringBuilder Descriptor(string baseFont, int file)
    {
        var m = _metrics;
        double Scale(double units) => units * 1000.0 / m.UnitsPerEm;
        const int Nonsymbolic = 1 << 5, Italic = 1 << 6, FixedPitch = 1 << 0;
        int flags = Nonsymbolic | (m.ItalicAngle != 0 ? Italic : 0) | (IsFixedPitch() ? FixedPitch : 0);
        // PDF wants a dominant stem width the font does not state; estimate it from the weight class,
        // as font converters do (regular 400 → ~88, bold 700 → ~166).
        double weight = WeightClass();
        var sb = new StringBuilder("<</Type/FontDescriptor/FontName").Append(baseFont).Append("/Flags ").Append(flags)
            .Append("/FontBBox").AppendRect(Math.Round(Scale(m.XMin)), Math.Round(Scale(m.YMin)), Math.Round(Scale(m.XMax)), Math.Round(Scale(m.YMax)))
            .Append("/ItalicAngle ").AppendNumber(m.ItalicAngle)
            .Append("/Ascent ").AppendNumber(Math.Round(Scale(m.Ascender)))
            .Append("/Descent ").AppendNumber(Math.Round(Scale(m.Descender)))
            .Append("/CapHeight ").AppendNumber(Math.Round(Scale(m.CapHeight != 0 ? m.CapHeight : m.Ascender)));
        if (m.XHeight != 0) sb.Append("/XHeight ").AppendNumber(Math.Round(Scale(m.XHeight)));
        return sb.Append("/StemV ").AppendNumber(Math.Round(50 + weight * weight / 4225)).Append("/FontFile2 ").AppendReference(file).Append(">>");
    }

    private int WeightClass()
    {
        int os2 = _tables.Offset("OS/2");
        return os2 >= 0 && _tables.Length("OS/2") >= 6 ? FontBytes.U16(_data, os2 + 4) : 400;
    }

    private bool IsFixedPitch()
    {
        int post = _tables.Offset("post");
        return post >= 0 && _tables.Length("post") >= 16 && FontBytes.U32(_data, post + 12) != 0;
    }

    /// <summary>Six capitals from a hash of the font key and the glyph set (PDF 32000-1, 9.6.4).</summary>
    private string SubsetTag(IReadOnlyList<ushort> glyphs)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(Key) + 2 * glyphs.Count];
        int at = Encoding.UTF8.GetBytes(Key, bytes);
        foreach (var g in glyphs) { bytes[at++] = (byte)(g >> 8); bytes[at++] = (byte)g; }
        var hash = Sha1.Hash(bytes);
        var tag = new char[6];
        for (int i = 0; i < tag.Length; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }
}

/// <summary>A font's deflated streams: the subset file (and its length before deflating) and the ToUnicode map.</summary>
internal sealed record EncodedFontFiles(byte[] Subset, int SubsetLength, byte[] ToUnicode);
