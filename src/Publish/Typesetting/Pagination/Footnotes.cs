using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// What the foot of a page shows for one reference: the note's lines, followed by the lines of
/// any notes first cited inside it (so a note's own notes travel with it). <see cref="NoteStarts"/>
/// holds the index of each note's first line.
/// </summary>
internal sealed record FootnoteBlock(string NoteId, IReadOnlyList<FlowLine> Lines, IReadOnlySet<int> NoteStarts);

/// <summary>
/// The notes of a pamphlet set as footnotes, keyed by the ids of their references. Built from the
/// composed text: a note is a footnote when a line of the text carries one of its references;
/// its number then links back to the first such reference. Notes cited only inside other notes
/// join the citing note's block; notes no line refers to are left for an endnotes section.
/// </summary>
internal sealed class Footnotes
{
    private readonly Dictionary<string, FootnoteBlock> _byReference;

    private Footnotes(Dictionary<string, FootnoteBlock> byReference, double leading, IReadOnlyList<Note> unplaced)
    {
        _byReference = byReference;
        Leading = leading;
        Unplaced = unplaced;
    }

    /// <summary>Leading of the note lines.</summary>
    public double Leading { get; }
    /// <summary>Notes that no line of the text refers to; they go to the endnotes section.</summary>
    public IReadOnlyList<Note> Unplaced { get; }
    public int Count => _byReference.Values.Distinct().Count();

    /// <summary>The blocks referred to by these flow items, in reading order, each once.</summary>
    public IEnumerable<FootnoteBlock> ReferencedBy(IEnumerable<FlowItem> items) =>
        items.OfType<FlowLine>().SelectMany(References).Distinct();

    private IEnumerable<FootnoteBlock> References(FlowLine line)
    {
        foreach (var anchor in line.Items.OfType<Anchor>())
            if (_byReference.TryGetValue(anchor.Name, out var block)) yield return block;
    }

    /// <summary>Composes the notes of <paramref name="doc"/> as footnotes to the text in <paramref name="flow"/>.</summary>
    public static Footnotes Build(TypesetContext context, Document doc, IReadOnlyList<FlowItem> flow)
    {
        var noteByRef = doc.Notes.SelectMany(n => n.RefIds.Select(r => (Ref: r, Note: n))).ToDictionary(x => x.Ref, x => x.Note);
        // The first reference of each note in the text, in reading order.
        var firstRef = new Dictionary<string, string>();
        foreach (var line in flow.OfType<FlowLine>())
            foreach (var anchor in line.Items.OfType<Anchor>())
                if (noteByRef.TryGetValue(anchor.Name, out var note)) firstRef.TryAdd(note.Id, anchor.Name);

        var setter = new NoteSetter(context);
        setter.Prepare(doc.Notes);
        var lines = doc.Notes.ToDictionary(n => n.Id, n => setter.Lines(n, firstRef.GetValueOrDefault(n.Id)));
        var used = new HashSet<string>(firstRef.Keys);
        var byReference = new Dictionary<string, FootnoteBlock>();
        foreach (var note in doc.Notes.Where(n => firstRef.ContainsKey(n.Id)))
        {
            var starts = new HashSet<int>();
            var block = new FootnoteBlock(note.Id, WithCitedNotes(note.Id, lines, noteByRef, used, starts), starts);
            foreach (var refId in note.RefIds) byReference[refId] = block;
        }
        var unplaced = doc.Notes.Where(n => !used.Contains(n.Id)).ToList();
        return new Footnotes(byReference, context.Theme.NoteLeading, unplaced);
    }

    /// <summary>A note's lines followed, depth first, by those of the notes first cited in it and not placed elsewhere.</summary>
    private static List<FlowLine> WithCitedNotes(string noteId, Dictionary<string, List<FlowLine>> lines,
        Dictionary<string, Note> noteByRef, HashSet<string> used, HashSet<int> starts, int offset = 0)
    {
        var result = new List<FlowLine>(lines[noteId]);
        starts.Add(offset);
        foreach (var anchor in lines[noteId].SelectMany(l => l.Items).OfType<Anchor>())
        {
            if (!noteByRef.TryGetValue(anchor.Name, out var cited) || !used.Add(cited.Id)) continue;
            result.AddRange(WithCitedNotes(cited.Id, lines, noteByRef, used, starts, offset + result.Count));
        }
        return result;
    }

    /// <summary>
    /// Reports each footnote that starts on a later page than its first reference (held over
    /// behind a long note that runs on): such notes read better as endnotes.
    /// </summary>
    public void Report(Document doc, IReadOnlyList<Page> pages, List<LayoutProblem> problems)
    {
        var anchorPages = new Dictionary<string, int>();
        foreach (var page in pages)
            foreach (var anchor in page.Items.OfType<Anchor>()) anchorPages.TryAdd(anchor.Name, page.Index);
        foreach (var note in doc.Notes)
        {
            if (!_byReference.TryGetValue(note.RefIds.FirstOrDefault() ?? "", out var block) || block.NoteId != note.Id) continue;
            var refPage = note.RefIds.Where(anchorPages.ContainsKey).Select(r => anchorPages[r]).DefaultIfEmpty(0).Min();
            if (!anchorPages.TryGetValue(note.Id, out var notePage) || notePage <= refPage) continue;
            problems.Add(new LayoutProblem(note.Span.Line,
                $"footnote {note.Number} starts on page {notePage}, {notePage - refPage} after its reference on page {refPage}, " +
                "held over behind a long note; notes this long read better as endnotes ('notes: endnotes')") { Code = Diagnostics.Codes.FootnoteHeldOver });
        }
    }
}
