namespace Publish.Typesetting.Fonts;

/// <summary>
/// The pair adjustments of one kerning lookup, ready for fast queries: glyph pairs in a
/// dictionary keyed by <c>left &lt;&lt; 16 | right</c>, then class-based subtables in their
/// order in the font. A pair listed explicitly wins; otherwise the first class subtable that
/// covers the left glyph decides, as OpenType's "first subtable that applies" rule says.
/// </summary>
internal sealed class PairLookup
{
    private readonly Dictionary<uint, short> _pairs;
    private readonly ClassPairSubtable[] _classes;

    public PairLookup(Dictionary<uint, short> pairs, IReadOnlyList<ClassPairSubtable> classes)
    {
        _pairs = pairs;
        _classes = [.. classes];
    }

    /// <summary>Number of explicitly listed pairs.</summary>
    public int PairCount => _pairs.Count;

    /// <summary>Number of class-based subtables.</summary>
    public int ClassSubtableCount => _classes.Length;

    /// <summary>The key of a glyph pair in the pair dictionary.</summary>
    public static uint Key(ushort left, ushort right) => (uint)left << 16 | right;

    /// <summary>The x-advance adjustment for the pair, in font units (0 when none).</summary>
    public short Get(ushort left, ushort right)
    {
        if (_pairs.TryGetValue(Key(left, right), out var value)) return value;
        foreach (var table in _classes)
            if (table.Covers(left)) return table.Get(left, right);
        return 0;
    }
}

/// <summary>
/// One GPOS pair-adjustment subtable of format 2: left glyphs (those covered) fall into
/// class-1 classes, right glyphs into class-2 classes, and a matrix holds the x-advance
/// adjustment of the left glyph for each class pair.
/// </summary>
internal sealed class ClassPairSubtable(ushort[] leftClass, ushort[] rightClass, int rightClassCount, short[] values)
{
    /// <summary>Marks a glyph the subtable's coverage does not include.</summary>
    public const ushort NotCovered = 0xFFFF;

    /// <summary>True when the subtable's coverage includes the left glyph.</summary>
    public bool Covers(ushort left) => left < leftClass.Length && leftClass[left] != NotCovered;

    /// <summary>The adjustment for a covered left glyph and any right glyph.</summary>
    public short Get(ushort left, ushort right)
    {
        int c2 = right < rightClass.Length ? rightClass[right] : 0;
        if (c2 >= rightClassCount) return 0;
        var index = leftClass[left] * rightClassCount + c2;
        return index < values.Length ? values[index] : (short)0;
    }
}
