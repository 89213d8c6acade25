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
    /// get successive positions; an anchor not found points at line 1, column 1.
    /// </summary>
    public IReadOnlyList<Diagnostic> Resolve(IReadOnlyDictionary<string, string> writtenFiles)
    {
        var result = new List<Diagnostic>();
        var nextSearch = new Dictionary<(string, string), int>();
        foreach (var item in _items)
        {
            var (line, column) = (1, 1);
            if (item.Anchor is { Length: > 0 } anchor && writtenFiles.TryGetValue(item.File, out var text))
            {
                var key = (item.File, anchor);
                var from = nextSearch.TryGetValue(key, out var f) ? f : 0;
                var at = text.IndexOf(anchor, from, StringComparison.Ordinal);
                if (at < 0 && from > 0) at = text.IndexOf(anchor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    nextSearch[key] = at + anchor.Length;
                    (line, column) = Position(text, at);
                }
            }
            result.Add(new Diagnostic(item.Code, Severity.Note, item.File, line, column, item.Message));
        }
        return result;
    }

    /// <summary>The summary line: every count, in a stable order.</summary>
    public string Summary() =>
        string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart + 1);
    }
}
