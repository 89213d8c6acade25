using System.Text;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// <see cref="PamphletWriter"/> for a text cleaned in chunks, in bounded memory. Each chunk's
/// blocks go to a work file as they come, its report items to another, and only what the end
/// needs stays in memory: the note texts (small beside the text), and per chunk the note labels
/// its blocks refer to, its place in the work file and its number of report items. At the end
/// <see cref="Finish"/> writes <c>pamphlet.md</c> chunk by chunk: labels become numbers 1…n in
/// order of first reference, exactly as <see cref="PamphletWriter"/> numbers them, and each
/// chunk's report items are located in that chunk's Markdown.
/// A reference finds its note text in its own chunk first (a cleaner links within the text it
/// sees), else in the nearest chunk after it (endnotes follow their text), else in the nearest
/// chunk before it.
/// </summary>
internal sealed class PamphletStreamWriter : IDisposable
{
    private const string BodyFile = "body.md";
    private const string ItemsFile = "report-items.tsv";
    private const string LateFile = "report-late.tsv";

    private readonly string _work;
    private readonly StreamWriter _body;
    private readonly StreamWriter _items;
    private readonly List<ChunkRecord> _chunks = [];
    private readonly Dictionary<NoteKey, string> _notes = [];
    private readonly List<NoteKey> _definitionOrder = [];
    private readonly Dictionary<string, List<int>> _definedIn = new(StringComparer.Ordinal);
    private long _bodyLines;

    private sealed record ChunkRecord(int Index, long FirstLine, long EndLine, int Items, List<string> References);

    private readonly record struct NoteKey(int Chunk, string Label);

    /// <param name="work">A folder for the work files (created; the caller deletes it).</param>
    public PamphletStreamWriter(string work)
    {
        _work = work;
        Directory.CreateDirectory(work);
        _body = new StreamWriter(Path.Combine(work, BodyFile), false, new UTF8Encoding(false));
        _items = new StreamWriter(Path.Combine(work, ItemsFile), false, new UTF8Encoding(false));
    }

    /// <summary>Chunks added so far.</summary>
    public int Chunks => _chunks.Count;

    /// <summary>Whether any chunk left a block with text in it.</summary>
    public bool HasText => _bodyLines > 0;

    /// <summary>Takes one chunk's blocks and notes, and moves its report items to disk.</summary>
    public void Add(int chunk, ImportedPamphlet part, ImportReport report)
    {
        foreach (var note in part.Notes)
        {
            var key = new NoteKey(chunk, note.Label);
            if (_notes.TryGetValue(key, out var text))
            {
                report.Note(Codes.ImportNoteUnmatched, $"note '{note.Label}' is defined twice; the second text was appended to the first", null);
                _notes[key] = text + "\n\n" + note.Text.Trim();
                continue;
            }
            _notes[key] = note.Text.Trim();
            _definitionOrder.Add(key);
            if (!_definedIn.TryGetValue(note.Label, out var chunks)) _definedIn[note.Label] = chunks = [];
            chunks.Add(chunk);
        }

        var references = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = _bodyLines;
        foreach (var block in part.Blocks)
        {
            if (string.IsNullOrWhiteSpace(block)) continue;
            var b = block.Trim();
            foreach (System.Text.RegularExpressions.Match m in PamphletWriter.Reference().Matches(b))
                if (seen.Add(m.Groups[1].Value)) references.Add(m.Groups[1].Value);
            _body.Write('\n');
            _body.Write(b);
            _body.Write('\n');
            _bodyLines += 2 + b.Count(c => c == '\n');
        }
        _chunks.Add(new ChunkRecord(chunk, first, _bodyLines, report.Spill(_items), references));
    }

