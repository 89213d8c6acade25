using Publish.Typesetting.Fonts;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The glyphs a subset keeps: .notdef (viewers draw it for anything missing), the requested
/// glyphs and, transitively, the components of every kept composite glyph, since a composite
/// is only references to other glyphs' outlines. Glyph ids at or beyond numGlyphs are ignored.
/// A composite that refers to itself, directly or through others, or to a glyph the font
/// lacks, or whose component records run past its data, is rejected with an
/// <see cref="InvalidDataException"/>: a renderer following such a glyph would loop or read
/// garbage, and an embedded font must not do that to a reader's viewer.
/// </summary>
internal sealed class GlyphClosure
{
    private const byte Unseen = 0, Visiting = 1, Kept = 2;

    // Composite component flags (glyf).
    private const ushort ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020;
    private const ushort HasXyScale = 0x0040, HasTwoByTwo = 0x0080;

    /// <summary>numberOfContours, xMin, yMin, xMax, yMax.</summary>
    private const int GlyphHeaderSize = 10;
    /// <summary>A component record's flags and glyphIndex.</summary>
    private const int ComponentHeaderSize = 2 * sizeof(ushort);
    /// <summary>Each 2.14 number of a component's transform takes two bytes.</summary>
    private const int F2Dot14Size = sizeof(short);
    /// <summary>
    /// Deepest composite nesting followed. Real fonts nest two or three levels; the bound keeps
    /// the recursion off the end of the stack for a hostile chain of thousands of composites.
    /// </summary>
    private const int MaxDepth = 64;

    private readonly byte[] _state;

    private GlyphClosure(byte[] state, int end)
    {
        _state = state;
        End = end;
    }

    /// <summary>One past the highest kept glyph id: the subset's numGlyphs.</summary>
    public int End { get; }

    /// <summary>True when the subset keeps the glyph's outline.</summary>
    public bool Contains(int glyph) => glyph < End && _state[glyph] == Kept;

    /// <summary>Collects the kept glyphs; the font's glyph data is only read, never copied.</summary>
    public static GlyphClosure Collect(byte[] font, GlyphLocations locations, IEnumerable<ushort> requested)
    {
        var state = new byte[locations.Count];
        Visit(font, locations, state, 0, 0);
        foreach (var glyph in requested)
            if (glyph < locations.Count) Visit(font, locations, state, glyph, 0);
        var end = state.Length;
        while (state[end - 1] != Kept) end--; // glyph 0 is always kept
        return new GlyphClosure(state, end);
    }

    private static void Visit(byte[] font, GlyphLocations locations, byte[] state, int glyph, int depth)
    {
        if (state[glyph] == Kept) return;
        if (state[glyph] == Visiting)
            throw new InvalidDataException($"composite glyph {glyph} contains itself (a cycle of components)");
        if (depth > MaxDepth)
            throw new InvalidDataException($"composite glyphs are nested more than {MaxDepth} deep at glyph {glyph}");
        state[glyph] = Visiting;

        var length = locations.Length(glyph);
        if (length > 0)
        {
            if (length < GlyphHeaderSize)
                throw new InvalidDataException($"glyph {glyph} has {length} bytes, fewer than its header");
            var start = locations.Start(glyph);
            if (FontBytes.S16(font, start) < 0)
                VisitComponents(font, locations, state, glyph, start + GlyphHeaderSize, start + length, depth);
        }
        state[glyph] = Kept;
    }

    private static void VisitComponents(byte[] font, GlyphLocations locations, byte[] state, int glyph, int p, int end, int depth)
    {
        ushort flags;
        do
        {
            if (p + ComponentHeaderSize > end)
                throw new InvalidDataException($"composite glyph {glyph} ends inside a component record");
            flags = FontBytes.U16(font, p);
            int component = FontBytes.U16(font, p + sizeof(ushort));
            p += ComponentHeaderSize + ArgumentsSize(flags) + TransformSize(flags);
            if (p > end)
                throw new InvalidDataException($"composite glyph {glyph} ends inside a component record");
            if (component >= locations.Count)
                throw new InvalidDataException($"composite glyph {glyph} refers to glyph {component}, beyond the font's {locations.Count}");
            Visit(font, locations, state, component, depth + 1);
        } while ((flags & MoreComponents) != 0);
    }

    /// <summary>The component's offset or point numbers: two words or two bytes.</summary>
    private static int ArgumentsSize(ushort flags) => (flags & ArgsAreWords) != 0 ? 2 * sizeof(short) : 2 * sizeof(byte);

    /// <summary>The component's scale: none, one, an x and a y, or a 2×2 matrix of 2.14 numbers.</summary>
    private static int TransformSize(ushort flags) =>
        (flags & HasScale) != 0 ? F2Dot14Size
        : (flags & HasXyScale) != 0 ? 2 * F2Dot14Size
        : (flags & HasTwoByTwo) != 0 ? 4 * F2Dot14Size
        : 0;
}
