namespace Publish.Typesetting.Text;

/// <summary>
/// One level of Liang hyphenation patterns, stored as a trie over the pattern letters
/// (Liang 1983, "Word Hy-phen-a-tion by Com-put-er"). Built once, then only read, so one
/// instance can be shared by any number of threads.
/// </summary>
internal sealed class PatternTrie
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public byte[]? Values;
    }

    private readonly Node _root = new();

    /// <summary>Number of patterns added.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds a pattern given as its letters (with <c>.</c> for a word edge) and the digit before,
    /// between and after them (<paramref name="values"/> has <c>letters.Length + 1</c> entries).
    /// A later pattern with the same letters replaces the earlier one.
    /// </summary>
    public void Add(string letters, byte[] values)
    {
        if (values.Length != letters.Length + 1)
            throw new ArgumentException("a pattern needs one value per gap between its letters", nameof(values));
        var node = _root;
        foreach (var c in letters)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children[c] = next;
            }
            node = next;
        }
        if (node.Values is null) Count++;
        node.Values = values;
    }

    /// <summary>
    /// Liang's algorithm: for every position of <paramref name="dotted"/> (the lower-cased word
    /// between two <c>.</c>), walks the trie and keeps, for each gap, the highest digit of any
    /// pattern that matches there. Returns one value per gap of <paramref name="dotted"/>; an
    /// odd value allows a break.
    /// </summary>
    public byte[] Apply(string dotted)
    {
        var gaps = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            var node = _root;
            for (var i = start; i < dotted.Length; i++)
            {
                if (node.Children is null || !node.Children.TryGetValue(dotted[i], out node)) break;
                if (node.Values is not { } values) continue;
                for (var k = 0; k < values.Length; k++)
                    if (values[k] > gaps[start + k]) gaps[start + k] = values[k];
            }
        }
        return gaps;
    }
}
