namespace Publish.Typesetting.Text;

/// <summary>
/// One level of Liang hyphenation patterns (Liang 1983, "Word Hy-phen-a-tion by Com-put-er"):
/// each pattern's letters (with <c>.</c> for a word edge) mapped to its digits. A word is
/// matched by looking up each of its substrings up to the longest pattern's length, which finds
/// what a walk down Liang's trie finds, from one table instead of a node per letter (a pattern
/// file loads in a few milliseconds). Built once, then only read, so one instance can be shared
/// by any number of threads.
/// </summary>
internal sealed class PatternTable
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private int _longest;

    /// <summary>Number of patterns added.</summary>
    public int Count => _patterns.Count;

    /// <summary>
    /// Adds a pattern given as its letters and the digit before, between and after them
    /// (<paramref name="values"/> has <c>letters.Length + 1</c> entries). A later pattern with the
    /// same letters replaces the earlier one.
    /// </summary>
    public void Add(string letters, byte[] values)
    {
        if (values.Length != letters.Length + 1)
            throw new ArgumentException("a pattern needs one value per gap between its letters", nameof(values));
        _patterns[letters] = values;
        _longest = Math.Max(_longest, letters.Length);
    }

    /// <summary>
    /// Liang's algorithm: for every position of <paramref name="dotted"/> (the lower-cased word
    /// between two <c>.</c>), finds the patterns that start there and keeps, for each gap, the
    /// highest digit of any of them. Returns one value per gap of <paramref name="dotted"/>; an
    /// odd value allows a break.
    /// </summary>
    public byte[] Apply(string dotted)
    {
        var gaps = new byte[dotted.Length + 1];
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < dotted.Length; start++)
        {
            int longest = Math.Min(_longest, dotted.Length - start);
            for (var length = 1; length <= longest; length++)
            {
                if (!lookup.TryGetValue(dotted.AsSpan(start, length), out var values)) continue;
                for (var k = 0; k < values.Length; k++)
                    if (values[k] > gaps[start + k]) gaps[start + k] = values[k];
            }
        }
        return gaps;
    }
}