    /// <summary>
    /// Writes <c>pamphlet.md</c> (front matter, the chunks, the note definitions) and the located
    /// report items to <paramref name="report"/>; returns how many items were written.
    /// </summary>
    /// <param name="frontItems">Items found after the chunks were written (title guessed…), located in the first chunk with the front matter.</param>
    /// <param name="chronology">The text of <c>chronology.yaml</c>, or null when there is none.</param>
    public int Finish(FrontMatter meta, string pamphletPath, TextWriter report, IReadOnlyList<ImportReportItem> frontItems, string? chronology)
    {
        _body.Dispose();
        _items.Dispose();

        // Numbering: body references in reading order, then references inside notes.
        var order = new List<NoteKey>();
        var seen = new HashSet<NoteKey>();
        void Visit(int chunk, IEnumerable<string> labels)
        {
            foreach (var label in labels)
                if (Find(chunk, label) is { } key && seen.Add(key)) order.Add(key);
        }
        foreach (var c in _chunks) Visit(c.Index, c.References);
        for (var i = 0; i < order.Count; i++)
            Visit(order[i].Chunk, PamphletWriter.Reference().Matches(_notes[order[i]]).Select(m => m.Groups[1].Value));
        var orphans = _definitionOrder.Where(k => !seen.Contains(k)).ToList();
        order.AddRange(orphans);
        var numbers = new Dictionary<NoteKey, string>();
        for (var i = 0; i < order.Count; i++) numbers[order[i]] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var late = new StreamWriter(Path.Combine(_work, LateFile), false, new UTF8Encoding(false));
        var lateReport = new ImportReport();
        var lateCount = 0;
        string Relabel(string text, int chunk, bool report = true) => PamphletWriter.AdjacentReferences().Replace(PamphletWriter.Reference().Replace(text, m =>
        {
            if (Find(chunk, m.Groups[1].Value) is { } key && numbers.TryGetValue(key, out var n)) return $"[^{n}]";
            if (!report) return "";
            lateReport.Note(Codes.ImportNoteUnmatched, $"note reference '{m.Groups[1].Value}' has no note text; the reference was removed", null);
            lateCount += lateReport.Spill(late);
            return "";
        }), "] ");

        string Definition(NoteKey key, bool report = true)
        {
            var paragraphs = Relabel(_notes[key], key.Chunk, report).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            var sb = new StringBuilder($"[^{numbers[key]}]: {(paragraphs.Length > 0 ? paragraphs[0].Trim() : "")}\n");
            foreach (var p in paragraphs.Skip(1))
                sb.Append('\n').Append(string.Join('\n', p.Trim().Split('\n').Select(l => "    " + l))).Append('\n');
            return sb.ToString();
        }

        var written = 0;
        var front = FrontMatterWriter.Write(meta);
        var frontLines = front.Count(c => c == '\n');
        // Where each note definition will stand, so that a chunk's report items about its notes
        // (repairs inside note texts) are located there when its body does not have them.
        var definitionLine = new Dictionary<NoteKey, long>();
        var nextLine = frontLines + _bodyLines + 2L;
        foreach (var key in order)
        {
            definitionLine[key] = nextLine;
            nextLine += Definition(key, report: false).Count(c => c == '\n');
        }
        var notesOf = order.ToLookup(k => k.Chunk);
        var chronologyIndex = chronology is null ? null : new AnchorIndex(chronology);
        using (var output = new StreamWriter(pamphletPath, false, new UTF8Encoding(false)))
        using (var body = new StreamReader(Path.Combine(_work, BodyFile), new UTF8Encoding(false)))
        using (var items = new StreamReader(Path.Combine(_work, ItemsFile), new UTF8Encoding(false)))
        {
            output.Write(front);
            var lastWithText = _chunks.FindLastIndex(c => c.EndLine > c.FirstLine);
            for (var k = 0; k < _chunks.Count; k++)
            {
                var c = _chunks[k];
                var lines = new List<string>();
                for (var n = c.FirstLine; n < c.EndLine; n++) lines.Add(Relabel(body.ReadLine() ?? "", c.Index));
                var extra = new List<ImportReportItem>();
                if (k == lastWithText)
                {
                    var at = lines.FindLastIndex(l => l.Length > 0);
                    foreach (var orphan in orphans)
                    {
                        lines[at] = PamphletWriter.AdjacentReferences().Replace(lines[at] + $"[^{numbers[orphan]}]", "] ");
                        extra.Add(new ImportReportItem(Codes.ImportNoteUnmatched,
                            $"note text '{orphan.Label}' had no reference in the text; a reference was added at the end of the text", $"[^{numbers[orphan]}]"));
                    }
                }
                if (k == 0) extra.AddRange(frontItems);
                var segment = new StringBuilder(k == 0 ? front : "");
                foreach (var l in lines) segment.Append(l).Append('\n');
                var text = segment.ToString();
                output.Write(k == 0 ? text[front.Length..] : text);
                var index = new AnchorIndex(text);
                var offset = k == 0 ? 0 : (int)Math.Min(int.MaxValue, frontLines + c.FirstLine);
                NoteAnchors? notes = null;
                foreach (var item in ImportReport.ReadSpilled(items, c.Items).Concat(extra))
                {
                    var located = item.File == ImportReport.ChronologyFile
                        ? ImportReport.Locate(item, chronologyIndex)
                        : ImportReport.Locate(item, index, offset);
                    if (located.Line == 1 && located.Column == 1 && item.Anchor is { Length: > 0 } && item.File == ImportReport.PamphletFile && notesOf[c.Index].Any())
                    {
                        notes ??= new NoteAnchors(notesOf[c.Index].Select(key => (Definition(key, report: false), definitionLine[key])));
                        if (notes.Find(item.Anchor) is var (line, column)) located = located with { Line = line, Column = column };
                    }
                    report.Write(located.ToString());
                    report.Write('\n');
                    written++;
                }
            }

            if (order.Count > 0) output.Write('\n');
            foreach (var key in order) output.Write(Definition(key));
        }
        late.Dispose();
        using (var lateItems = new StreamReader(Path.Combine(_work, LateFile), new UTF8Encoding(false)))
            foreach (var item in ImportReport.ReadSpilled(lateItems, lateCount))
            {
                report.Write(ImportReport.Locate(item, null).ToString());
                report.Write('\n');
                written++;
            }
        return written;
    }

