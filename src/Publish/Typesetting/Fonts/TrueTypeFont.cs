using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// A parsed TrueType (glyf) font: cmap, advances, kerning (GPOS <c>kern</c> or the kern table),
/// <c>liga</c> ligatures, vertical metrics and outlines. Immutable after parsing and safe to
/// share across threads; sizes are in points, font-unit values are scaled by size / unitsPerEm.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly CharacterMap _cmap;
    private readonly ushort[] _advances;
    private readonly FontMetrics _metrics;
    private readonly GlyphOutlineReader _outlines;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ushort, GlyphOutline> _outlineCache = new();
    private readonly short _capHeight, _xHeight;

    private TrueTypeFont(string key, byte[] data)
    {
        Key = key;
        Data = data;
        var tables = TableDirectory.Read(data, key);
        _metrics = FontMetrics.Read(data, tables, key);
        if (_metrics.GlyphCount == 0) throw new FontFormatException(Codes.FontMalformed, key, "font has no glyphs");
        _advances = HorizontalMetrics.ReadAdvances(data, tables, _metrics, key);
        _cmap = CharacterMap.Read(data, tables, key, _metrics.GlyphCount);
        _outlines = new GlyphOutlineReader(data, tables, _metrics, key);
        var names = FontNames.Read(data, tables, key);
        FamilyName = names.Family;
        FullName = names.FullName;
        PostScriptName = names.PostScriptName;
        KerningTable = KerningTable.Read(data, tables, _metrics.GlyphCount);
        Ligatures = LigatureSubstitutionReader.Read(data, tables, _metrics.GlyphCount);
        _capHeight = _metrics.CapHeight != 0 ? _metrics.CapHeight : OutlineTop('H');
        _xHeight = _metrics.XHeight != 0 ? _metrics.XHeight : OutlineTop('x');
    }

    /// <summary>Reads and parses a font file; the key is its file name.</summary>
    public static TrueTypeFont Load(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>
    /// Parses font bytes. Throws <see cref="FontFormatException"/> for CFF (OTTO) fonts,
    /// collections and truncated or malformed files.
    /// </summary>
    public static TrueTypeFont Parse(byte[] data, string key)
    {
        try
        {
            return new TrueTypeFont(key, data);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new FontFormatException(Codes.FontMalformed, key, "a table is truncated or malformed", e);
        }
    }

    /// <summary>The font's key: its file name, e.g. "CharisSIL-Regular.ttf".</summary>
    public string Key { get; }
    /// <summary>The raw file bytes, for the PDF backend to embed. Do not modify.</summary>
    public byte[] Data { get; }
    /// <summary>Typographic family name (name ID 16, else 1).</summary>
    public string FamilyName { get; }
    /// <summary>Full font name (name ID 4).</summary>
    public string FullName { get; }
    /// <summary>PostScript name (name ID 6).</summary>
    public string PostScriptName { get; }
    /// <summary>Design units per em.</summary>
    public int UnitsPerEm => _metrics.UnitsPerEm;
    /// <summary>Number of glyphs (maxp).</summary>
    public int GlyphCount => _metrics.GlyphCount;
    /// <summary>Italic angle in degrees, counter-clockwise from vertical (negative for right-leaning).</summary>
    public double ItalicAngle => _metrics.ItalicAngle;
    /// <summary>Font bounding box (head) in font units: xMin, yMin, xMax, yMax.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox => (_metrics.XMin, _metrics.YMin, _metrics.XMax, _metrics.YMax);

    internal KerningTable KerningTable { get; }
    internal LigatureTable Ligatures { get; }

    /// <summary>The glyph for a Unicode code point, 0 when the font lacks it.</summary>
    public ushort GlyphId(int codePoint) => _cmap.Lookup(codePoint);

    /// <summary>True when the font maps the code point to a real glyph.</summary>
    public bool HasGlyph(int codePoint) => _cmap.Lookup(codePoint) != 0;

    /// <summary>Advance width of a glyph in font units.</summary>
    public int AdvanceUnits(ushort glyph) => glyph < _advances.Length ? _advances[glyph] : _advances[0];

    /// <summary>Advance width of a glyph in points at <paramref name="size"/>.</summary>
    public double Advance(ushort glyph, double size) => AdvanceUnits(glyph) * size / UnitsPerEm;

    /// <summary>Kerning between two glyphs in font units (negative brings them closer).</summary>
    public int KerningUnits(ushort left, ushort right) => KerningTable.Get(left, right);

    /// <summary>Kerning between two glyphs in points at <paramref name="size"/>.</summary>
    public double Kerning(ushort left, ushort right, double size) => KerningTable.Get(left, right) * size / UnitsPerEm;

    /// <summary>Maps text to glyphs, forms ligatures and applies kerning: see <see cref="TextShaper"/>.</summary>
    public ShapedText Shape(string text, double size, bool ligatures = true) => TextShaper.Shape(this, text, size, ligatures);

    /// <summary>The width <see cref="Shape"/> would give, without allocating the glyph list.</summary>
    public double Measure(string text, double size, bool ligatures = true) => TextShaper.Measure(this, text, size, ligatures);

    /// <summary>Height above the baseline (typo ascender when USE_TYPO_METRICS, else hhea), in points.</summary>
    public double Ascent(double size) => _metrics.Ascender * size / UnitsPerEm;

    /// <summary>Depth below the baseline as a positive number of points.</summary>
    public double Descent(double size) => -_metrics.Descender * size / UnitsPerEm;

    /// <summary>The font's recommended extra gap between lines, in points.</summary>
    public double LineGap(double size) => _metrics.LineGap * size / UnitsPerEm;

    /// <summary>Height of flat capitals (OS/2 sCapHeight, else the top of 'H'), in points.</summary>
    public double CapHeight(double size) => _capHeight * size / UnitsPerEm;

    /// <summary>Height of flat lower-case letters (OS/2 sxHeight, else the top of 'x'), in points.</summary>
    public double XHeight(double size) => _xHeight * size / UnitsPerEm;

    /// <summary>The glyph's contours in font units, composites resolved; cached per glyph.</summary>
    public GlyphOutline Outline(ushort glyph) => _outlineCache.GetOrAdd(glyph, _outlines.Read);

    public override string ToString() => $"{Key} ({FullName})";

    private short OutlineTop(char c)
    {
        var outline = _outlines.Read(_cmap.Lookup(c));
        return outline.PointCount == 0 ? (short)0 : (short)outline.Contours.SelectMany(p => p).Max(p => p.Y);
    }
}
