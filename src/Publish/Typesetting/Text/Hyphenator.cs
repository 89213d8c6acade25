namespace Publish.Typesetting.Text;

/// <summary>
/// Finds where a word may be hyphenated: Liang's pattern algorithm over one language's
/// patterns, with a hand-made exceptions list on top. Immutable after <see cref="Load"/> but
/// for a cache of the words already hyphenated (words repeat), so one instance is shared by
/// all threads.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>Fewest letters before a break: TeX's <c>\lefthyphenmin</c> for English (2).</summary>
    public const int LeftMin = 2;

    /// <summary>Fewest letters after a break: TeX's <c>\righthyphenmin</c> for English (3).</summary>
    public const int RightMin = 3;

    /// <summary>
    /// Shortest word that is hyphenated: <see cref="LeftMin"/> + <see cref="RightMin"/>, the
    /// shortest word that can have a legal break at all.
    /// </summary>
    public const int MinWordLetters = LeftMin + RightMin;

    /// <summary>Words whose points are kept; past this, words are hyphenated each time.</summary>
    private const int KnownWordsLimit = 200_000;

    private readonly BoundedCache<(string Word, bool Capitalised), int[]> _known = new(KnownWordsLimit);
    private readonly HyphenationPatterns _patterns;
    private readonly HyphenationExceptions _exceptions;
    private readonly int _leftMin;
    private readonly int _rightMin;

    /// <summary>Builds a hyphenator from parsed patterns and exceptions.</summary>
    public Hyphenator(HyphenationPatterns patterns, HyphenationExceptions exceptions)
    {
        _patterns = patterns;
        _exceptions = exceptions;
        _leftMin = Math.Max(LeftMin, patterns.LeftMin);
        _rightMin = Math.Max(RightMin, patterns.RightMin);
    }

    /// <summary>Number of patterns loaded (all levels).</summary>
    public int PatternCount => _patterns.Count;

    /// <summary>Number of exception words loaded.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>Loads a Hyphen-format pattern file and, optionally, an exceptions file.</summary>
    public static Hyphenator Load(string path, string? exceptionsPath = null) =>
        new(HyphenationPatternParser.Load(path),
            exceptionsPath is null ? HyphenationExceptions.Empty : HyphenationExceptions.Load(exceptionsPath));

    /// <summary>
    /// Word → the offsets in <paramref name="word"/> before which a hyphen may go, ascending.
    /// Empty for words shorter than <see cref="MinWordLetters"/>, words with digits, URLs and
    /// e-mail addresses, words with a capital when <paramref name="hyphenateCapitalised"/> is
    /// false, and exception words listed without a break. A word that already contains a
    /// hyphen breaks only after that hyphen. Punctuation around the word is never split off.
    /// </summary>
    public IReadOnlyList<int> Points(string word, bool hyphenateCapitalised = true) =>
        _known.GetOrAdd((word, hyphenateCapitalised), static (key, self) => self.Find(key.Word, key.Capitalised), this);

    private int[] Find(string word, bool hyphenateCapitalised)
    {
        if (string.IsNullOrEmpty(word) || HasAny(word, char.IsDigit) || HyphenationWord.LooksLikeAddress(word)) return [];
        if (!hyphenateCapitalised && HasAny(word, char.IsUpper)) return [];
        if (word.IndexOfAny(HyphenationWord.ExplicitHyphens) >= 0) return [.. ExplicitHyphenPoints(word)];

        var (start, end) = HyphenationWord.LetterCore(word);
        var core = word.AsSpan(start, end - start);
        if (!HyphenationWord.IsPlainWord(core) || HyphenationWord.CountLetters(core) < MinWordLetters) return [];

        var key = string.Create(core.Length, word[start..end], static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = HyphenationWord.Normalise(s[i]);
        });
        var candidates = _exceptions.TryGet(key, out var listed) ? listed : PatternPoints(key);

        var result = new List<int>(candidates.Count);
        foreach (var p in candidates)
        {
            if (p <= 0 || p >= key.Length) continue;
            if (HyphenationWord.IsApostrophe(key[p - 1]) || HyphenationWord.IsApostrophe(key[p])) continue;
            if (HyphenationWord.CountLetters(key.AsSpan(0, p)) < _leftMin) continue;
            if (HyphenationWord.CountLetters(key.AsSpan(p)) < _rightMin) continue;
            result.Add(start + p);
        }
        return [.. result];
    }

    /// <summary>The word with <paramref name="hyphen"/> at every break point, e.g. <c>hy-phen-ation</c>.</summary>
    public string Hyphenate(string word, string hyphen = "-", bool hyphenateCapitalised = true)
    {
        var points = Points(word, hyphenateCapitalised);
        var sb = new System.Text.StringBuilder(word.Length + points.Count * hyphen.Length);
        var last = 0;
        foreach (var p in points)
        {
            sb.Append(word, last, p - last).Append(hyphen);
            last = p;
        }
        return sb.Append(word, last, word.Length - last).ToString();
    }

    /// <summary>Odd values of Liang's algorithm over every level, as offsets in <paramref name="key"/>.</summary>
    private List<int> PatternPoints(string key)
    {
        var dotted = string.Concat(".", key, ".");
        var odd = new bool[key.Length];
        foreach (var level in _patterns.Levels)
        {
            var gaps = level.Apply(dotted);
            // gaps[g] is the gap before dotted[g]; dotted[g] is key[g - 1], so the break is at g - 1.
            for (var p = 1; p < key.Length; p++)
                if ((gaps[p + 1] & 1) == 1) odd[p] = true;
        }
        var points = new List<int>();
        for (var p = 1; p < key.Length; p++)
            if (odd[p]) points.Add(p);
        return points;
    }

    private static bool HasAny(string word, Func<char, bool> test)
    {
        foreach (var c in word)
            if (test(c)) return true;
        return false;
    }

    /// <summary>Offsets just after each explicit hyphen with enough letters on both sides.</summary>
    private IReadOnlyList<int> ExplicitHyphenPoints(string word)
    {
        var result = new List<int>();
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (Array.IndexOf(HyphenationWord.ExplicitHyphens, word[i]) < 0) continue;
            if (HyphenationWord.CountLetters(word.AsSpan(0, i)) < _leftMin) continue;
            if (HyphenationWord.CountLetters(word.AsSpan(i + 1)) < _rightMin) continue;
            result.Add(i + 1);
        }
        return result;
    }
}
