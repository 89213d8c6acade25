namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads glyph outlines from <c>loca</c> and <c>glyf</c>: simple glyphs (flags, delta-coded
/// coordinates) and composite glyphs (components with offsets or point matching and scale,
/// x/y scale or 2×2 transforms), resolved recursively into plain contours.
/// </summary>
internal sealed class GlyphOutlineReader
{
    private const byte OnCurve = 0x01, XShort = 0x02, YShort = 0x04, Repeat = 0x08;
    private const byte XSameOrPositive = 0x10, YSameOrPositive = 0x20;
    private const ushort ArgsAreWords = 0x0001, ArgsAreXyValues = 0x0002, HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020, HasXyScale = 0x0040, HasTwoByTwo = 0x0080;
    private const ushort ScaledComponentOffset = 0x0800;
    /// <summary>Size of the glyph header: numberOfContours and the bounding box.</summary>
    private const int GlyphHeaderSize = 10;
    /// <summary>Short loca offsets are stored divided by two.</summary>
    private const int ShortLocaFactor = 2;
    /// <summary>Deepest nesting of composite glyphs followed before giving up (malformed fonts loop).</summary>
    private const int MaxCompositeDepth = 16;
    /// <summary>Each 2.14 number of a component's transform takes two bytes.</summary>
    private const int F2Dot14Size = sizeof(short);

    private readonly byte[] _data;
    private readonly string _key;
    private readonly int _glyf;
    private readonly int[] _offsets;

    /// <summary>Reads loca into glyph start offsets (absolute); glyph g spans offsets[g]..offsets[g+1].</summary>
    public GlyphOutlineReader(byte[] data, TableDirectory tables, FontMetrics metrics, string key)
    {
        _data = data;
        _key = key;
        _glyf = tables.Require("glyf", key);
        var loca = tables.Require("loca", key);
        var glyfLength = tables.Length("glyf");
        _offsets = new int[metrics.GlyphCount + 1];
        for (var g = 0; g <= metrics.GlyphCount; g++)
        {
            var offset = metrics.LongLocaOffsets
                ? (long)FontBytes.U32(data, loca + g * sizeof(uint))
                : FontBytes.U16(data, loca + g * sizeof(ushort)) * ShortLocaFactor;
            _offsets[g] = (int)Math.Min(offset, glyfLength);
        }
    }

    /// <summary>
    /// The glyph's outline; empty for glyphs without contours or out of range. Throws
    /// <see cref="FontFormatException"/> (PUB3102) when the glyph's data is corrupt.
    /// </summary>
    public GlyphOutline Read(ushort glyph)
    {
        var contours = new List<IReadOnlyList<OutlinePoint>>();
        try
        {
            Append(glyph, Transform.Identity, contours, 0);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new FontFormatException(Publish.Diagnostics.Codes.FontMalformed, _key, $"outline of glyph {glyph} is malformed", e);
        }
        return contours.Count == 0 ? GlyphOutline.Empty : new GlyphOutline(contours);
    }

    private void Append(ushort glyph, Transform t, List<IReadOnlyList<OutlinePoint>> into, int depth)
    {
        if (glyph + 1 >= _offsets.Length || depth > MaxCompositeDepth) return;
        var start = _offsets[glyph];
        if (_offsets[glyph + 1] <= start) return; // blank glyph
        var at = _glyf + start;
        var contourCount = FontBytes.S16(_data, at);
        if (contourCount >= 0) AppendSimple(at, contourCount, t, into);
        else AppendComposite(at + GlyphHeaderSize, t, into, depth);
    }

    private void AppendSimple(int at, int contourCount, Transform t, List<IReadOnlyList<OutlinePoint>> into)
    {
        var d = _data;
        var ends = new int[contourCount];
        for (var c = 0; c < contourCount; c++) ends[c] = FontBytes.U16(d, at + GlyphHeaderSize + c * 2);
        var pointCount = contourCount == 0 ? 0 : ends[^1] + 1;
        var p = at + GlyphHeaderSize + contourCount * 2;
        p += sizeof(ushort) + FontBytes.U16(d, p); // instructions

        var flags = new byte[pointCount];
        for (var i = 0; i < pointCount;)
        {
            var f = d[p++];
            flags[i++] = f;
            if ((f & Repeat) == 0) continue;
            for (int r = d[p++]; r > 0 && i < pointCount; r--) flags[i++] = f;
        }
        var xs = new int[pointCount];
        var ys = new int[pointCount];
        p = ReadCoordinates(d, p, flags, xs, XShort, XSameOrPositive);
        ReadCoordinates(d, p, flags, ys, YShort, YSameOrPositive);

        var first = 0;
        foreach (var end in ends)
        {
            var contour = new List<OutlinePoint>(end - first + 1);
            for (var i = first; i <= end && i < pointCount; i++)
            {
                var (x, y) = t.Apply(xs[i], ys[i]);
                contour.Add(new OutlinePoint(x, y, (flags[i] & OnCurve) != 0));
            }
            if (contour.Count > 0) into.Add(contour);
            first = end + 1;
        }
    }

    private static int ReadCoordinates(byte[] d, int p, byte[] flags, int[] values, byte shortBit, byte sameBit)
    {
        var value = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            var f = flags[i];
            if ((f & shortBit) != 0) value += (f & sameBit) != 0 ? d[p++] : -d[p++];
            else if ((f & sameBit) == 0) { value += FontBytes.S16(d, p); p += sizeof(short); }
            values[i] = value;
        }
        return p;
    }

    private void AppendComposite(int p, Transform parent, List<IReadOnlyList<OutlinePoint>> into, int depth)
    {
        var d = _data;
        var own = new List<IReadOnlyList<OutlinePoint>>(); // in this glyph's coordinates
        ushort flags;
        do
        {
            flags = FontBytes.U16(d, p);
            var component = FontBytes.U16(d, p + sizeof(ushort));
            p += 2 * sizeof(ushort);
            int arg1, arg2;
            var xy = (flags & ArgsAreXyValues) != 0;
            if ((flags & ArgsAreWords) != 0)
            {
                arg1 = xy ? FontBytes.S16(d, p) : FontBytes.U16(d, p);
                arg2 = xy ? FontBytes.S16(d, p + sizeof(short)) : FontBytes.U16(d, p + sizeof(short));
                p += 2 * sizeof(short);
            }
            else
            {
                arg1 = xy ? (sbyte)d[p] : d[p];
                arg2 = xy ? (sbyte)d[p + 1] : d[p + 1];
                p += 2 * sizeof(byte);
            }
            double a = 1, b = 0, c = 0, e = 1;
            if ((flags & HasScale) != 0) { a = e = FontBytes.F2Dot14(d, p); p += F2Dot14Size; }
            else if ((flags & HasXyScale) != 0) { a = FontBytes.F2Dot14(d, p); e = FontBytes.F2Dot14(d, p + F2Dot14Size); p += 2 * F2Dot14Size; }
            else if ((flags & HasTwoByTwo) != 0)
            {
                a = FontBytes.F2Dot14(d, p); b = FontBytes.F2Dot14(d, p + F2Dot14Size);
                c = FontBytes.F2Dot14(d, p + 2 * F2Dot14Size); e = FontBytes.F2Dot14(d, p + 3 * F2Dot14Size);
                p += 4 * F2Dot14Size;
            }

            var local = new Transform(a, b, c, e, 0, 0);
            var parts = new List<IReadOnlyList<OutlinePoint>>();
            Append(component, local, parts, depth + 1);
            double dx, dy;
            if (xy)
            {
                (dx, dy) = (flags & ScaledComponentOffset) != 0 ? local.Apply(arg1, arg2) : (arg1, arg2);
            }
            else
            {
                // Point matching: move the component so its point arg2 lands on the parent's point arg1.
                var anchor = PointAt(own, arg1);
                var moving = PointAt(parts, arg2);
                (dx, dy) = (anchor.X - moving.X, anchor.Y - moving.Y);
            }
            foreach (var contour in parts)
                own.Add(contour.Select(pt => pt with { X = pt.X + dx, Y = pt.Y + dy }).ToList());
        } while ((flags & MoreComponents) != 0);

        foreach (var contour in own)
            into.Add(contour.Select(pt =>
            {
                var (x, y) = parent.Apply(pt.X, pt.Y);
                return new OutlinePoint(x, y, pt.OnCurve);
            }).ToList());
    }

    private static OutlinePoint PointAt(List<IReadOnlyList<OutlinePoint>> contours, int index)
    {
        foreach (var contour in contours)
        {
            if (index < contour.Count) return contour[index];
            index -= contour.Count;
        }
        return default;
    }

    /// <summary>An affine transform x' = a·x + c·y + dx, y' = b·x + e·y + dy (TrueType's component matrix).</summary>
    private readonly record struct Transform(double A, double B, double C, double E, double Dx, double Dy)
    {
        public static readonly Transform Identity = new(1, 0, 0, 1, 0, 0);
        public (double X, double Y) Apply(double x, double y) => (A * x + C * y + Dx, B * x + E * y + Dy);
    }
}
