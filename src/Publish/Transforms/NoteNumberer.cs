using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Numbers notes in the order of their first reference — continuously, or restarting in each
/// section for chapter endnotes — and gives every reference and note an id, so both writers
/// link text to note and note back to each of its references. References inside notes are
/// numbered after the text's, in the order the notes are read. Undefined and unused notes
/// are reported.
/// </summary>
internal sealed class NoteNumberer
{
    private readonly Document _doc;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Note> _definitions = [];
    private readonly Dictionary<string, (int Number, string Id, string SectionId)> _assigned = [];
    private readonly Dictionary<string, List<string>> _refIds = [];
    private readonly List<string> _order = [];
    private readonly bool _perChapter;
    private int _sectionIndex;
    private int _counter;
    private string _sectionId = "";

    private NoteNumberer(Document doc, DiagnosticBag diagnostics)
    {
        _doc = doc;
        _diagnostics = diagnostics;
        _perChapter = doc.Metadata.Notes == NotesMode.ChapterEndnotes;
        foreach (var note in doc.Notes) _definitions.TryAdd(note.Label, note);
    }

    public static Document Apply(Document doc, DiagnosticBag diagnostics) => new NoteNumberer(doc, diagnostics).Run();

    private Document Run()
    {
        var sections = new List<Section>();
        foreach (var section in _doc.Sections)
        {
            _sectionIndex++;
            _sectionId = section.Id;
            if (_perChapter) _counter = 0;
            var heading = section.Heading is null ? null : (Heading)Number(section.Heading);
            sections.Add(section with { Heading = heading, Blocks = section.Blocks.Select(Number).ToList() });
        }

        // Notes may cite notes: number those as their citing notes are read, until none are new.
        var notes = new List<Note>();
        for (int i = 0; i < _order.Count; i++)
        {
            var label = _order[i];
            var (number, id, sectionId) = _assigned[label];
            _sectionId = sectionId;
            var blocks = _definitions[label].Blocks.Select(Number).ToList();
            notes.Add(_definitions[label] with { Number = number, Id = id, Blocks = blocks, SectionId = sectionId });
        }
        notes = notes.Select(n => n with { RefIds = _refIds[n.Label] }).ToList();

        foreach (var unused in _doc.Notes.Where(n => !_assigned.ContainsKey(n.Label)))
            _diagnostics.Warning(Codes.NoteUnreferenced, _doc.SourcePath, unused.Span.Line, unused.Span.Column,
                $"note [^{unused.Label}] is defined but never referenced (left out)");
        return _doc with { Sections = sections, Notes = notes };
    }

    private Block Number(Block block) =>
        InlineRewriter.Map(block, inlines => InlineRewriter.Deep(inlines, inline => inline is NoteRef r ? Resolve(r, block.Span) : inline));

    private Inline Resolve(NoteRef reference, SourceSpan blockSpan)
    {
        var span = reference.Span == SourceSpan.Start ? blockSpan : reference.Span;
        if (!_definitions.ContainsKey(reference.Label))
        {
            _diagnostics.Error(Codes.NoteUndefined, _doc.SourcePath, span.Line, span.Column,
                $"note reference [^{reference.Label}] has no definition");
            return new Text($"[{reference.Label}]");
        }
        if (!_assigned.TryGetValue(reference.Label, out var note))
        {
            _counter++;
            var prefix = _perChapter ? $"{_sectionIndex}-" : "";
            note = (_counter, $"note-{prefix}{_counter}", _sectionId);
            _assigned[reference.Label] = note;
            _refIds[reference.Label] = [];
            _order.Add(reference.Label);
        }
        var refs = _refIds[reference.Label];
        var refId = "ref-" + note.Id["note-".Length..] + (refs.Count == 0 ? "" : $"-{refs.Count + 1}");
        refs.Add(refId);
        return reference with { Number = note.Number, NoteId = note.Id, RefId = refId, Span = span };
    }
}
