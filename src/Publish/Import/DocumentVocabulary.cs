using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// How often each word form occurs inside the text being imported (case-insensitive, hyphenated
/// compounds counted whole, words at line ends skipped since they may be fragments). Repairs use
/// it as evidence: "self-activity" written elsewhere decides how "self-\nactivity" is rejoined,
/// and a name that recurs ("Shliapnikov") is not an OCR error.
/// </summary>
internal sealed partial class DocumentVocabulary
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _pairs = [];
    private readonly Dictionary<string, List<(string? Before, string? After)>> _contexts = new(StringComparer.Ordinal);

    public static DocumentVocabulary Empty { get; } = new("");

    /// <param name="contextsOf">
    /// The forms whose contexts <see cref="Contexts"/> reports (null: every form). Contexts cost
    /// an entry per occurrence, so a long text should track only the forms a repair asks about.
    /// </param>
    public DocumentVocabulary(string text, IReadOnlySet<string>? contextsOf = null)
    {
        _contextsOf = contextsOf;
        Add(text);
    }

    private readonly IReadOnlySet<string>? _contextsOf;

    // Every occurrence's context keeps two words alive: each form is stored once, so a text of
    // millions of words holds its vocabulary, not a fresh string per occurrence.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pool = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private string? _previous;
    private List<(string? Before, string? After)>? _open;

    /// <summary>
    /// Counts one more piece of the text, which must start where a line starts: a text read in
    /// pieces cut at line ends gets the counts it would get whole (a word pair across a cut
    /// still counts, since the previous word is carried over).
    /// </summary>
    public void Add(string text)
    {
        // EnumerateMatches: a MatchCollection would keep a Match object for every word of the text until the loop ends.
        foreach (var w in Token().EnumerateMatches(text))
        {
            var value = Intern(_pool, text.AsSpan(w.Index, w.Length));
            var lower = Lower(_pool, value);
            if (_previous is not null) _pairs[(_previous, lower)] = _pairs.GetValueOrDefault((_previous, lower)) + 1;
            if (_open is not null) _open[^1] = (_open[^1].Before, _previous is null ? null : lower);
            var end = w.Index + w.Length;
            var before = _previous;
            _previous = end < text.Length && text[end] is '.' or ',' or ';' or ':' or '?' or '!' or '(' or ')' ? null : lower;
            if (_contextsOf is null || _contextsOf.Contains(value))
            {
                _open = _contexts.TryGetValue(value, out var list) ? list : _contexts[value] = [];
                _open.Add((before, null));
            }
            else _open = null;
        }
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text[range];
            var matches = Token().Matches(line);
            for (var i = 0; i < matches.Count; i++)
            {
                var m = matches[i];
                var atLineEdge = (i == matches.Count - 1 && line.AsSpan(m.Index + m.Length).Trim().Length == 0) || i == 0;
                if (atLineEdge && m.Value.Length < 12) continue;
                var w = m.Value.Trim('-', '\'', '’');
                if (w.Length == 0) continue;
                var lower = w.ToLowerInvariant();
                _counts[lower] = _counts.GetValueOrDefault(lower) + 1;
                _exact[w] = _exact.GetValueOrDefault(w) + 1;
            }
        }
    }

    private static string Intern(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pool, ReadOnlySpan<char> form)
    {
        if (pool.TryGetValue(form, out var known)) return known;
        var made = form.ToString();
        pool.Add(made);
        return made;
    }

    private static string Lower(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pool, string form)
    {
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        var n = form.AsSpan().ToLowerInvariant(buffer);
        return n == form.Length && buffer.SequenceEqual(form) ? form : Intern(pool, buffer[..n]);
    }

    /// <summary>Occurrences of a form inside lines, ignoring case.</summary>
    public int Count(string word) => _counts.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>How often <paramref name="first"/> is directly followed by <paramref name="second"/> (no punctuation between), ignoring case.</summary>
    public int PairCount(string first, string second) => _pairs.GetValueOrDefault((first.ToLowerInvariant(), second.ToLowerInvariant()));

    /// <summary>The words just before and after each occurrence of a tracked form (null across punctuation).</summary>
    public IReadOnlyList<(string? Before, string? After)> Contexts(string word) =>
        _contexts.TryGetValue(word, out var list) ? list : [];

    /// <summary>Occurrences of a form with exactly this spelling and case.</summary>
    public int CountExact(string word) => _exact.GetValueOrDefault(word);

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)*")]
    private static partial Regex Token();
}
