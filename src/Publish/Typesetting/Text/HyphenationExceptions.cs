namespace Publish.Typesetting.Text;

/// <summary>
/// Words whose division is given by hand, as in TeX's <c>\hyphenation{}</c>: one word per
/// line, <c>-</c> at each allowed break, no <c>-</c> meaning "never hyphenate". They win over
/// the patterns. Read-only once loaded.
/// </summary>
internal sealed class HyphenationExceptions
{
    private readonly Dictionary<string, int[]> _words;

    private HyphenationExceptions(Dictionary<string, int[]> words) => _words = words;

    /// <summary>No exceptions at all.</summary>
    public static HyphenationExceptions Empty { get; } = new([]);

    /// <summary>Number of words listed.</summary>
    public int Count => _words.Count;

    /// <summary>Reads an exceptions file (UTF-8; <c>%</c> starts a comment line).</summary>
    public static HyphenationExceptions Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses exception lines such as <c>rev-o-lu-tion</c> or <c>present</c>.</summary>
    public static HyphenationExceptions Parse(string text)
    {
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '%') continue;
            var points = new List<int>();
            var letters = new System.Text.StringBuilder(line.Length);
            foreach (var c in line)
            {
                if (c == '-') points.Add(letters.Length);
                else letters.Append(HyphenationWord.Normalise(c));
            }
            words[letters.ToString()] = points.Where(p => p > 0 && p < letters.Length).Distinct().ToArray();
        }
        return new HyphenationExceptions(words);
    }

    /// <summary>
    /// The break points listed for <paramref name="key"/> (lower-cased, apostrophes as <c>'</c>),
    /// or false when the word is not listed.
    /// </summary>
    public bool TryGet(string key, out IReadOnlyList<int> points)
    {
        var found = _words.TryGetValue(key, out var array);
        points = array ?? [];
        return found;
    }
}
