namespace Publish.Typesetting.Text;

/// <summary>
/// Prefix sums of widths, stretch and shrink over a paragraph's items, so the natural width
/// and elasticity of any line are two subtractions (Knuth and Plass's W, Y, Z). Also knows
/// where the next line starts after a break and which items are legal breaks.
/// </summary>
internal sealed class ItemSums
{
    private readonly List<LineItem> _items;
    private readonly double[] _width, _stretch, _shrink, _fil;

    /// <summary>Sums over <paramref name="items"/>; boxes and glue count, penalties only when broken at.</summary>
    public ItemSums(IReadOnlyList<LineItem> items)
    {
        _items = items as List<LineItem> ?? [.. items];
        var n = _items.Count;
        _width = new double[n + 1];
        _stretch = new double[n + 1];
        _shrink = new double[n + 1];
        _fil = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var item = _items[i];
            var counts = item.Kind != LineItemKind.Penalty;
            _width[i + 1] = _width[i] + (counts ? item.Width : 0);
            _stretch[i + 1] = _stretch[i] + item.Stretch;
            _shrink[i + 1] = _shrink[i] + item.Shrink;
            _fil[i + 1] = _fil[i] + item.FilStretch;
        }
    }

    /// <summary>Number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The items summed.</summary>
    public ReadOnlySpan<LineItem> Items => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items);

    /// <summary>
    /// True when a line may end at item <paramref name="i"/>: a penalty below
    /// <see cref="LineItem.Infinite"/>, or glue right after a box. Automatic hyphenation points
    /// count only when <paramref name="withHyphenation"/> is true.
    /// </summary>
    public bool IsLegalBreak(int i, bool withHyphenation)
    {
        var item = _items[i];
        return item.Kind switch
        {
            LineItemKind.Penalty => item.Cost < LineItem.Infinite && (withHyphenation || !item.Hyphenation),
            LineItemKind.Glue => i > 0 && _items[i - 1].IsBox,
            _ => false,
        };
    }

    /// <summary>
    /// The first item of the line after a break at <paramref name="breakIndex"/> (−1 for the
    /// paragraph start): glue and penalties after the break are discarded up to the next box
    /// or forced break.
    /// </summary>
    public int LineStart(int breakIndex)
    {
        if (breakIndex < 0) return 0;
        var i = breakIndex + 1;
        while (i < _items.Count && !_items[i].IsBox && !_items[i].IsForcedBreak) i++;
        return i;
    }

    /// <summary>The natural width, stretch, shrink and fil stretch of items [start, end), plus the width of a penalty at end.</summary>
    public LineMeasure Measure(int start, int end)
    {
        var width = _width[end] - _width[start];
        if (end < _items.Count && _items[end].Kind == LineItemKind.Penalty) width += _items[end].Width;
        return new LineMeasure(width, _stretch[end] - _stretch[start], _shrink[end] - _shrink[start], _fil[end] - _fil[start]);
    }
}
