namespace Publish.Import;

/// <summary>
/// English word lists (SCOWL via Debian's wbritish, wbritish-large and wamerican, shipped in
/// <c>styles/wordlists/</c>) answering "is this a word?" for the OCR repairs. The core lists
/// (British + American, size 50) decide repairs; the large list only protects rarer words from
/// being flagged or "repaired". Lookups ignore case and possessive endings.
/// </summary>
internal sealed class WordList
{
    /// <summary>Folder, relative to the repository root, holding the list files.</summary>
    public const string RelativeFolder = "styles/wordlists";

    /// <summary>
    /// Short words accepted as words. The lists also hold abbreviations of one or two letters
    /// ("th", "ch", "ft") that would make every fragment look like a word.
    /// </summary>
    private static readonly HashSet<string> ShortWords = new(StringComparer.Ordinal)
    {
        "a", "i", "o", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it",
        "me", "my", "no", "of", "oh", "on", "or", "so", "to", "up", "us", "we", "ox", "ye", "ah", "eh", "ad", "ax",
    };

    /// <summary>Suffixes tried when a form is missing from the lists (derived forms SCOWL omits).</summary>
    private static readonly (string Suffix, string[] Replacements)[] Suffixes =
    [
        ("ization", ["ize", "ise"]), ("isation", ["ise", "ize"]), ("izations", ["ize", "ise"]), ("isations", ["ise", "ize"]),
        ("ness", [""]), ("ism", ["", "e"]), ("isms", ["", "e"]), ("ist", ["", "e"]), ("ists", ["", "e"]),
        ("ly", [""]), ("s", [""]), ("es", [""]),
    ];

    private static readonly Lock CacheGate = new();
    private static readonly Dictionary<string, WordList> Cache = new(StringComparer.Ordinal);

    private readonly HashSet<string> _core;
    private readonly HashSet<string> _large;
    private readonly HashSet<string> _lowerCaseEntries;

    public WordList(IEnumerable<string> core, IEnumerable<string>? large = null)
    {
        var coreList = core as IList<string> ?? core.ToList();
        _core = new HashSet<string>(coreList.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        _lowerCaseEntries = new HashSet<string>(coreList.Where(w => w.Length > 0 && char.IsLower(w[0])), StringComparer.Ordinal);
        _large = new HashSet<string>((large ?? []).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>True when no list was found: repairs that need a word list are then skipped.</summary>
    public bool IsEmpty => _core.Count == 0;

    /// <summary>An empty list: every repair that needs words is skipped, every decision reported.</summary>
    public static WordList Empty { get; } = new([]);

    /// <summary>A core-list word (also accepting regular derived forms and possessives).</summary>
    public bool IsWord(string token) => Check(token, _core);

    /// <summary>A word in any list, core or large.</summary>
    public bool IsKnown(string token) => Check(token, _core) || Check(token, _large);

    /// <summary>True for a name the core lists only know capitalised ("Lenin", "September").</summary>
    public bool IsProperOnly(string token)
    {
        var w = Normalise(token);
        return _core.Contains(w) && !_lowerCaseEntries.Contains(w);
    }

    /// <summary>True when every part of a hyphenated token is a word ("working-class").</summary>
    public bool AllPartsWords(string token)
    {
        var parts = token.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(IsWord);
    }

    private static bool Check(string token, HashSet<string> set)
    {
        var w = Normalise(token);
        if (w.Length == 0) return false;
        if (w.Length <= 2) return ShortWords.Contains(w);
        if (set.Contains(w)) return true;
        foreach (var (suffix, replacements) in Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length - suffix.Length < 3) continue;
            var stem = w[..^suffix.Length];
            foreach (var r in replacements)
                if (set.Contains(stem + r)) return true;
        }
        return false;
    }

    /// <summary>Lower case, straight apostrophes, no possessive ending, no surrounding apostrophes.</summary>
    public static string Normalise(string token)
    {
        var w = token.Replace('’', '\'').Replace('‘', '\'').Trim('\'').ToLowerInvariant();
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        return w.TrimEnd('\'');
    }

    /// <summary>
    /// Loads the lists from the first <c>styles/wordlists</c> folder found next to the sources
    /// folder, above the current directory or above the program, else from <c>/usr/share/dict</c>;
    /// <see cref="Empty"/> when there is none. Loaded lists are cached per folder.
    /// </summary>
    public static WordList Load(string? sourcesDir)
    {
        var folder = FindFolder(sourcesDir);
        if (folder is null) return Empty;
        lock (CacheGate)
        {
            if (Cache.TryGetValue(folder, out var cached)) return cached;
            var list = LoadFolder(folder);
            Cache[folder] = list;
            return list;
        }
    }

    private static WordList LoadFolder(string folder)
    {
        static IEnumerable<string> Read(string path) =>
            File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0) : [];
        var core = Read(Path.Combine(folder, "british-english.txt"))
            .Concat(Read(Path.Combine(folder, "american-english.txt")))
            .Concat(Read(Path.Combine(folder, "british-english")))
            .Concat(Read(Path.Combine(folder, "american-english")));
        var large = Read(Path.Combine(folder, "british-english-large.txt"))
            .Concat(Read(Path.Combine(folder, "british-english-large")));
        return new WordList(core, large);
    }

    private static string? FindFolder(string? sourcesDir)
    {
        var starts = new List<string>();
        if (Environment.GetEnvironmentVariable("PUBLISH_WORDLISTS") is { Length: > 0 } env && Directory.Exists(env)) return env;
        if (sourcesDir is not null) starts.Add(Path.GetFullPath(sourcesDir));
        starts.Add(Directory.GetCurrentDirectory());
        starts.Add(AppContext.BaseDirectory);
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeFolder);
                if (File.Exists(Path.Combine(candidate, "british-english.txt"))) return candidate;
            }
        }
        return File.Exists("/usr/share/dict/british-english") ? "/usr/share/dict" : null;
    }
}
