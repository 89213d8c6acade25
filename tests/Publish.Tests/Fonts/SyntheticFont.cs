namespace Publish.Tests.Fonts;

/// <summary>
/// Builds a tiny TrueType font in memory to reach paths the committed fonts do not use:
/// a format 12 cmap with a supplementary-plane character, composite glyphs with a scale and
/// with point matching, GPOS kerning behind extension lookups (type 9) in both pair formats,
/// and a GSUB ligature behind an extension lookup (type 7).
/// Glyphs: 0 .notdef, 1 'A' square, 2 'V' triangle with an off-curve point, 3 'f', 4 'i',
/// 5 fi ligature, 6 'Ä' = A scaled ½ at (100,200) + V at (10,−5), 7 U+1F600, 8 'W' = A + V
/// attached by point matching (V's point 0 on A's point 2).
/// </summary>
internal static class SyntheticFont
{
    public const int UnitsPerEm = 1000;
    public const short KernAV = -80, KernVA = -60, KernAA = -30;
    private const int GlyphCount = 9;
    private static readonly ushort[] Advances = [500, 600, 550, 300, 250, 520, 600, 700, 1100];

    public static byte[] Build()
    {
        var glyphs = new List<byte[]>
        {
            Array.Empty<byte>(),
            Simple([(0, 0, true), (500, 0, true), (500, 700, true), (0, 700, true)]),
            Simple([(0, 700, true), (250, 0, false), (500, 700, true)]),
            Simple([(0, 0, true), (100, 0, true), (100, 600, true)]),
            Simple([(0, 0, true), (80, 0, true), (80, 400, true)]),
            Simple([(0, 0, true), (300, 0, true), (300, 600, true)]),
            Composite(w => {
                w.U16(0x0001 | 0x0002 | 0x0008 | 0x0020).U16(1).S16(100).S16(200).U16(0x2000); // words, xy, scale ½, more
                w.U16(0x0002).U16(2).U8(10).U8(unchecked((byte)-5));                              // byte xy
            }),
            Simple([(0, 0, true), (900, 0, true), (450, 900, true)]),
            Composite(w => {
                w.U16(0x0002 | 0x0020).U16(1).U8(0).U8(0);  // A at origin, more
                w.U16(0x0000).U16(2).U8(2).U8(0);             // V: its point 0 onto parent point 2
            }),
        };
        var glyf = new Writer();
        var loca = new Writer();
        foreach (var g in glyphs) { loca.U32((uint)glyf.Length); glyf.Bytes(g).Pad(2); }
        loca.U32((uint)glyf.Length);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = new Writer().U32(0x00010000).U32(0).U32(0).U32(0x5F0F3CF5).U16(0).U16(UnitsPerEm)
                .Zeros(16).S16(0).S16(0).S16(1000).S16(900).U16(0).U16(8).S16(2).S16(1).S16(0).ToArray(),
            ["hhea"] = new Writer().U32(0x00010000).S16(800).S16(-200).S16(100).Zeros(24).U16(GlyphCount).ToArray(),
            ["maxp"] = new Writer().U32(0x00005000).U16(GlyphCount).ToArray(),
            ["hmtx"] = Advances.Aggregate(new Writer(), (w, a) => w.U16(a).S16(0)).ToArray(),
            ["cmap"] = Cmap(),
            ["loca"] = loca.ToArray(),
            ["glyf"] = glyf.ToArray(),
            ["GSUB"] = Layout("liga", 7, Ligature()),
            ["GPOS"] = Layout("kern", 9, GlyphPairs(), ClassPairs()),
        };
        return Assemble(tables);
    }

    private static byte[] Cmap()
    {
        (uint Cp, uint Glyph)[] map = [('A', 1), ('V', 2), ('W', 8), ('f', 3), ('i', 4), (0xC4, 6), (0x1F600, 7)];
        var w = new Writer().U16(0).U16(1).U16(3).U16(10).U32(12);
        w.U16(12).U16(0).U32((uint)(16 + map.Length * 12)).U32(0).U32((uint)map.Length);
        foreach (var (cp, g) in map) w.U32(cp).U32(cp).U32(g);
        return w.ToArray();
    }

    private static byte[] Ligature() =>
        // LigatureSubst format 1: coverage at 8 (f), one set at 14, one ligature f+i → 5.
        new Writer().U16(1).U16(8).U16(1).U16(14).U16(1).U16(1).U16(3)
            .U16(1).U16(4).U16(5).U16(2).U16(4).ToArray();

    private static byte[] GlyphPairs() =>
        // PairPos format 1, ValueFormat1 = XAdvance: coverage at 12 (A), pair set at 18: A,V.
        new Writer().U16(1).U16(12).U16(0x0004).U16(0).U16(1).U16(18).U16(1).U16(1).U16(1)
            .U16(1).U16(2).S16(KernAV).ToArray();

    private static byte[] ClassPairs()
    {
        // PairPos format 2, ValueFormat1 = XPlacement|XAdvance; covers A (class 0) and V (class 1);
        // right classes: A = 1, others 0. Matrix 2×2 of (xPla, xAdv).
        var w = new Writer().U16(2).U16(0).U16(0x0005).U16(0).U16(0).U16(0).U16(2).U16(2);
        w.S16(0).S16(0).S16(7).S16(KernAA);    // class1 0 (A): vs 0, vs A
        w.S16(0).S16(0).S16(9).S16(KernVA);    // class1 1 (V): vs 0, vs A
        var coverage = w.Length; w.U16(1).U16(2).U16(1).U16(2);
        var class1 = w.Length; w.U16(1).U16(2).U16(1).U16(1);   // format 1: start 2 (V), count 1: class 1
        var class2 = w.Length; w.U16(2).U16(1).U16(1).U16(1).U16(1); // format 2: A..A → 1
        var bytes = w.ToArray();
        Put(bytes, 2, coverage); Put(bytes, 8, class1); Put(bytes, 10, class2);
        return bytes;
    }

    /// <summary>A GSUB/GPOS table: script latn → one feature → one lookup of extension subtables.</summary>
    private static byte[] Layout(string feature, ushort extensionType, params byte[][] subtables)
    {
        var w = new Writer().U32(0x00010000).U16(10).U16(30).U16(44);
        w.U16(1).Tag("latn").U16(8).U16(4).U16(0).U16(0).U16(0xFFFF).U16(1).U16(0);     // ScriptList at 10
        w.U16(1).Tag(feature).U16(8).U16(0).U16(1).U16(0);                               // FeatureList at 30
        w.U16(1).U16(4);                                                                  // LookupList at 44
        var lookupHeader = 6 + subtables.Length * 2;
        w.U16(extensionType).U16(0).U16((ushort)subtables.Length);
        for (var i = 0; i < subtables.Length; i++) w.U16((ushort)(lookupHeader + i * 8));
        var payload = lookupHeader + subtables.Length * 8;
        for (var i = 0; i < subtables.Length; i++)
        {
            var ext = lookupHeader + i * 8;
            w.U16(1).U16(extensionType == 7 ? (ushort)4 : (ushort)2).U32((uint)(payload - ext));
            payload += subtables[i].Length;
        }
        foreach (var s in subtables) w.Bytes(s);
        return w.ToArray();
    }

    private static byte[] Simple((int X, int Y, bool On)[] points)
    {
        var w = new Writer().S16(1).S16(0).S16(0).S16(1000).S16(1000).U16((ushort)(points.Length - 1)).U16(0);
        var flags = new List<byte>();
        var xs = new Writer();
        var ys = new Writer();
        int px = 0, py = 0;
        foreach (var (x, y, on) in points)
        {
            byte f = on ? (byte)1 : (byte)0;
            f |= Encode(x - px, 0x02, 0x10, xs);
            f |= Encode(y - py, 0x04, 0x20, ys);
            flags.Add(f);
            (px, py) = (x, y);
        }
        foreach (var f in flags) w.U8(f);
        return w.Bytes(xs.ToArray()).Bytes(ys.ToArray()).ToArray();
    }

    private static byte Encode(int delta, byte shortBit, byte sameBit, Writer into)
    {
        if (delta == 0) return sameBit;
        if (Math.Abs(delta) < 256) { into.U8((byte)Math.Abs(delta)); return (byte)(shortBit | (delta > 0 ? sameBit : 0)); }
        into.S16((short)delta);
        return 0;
    }

    private static byte[] Composite(Action<Writer> components)
    {
        var w = new Writer().S16(-1).S16(0).S16(0).S16(1000).S16(1000);
        components(w);
        return w.ToArray();
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var w = new Writer().U32(0x00010000).U16((ushort)tables.Count).U16(0).U16(0).U16(0);
        var offset = 12 + 16 * tables.Count;
        foreach (var (tag, data) in tables)
        {
            w.Tag(tag).U32(0).U32((uint)offset).U32((uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }
        foreach (var data in tables.Values) w.Bytes(data).Pad(4);
        return w.ToArray();
    }

    private static void Put(byte[] bytes, int at, int value) { bytes[at] = (byte)(value >> 8); bytes[at + 1] = (byte)value; }

    /// <summary>Big-endian byte writer.</summary>
    private sealed class Writer
    {
        private readonly List<byte> _bytes = [];
        public int Length => _bytes.Count;
        public Writer U8(byte v) { _bytes.Add(v); return this; }
        public Writer U16(int v) { _bytes.Add((byte)(v >> 8)); _bytes.Add((byte)v); return this; }
        public Writer S16(short v) => U16((ushort)v);
        public Writer U32(uint v) => U16((int)(v >> 16)).U16((int)(v & 0xFFFF));
        public Writer Tag(string t) { foreach (var c in t) _bytes.Add((byte)c); return this; }
        public Writer Zeros(int n) { for (var i = 0; i < n; i++) _bytes.Add(0); return this; }
        public Writer Bytes(byte[] b) { _bytes.AddRange(b); return this; }
        public Writer Pad(int to) { while (_bytes.Count % to != 0) _bytes.Add(0); return this; }
        public byte[] ToArray() => [.. _bytes];
    }
}
