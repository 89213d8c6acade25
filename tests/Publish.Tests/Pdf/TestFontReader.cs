using System.Buffers.Binary;
using System.Text;

namespace Publish.Tests.Pdf;

/// <summary>
/// A tiny, test-only TrueType reader: the format 4 cmap (character → glyph id), hmtx advances,
/// unitsPerEm, and post format 2 glyph names (to find ligature glyphs such as "f_f_i").
/// Enough to build glyph runs by hand; the real font code lives in Typesetting/Fonts.
/// </summary>
internal sealed class TestFontReader
{
    private readonly byte[] _data;
    private readonly Dictionary<int, ushort> _cmap = new();
    private readonly ushort[] _advances;
    private readonly Dictionary<string, ushort> _names = new(StringComparer.Ordinal);

    public TestFontReader(byte[] data)
    {
        _data = data;
        var tables = ReadTableDirectory();
        UnitsPerEm = U16(tables["head"] + 18);
        int numberOfHMetrics = U16(tables["hhea"] + 34);
        int glyphCount = U16(tables["maxp"] + 4);
        _advances = new ushort[glyphCount];
        for (int g = 0; g < glyphCount; g++)
            _advances[g] = U16(tables["hmtx"] + 4 * Math.Min(g, numberOfHMetrics - 1));
        ReadCmap(tables["cmap"]);
        if (tables.TryGetValue("post", out var post)) ReadPostNames(post, glyphCount);
    }

    /// <summary>Font design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>The glyph for a character, or 0 (.notdef).</summary>
    public ushort GlyphFor(int codePoint) => _cmap.TryGetValue(codePoint, out var g) ? g : (ushort)0;

    /// <summary>The glyph with a post-table name ("f_f_i", "fi"), or null.</summary>
    public ushort? GlyphNamed(string name) => _names.TryGetValue(name, out var g) ? g : null;

    /// <summary>The natural advance of a glyph at a size, in points.</summary>
    public double Advance(ushort glyph, double size) => _advances[glyph] * size / UnitsPerEm;

    private Dictionary<string, int> ReadTableDirectory()
    {
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        int count = U16(4);
        for (int i = 0; i < count; i++)
        {
            int rec = 12 + 16 * i;
            tables[Encoding.ASCII.GetString(_data, rec, 4)] = (int)U32(rec + 8);
        }
        return tables;
    }

    private void ReadCmap(int cmap)
    {
        int count = U16(cmap + 2);
        for (int i = 0; i < count; i++)
        {
            int rec = cmap + 4 + 8 * i;
            int platform = U16(rec), encoding = U16(rec + 2);
            int sub = cmap + (int)U32(rec + 4);
            if (U16(sub) != 4 || !(platform == 3 && encoding == 1 || platform == 0)) continue;
            ReadFormat4(sub);
            return;
        }
        throw new InvalidDataException("no format 4 cmap");
    }

    private void ReadFormat4(int sub)
    {
        int segCount = U16(sub + 6) / 2;
        int ends = sub + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, offsets = deltas + 2 * segCount;
        for (int s = 0; s < segCount; s++)
        {
            int end = U16(ends + 2 * s), start = U16(starts + 2 * s);
            short delta = (short)U16(deltas + 2 * s);
            int rangeOffset = U16(offsets + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    int at = offsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = U16(at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) _cmap[c] = (ushort)glyph;
            }
        }
    }

    private void ReadPostNames(int post, int glyphCount)
    {
        if (U32(post) != 0x00020000) return;
        int n = U16(post + 32);
        int indices = post + 34;
        var extra = new List<string>();
        int p = indices + 2 * n;
        while (p < _data.Length && extra.Count < n)
        {
            int len = _data[p];
            if (p + 1 + len > _data.Length) break;
            extra.Add(Encoding.ASCII.GetString(_data, p + 1, len));
            p += 1 + len;
        }
        for (int g = 0; g < Math.Min(n, glyphCount); g++)
        {
            int index = U16(indices + 2 * g);
            if (index >= 258 && index - 258 < extra.Count) _names.TryAdd(extra[index - 258], (ushort)g);
        }
    }

    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));
    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));
}
