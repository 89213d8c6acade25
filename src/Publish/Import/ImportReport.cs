using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>One uncertain change or suspicious word, located later by the text it left behind.</summary>
/// <param name="Anchor">Text expected in the output near the change (the repaired or flagged word).</param>
/// <param name="File">Output file the anchor is searched in (<c>pamphlet.md</c> or <c>chronology.yaml</c>).</param>
internal sealed record ImportReportItem(DiagnosticCode Code, string Message, string? Anchor, string File = ImportReport.PamphletFile);

/// <summary>
/// Collects what the cleaners were unsure of, and counts what they did. Positions are only known
/// once <c>pamphlet.md</c> is written, so items carry an anchor text that
/// <see cref="Resolve"/> turns into line and column.
/// </summary>
internal sealed class ImportReport
{
    public const string PamphletFile = "pamphlet.md";
    public const string ChronologyFile = "chronology.yaml";

    private readonly List<ImportReportItem> _items = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportReportItem> Items => _items;
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Records an uncertain change or a suspicious word.</summary>
    public void Note(DiagnosticCode code, string message, string? anchor = null, string file = PamphletFile) =>
        _items.Add(new ImportReportItem(code, message, anchor, file));

    /// <summary>Counts one change of a kind ("hyphenations rejoined", "confusions fixed"…).</summary>
    public void Count(string what, int by = 1) =>
        _counts[what] = _counts.TryGetValue(what, out var n) ? n + by : by;

    public int CountOf(string what) => _counts.TryGetValue(what, out var n) ? n : 0;

    /// <summary>
    /// Turns the items into diagnostics with positions in the written files. Each anchor is
    /// searched from the position of the previous item with the same anchor, so repeated words
    /// get successive positions; an anchor not found points at line 1, column 1. An anchor that
    /// is a whole word is looked up in an index of the file's words (a word anchor never lands
    /// inside a longer word); other anchors are searched as text. Linear in the files' size plus
    /// the items, so a report of many thousand items on a very long text stays fast.
    /// </summary>
    public IReadOnlyList<Diagnostic> Resolve(IReadOnlyDictionary<string, string> writtenFiles)
    {
        var result = new List<Diagnostic>(_items.Count);
        var indexes = new Dictionary<string, AnchorIndex>(StringComparer.Ordinal);
        foreach (var item in _items)
        {
            var (line, column) = (1, 1);
            if (item.Anchor is { Length: > 0 } anchor && writtenFiles.TryGetValue(item.File, out var text))
            {
                if (!indexes.TryGetValue(item.File, out var index)) indexes[item.File] = index = new AnchorIndex(text);
                var at = index.Next(anchor);
                if (at >= 0) (line, column) = index.Position(at);
            }
            result.Add(new Diagnostic(item.Code, Severity.Note, item.File, line, column, item.Message));
        }
        return result;
    }

    /// <summary>Adds another report's counts to this one's (the chunks of a big import count into one summary).</summary>
    public void AddCounts(ImportReport other)
    {
        foreach (var (what, n) in other._counts) Count(what, n);
    }

    /// <summary>
    /// Writes the items to <paramref name="writer"/>, one a line, and forgets them: a big import
    /// keeps its report on disk until the positions can be resolved. Returns how many were written.
    /// </summary>
    public int Spill(TextWriter writer)
    {
        foreach (var item in _items)
            writer.Write($"{Escape(item.Code.Id)}\t{Escape(item.Code.Summary)}\t{Escape(item.File)}\t{(item.Anchor is null ? "\u0001" : Escape(item.Anchor))}\t{Escape(item.Message)}\n");
        var n = _items.Count;
        _items.Clear();
        return n;
    }

    /// <summary>Reads back <paramref name="count"/> items written by <see cref="Spill"/>.</summary>
    public static IEnumerable<ImportReportItem> ReadSpilled(TextReader reader, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var fields = (reader.ReadLine() ?? throw new InvalidDataException("the spilled import report ended early")).Split('\t');
            yield return new ImportReportItem(new DiagnosticCode(Unescape(fields[0]), Unescape(fields[1])), Unescape(fields[4]),
                fields[3] == "\u0001" ? null : Unescape(fields[3]), Unescape(fields[2]));
        }
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { sb.Append(s[i]); continue; }
            sb.Append(s[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var c => c });
        }
        return sb.ToString();
    }

    /// <summary>Resolves one item against an index of the text it points into (null: the file is not written), as <see cref="Resolve"/> does.</summary>
    public static Diagnostic Locate(ImportReportItem item, AnchorIndex? index, int lineOffset = 0)
    {
        var (line, column) = (1, 1);
        if (item.Anchor is { Length: > 0 } anchor && index is not null)
        {
            var at = index.Next(anchor);
            if (at >= 0) (line, column) = index.Position(at);
            if (at >= 0) line += lineOffset;
        }
        return new Diagnostic(item.Code, Severity.Note, item.File, line, column, item.Message);
    }

    /// <summary>The summary line: every count, in a stable order.</summary>
    public string Summary() =>
        string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
}

/// <summary>
/// Finds anchors in one written file: whole words through a word → offsets index built in one
/// pass, anything else by text search; each anchor resumes after its previous hit, and wraps to
/// the start once when nothing follows. Offsets become line and column by binary search over
/// the line starts.
/// </summary>
internal sealed class AnchorIndex
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, List<int>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cursor = new(StringComparer.Ordinal);

    public AnchorIndex(string text)
    {
        _text = text;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (!_words.TryGetValue(word, out var offsets)) _words[word] = offsets = [];
                offsets.Add(start);
                start = -1;
            }
            if (i < text.Length && text[i] == '\n') _lineStarts.Add(i + 1);
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>The offset of the anchor's next occurrence, or −1.</summary>
    public int Next(string anchor)
    {
        if (_words.TryGetValue(anchor, out var offsets))
        {
            var k = _cursor.GetValueOrDefault(anchor);
            _cursor[anchor] = k + 1;
            return offsets[k % offsets.Count];
        }
        var from = _cursor.GetValueOrDefault(anchor);
        var at = _text.IndexOf(anchor, from, StringComparison.Ordinal);
        if (at < 0 && from > 0) at = _text.IndexOf(anchor, StringComparison.Ordinal);
        if (at >= 0) _cursor[anchor] = at + anchor.Length;
        return at;
    }

    public (int Line, int Column) Position(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