    /// <summary>One chunk's note definitions as they will be written, to locate anchors the chunk's body does not have.</summary>
    private sealed class NoteAnchors
    {
        private readonly AnchorIndex _index;
        private readonly List<long> _lineOf = []; // final line of each line of the joined definitions

        public NoteAnchors(IEnumerable<(string Text, long FirstLine)> definitions)
        {
            var sb = new StringBuilder();
            foreach (var (text, first) in definitions)
            {
                sb.Append(text);
                var lines = text.Count(c => c == '\n');
                for (var i = 0; i < lines; i++) _lineOf.Add(first + i);
            }
            _index = new AnchorIndex(sb.ToString());
        }

        public (int Line, int Column)? Find(string anchor)
        {
            var at = _index.Next(anchor);
            if (at < 0) return null;
            var (line, column) = _index.Position(at);
            return ((int)Math.Min(int.MaxValue, _lineOf[Math.Min(line - 1, _lineOf.Count - 1)]), column);
        }
    }

    /// <summary>The note a reference in <paramref name="chunk"/> means: its own chunk's, else the nearest after, else the nearest before.</summary>
    private NoteKey? Find(int chunk, string label)
    {
        if (!_definedIn.TryGetValue(label, out var chunks)) return null;
        var at = chunks.BinarySearch(chunk);
        if (at >= 0) return new NoteKey(chunk, label);
        at = ~at;
        return at < chunks.Count ? new NoteKey(chunks[at], label) : new NoteKey(chunks[^1], label);
    }

    public void Dispose()
    {
        _body.Dispose();
        _items.Dispose();
    }
}
