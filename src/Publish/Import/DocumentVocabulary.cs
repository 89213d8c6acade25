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
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int> _exact;

    public static DocumentVocabulary Empty { get; } = new("");

    public DocumentVocabulary(string text)
    {
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        _exact = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
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

    /// <summary>Occurrences of a form inside lines, ignoring case.</summary>
    public int Count(string word) => _counts.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>Occurrences of a form with exactly this spelling and case.</summary>
    public int CountExact(string word) => _exact.GetValueOrDefault(word);

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)*")]
    private static partial Regex Token();
}
