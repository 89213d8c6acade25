using Publish.Typesetting.Fonts;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Where each glyph of the source font lies in its <c>glyf</c> table, read from <c>loca</c>
/// on demand (no array per font). <see cref="Read"/> checks the whole table once, so every
/// span it later hands out lies inside <c>glyf</c> and the subsetter can copy glyph data
/// without checking again.
/// </summary>
internal readonly struct GlyphLocations
{
    /// <summary>Short loca offsets are stored divided by two.</summary>
    private const int ShortOffsetFactor = 2;

    private readonly byte[] _font;
    private readonly int _loca;
    private readonly bool _longOffsets;
    private readonly int _glyf;

    private GlyphLocations(byte[] font, int loca, bool longOffsets, int glyf, int count)
    {
        _font = font;
        _loca = loca;
        _longOffsets = longOffsets;
        _glyf = glyf;
        Count = count;
    }

    /// <summary>Number of glyphs (maxp.numGlyphs).</summary>
    public int Count { get; }

    /// <summary>
    /// Reads the loca table at <paramref name="loca"/> (<paramref name="locaLength"/> bytes) for
    /// <paramref name="count"/> glyphs. Throws <see cref="InvalidDataException"/> when the table
    /// is too short, its offsets descend, or a glyph ends past the glyf table: such a font's
    /// glyph data cannot be trusted, and guessing would embed garbage outlines.
    /// </summary>
    public static GlyphLocations Read(byte[] font, int loca, int locaLength, bool longOffsets, int glyf, int glyfLength, int count)
    {
        var entrySize = longOffsets ? sizeof(uint) : sizeof(ushort);
        if ((long)(count + 1) * entrySize > locaLength)
            throw new InvalidDataException($"loca table has {locaLength} bytes, too few for {count} glyphs");
        var locations = new GlyphLocations(font, loca, longOffsets, glyf, count);
        long previous = 0;
        for (var g = 0; g <= count; g++)
        {
            var offset = locations.Offset(g);
            if (offset < previous)
                throw new InvalidDataException($"loca offsets descend at glyph {g} ({previous} then {offset})");
            if (offset > glyfLength)
                throw new InvalidDataException($"glyph {Math.Max(g - 1, 0)} ends at {offset}, past the glyf table ({glyfLength} bytes)");
            previous = offset;
        }
        return locations;
    }

    /// <summary>Absolute file offset of the glyph's data.</summary>
    public int Start(int glyph) => _glyf + (int)Offset(glyph);

    /// <summary>Length of the glyph's data in bytes; 0 for a blank glyph (space).</summary>
    public int Length(int glyph) => (int)(Offset(glyph + 1) - Offset(glyph));

    /// <summary>The glyph's data, a slice of the font.</summary>
    public ReadOnlySpan<byte> Data(int glyph) => _font.AsSpan(Start(glyph), Length(glyph));

    private long Offset(int glyph) => _longOffsets
        ? FontBytes.U32(_font, _loca + glyph * sizeof(uint))
        : FontBytes.U16(_font, _loca + glyph * sizeof(ushort)) * ShortOffsetFactor;
}
