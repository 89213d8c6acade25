using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// What every EPUB part writer shares: the document, its labels, the file of each section,
/// the file holding each element id (to rewrite internal links), the notes by id, the images,
/// and the print page breaks waiting to be placed before an element.
/// </summary>
internal sealed class EpubContext
{
    public const string NotesFile = "notes.xhtml";
    public const string ChronologyFile = "chronology.xhtml";
    public const string NavFile = "nav.xhtml";
    public const string CssHref = "book.css";

    private readonly Dictionary<string, string> _fileOfId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PageBreak>> _breaksBefore = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pageIds = new(StringComparer.Ordinal);
    private readonly List<PlacedPageBreak> _placed = [];

    public Document Doc { get; }
    public string Lang { get; }
    public EpubLabels Labels { get; }
    /// <summary>The publication identifier (see <see cref="EpubIdentifier"/>).</summary>
    public string Identifier { get; }
    public EpubOptions Options { get; }
    public IReadOnlyList<string> SectionFiles { get; }
    public IReadOnlyDictionary<string, Note> NotesById { get; }
    public EpubImages Images { get; }
    /// <summary>The level of the document's section headings; it becomes h1.</summary>
    public int SectionLevel { get; }
    /// <summary>Page breaks written so far, in reading order.</summary>
    public IReadOnlyList<PlacedPageBreak> PlacedBreaks => _placed;

    public EpubContext(Document doc, EpubOptions options, EpubImages images)
    {
        Doc = doc;
        Lang = string.IsNullOrWhiteSpace(doc.Metadata.Lang) ? "en" : doc.Metadata.Lang;
        Labels = EpubLabels.For(Lang);
        Identifier = EpubIdentifier.For(doc);
        Options = options;
        SectionFiles = EpubIds.SectionFiles(doc.Sections);
        NotesById = doc.Notes.Where(n => n.Id.Length > 0).GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First());
        Images = images;
        SectionLevel = doc.Sections.Select(s => s.Heading?.Level).Where(l => l is not null).Min() ?? 1;
        IndexIds();
        foreach (var pageBreak in options.PageBreaks ?? [])
        {
            if (!_breaksBefore.TryGetValue(pageBreak.BeforeId, out var list)) _breaksBefore[pageBreak.BeforeId] = list = [];
            list.Add(pageBreak);
        }
    }

    /// <summary>The file that holds an element id, or null when no file does.</summary>
    public string? FileOf(string id) => _fileOfId.GetValueOrDefault(id);

    /// <summary>The plain text of the section or heading with this id, or null.</summary>
    public string? TitleOf(string id) =>
        Doc.Sections.Select(s => s.Heading).Concat(Doc.AllBlocks.OfType<Heading>())
            .FirstOrDefault(h => h is not null && h.Id == id) is { } heading
            ? Inline.PlainText(heading.Content)
            : null;

    /// <summary>The output heading rank (1–6) for a model heading level.</summary>
    public int Rank(int level) => Math.Clamp(level - SectionLevel + 1, 1, 6);

    /// <summary>Writes the page-break markers that belong just before the element with this id.</summary>
    public void WriteBreaksBefore(XhtmlBuilder html, string file, string? id)
    {
        if (id is null || !_breaksBefore.Remove(id, out var breaks)) return;
        foreach (var pageBreak in breaks)
        {
            // Unique among markers and never the id of an element of the text.
            var stem = EpubIds.PageBreak(pageBreak.PageLabel);
            var pageId = stem;
            for (int n = 2; _fileOfId.ContainsKey(pageId) || !_pageIds.Add(pageId); n++) pageId = $"{stem}-{n}";
            html.Start("span", ("epub:type", "pagebreak"), ("role", "doc-pagebreak"), ("id", pageId),
                ("aria-label", pageBreak.PageLabel)).End();
            _placed.Add(new PlacedPageBreak(pageBreak.PageLabel, EpubIds.Href(file, pageId)));
        }
    }

    private void IndexIds()
    {
        for (int i = 0; i < Doc.Sections.Count; i++)
        {
            var section = Doc.Sections[i];
            var file = SectionFiles[i];
            Add(section.Id, file);
            var blocks = section.Heading is null ? section.Blocks : section.Blocks.Prepend(section.Heading);
            IndexBlocks(blocks, file);
            foreach (var (_, id) in EpubIds.Paragraphs(section)) Add(id, file);
        }
        if (Doc.Notes.Count > 0) Add("notes", NotesFile);
        foreach (var note in Doc.Notes)
        {
            Add(note.Id, NotesFile);
            IndexBlocks(note.Blocks, NotesFile);
        }
        if (Doc.Chronology is { } chronology)
        {
            Add(ChronologyXhtmlWriter.SectionId, ChronologyFile);
            foreach (var inline in EpubModelWalk.Inlines(chronology.Entries.SelectMany(e => e.Event)))
                if (inline is NoteRef r) Add(r.RefId, ChronologyFile);
        }
    }

    private void IndexBlocks(IEnumerable<Block> blocks, string file)
    {
        foreach (var block in EpubModelWalk.Blocks(blocks))
            if (block is Heading h) Add(h.Id, file);
        foreach (var inline in EpubModelWalk.Inlines(blocks))
            if (inline is NoteRef r) Add(r.RefId, file);
    }

    private void Add(string id, string file)
    {
        if (id.Length > 0) _fileOfId.TryAdd(id, file);
    }
}

/// <summary>A page-break marker as written: the printed folio and the href of its marker.</summary>
internal sealed record PlacedPageBreak(string PageLabel, string Href);
