using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Cleans an OCR'd scan, in stages: remove scan noise → cut out the chronology → cut out note
/// texts (page-bottom blocks, then notes sections) → unwrap each region of running text into
/// headings and paragraphs → drop adverts → attach asterisk notes → link numbered note marks to
/// note texts (a region's marks to the notes section after it; marks inside notes to page-bottom
/// notes) → repair words (punctuation, glued/split words, OCR confusions) → title and author
/// from a heading with a "by" line.
/// </summary>
internal sealed class OcrCleaner : ICleaner
{
    /// <summary>Fewest indented lines for the scan to be taken as marking page starts.</summary>
    private const int MinPageStarts = 3;

    /// <summary>Headings that name a part of the book, never its title.</summary>
    private static readonly HashSet<string> GenericHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "introduction", "preface", "foreword", "contents", "notes", "footnotes", "afterword", "appendix", "chronology", "the end",
    };

    public ImportedPamphlet Clean(string text, ImportContext context)
    {
        context.Vocabulary = context.WholeDocumentVocabulary ?? new DocumentVocabulary(text, RealWordConfusionFixer.Printed);
        var pamphlet = new ImportedPamphlet();
        var lines = ScanNoiseRemover.Remove(OcrLine.Split(text), context);
        var pageStartsMarked = lines.Count(l => l.PageStart) >= MinPageStarts;

        var chronology = ChronologyExtractor.Extract(lines, context);
        var pageNotes = NoteExtractor.ExtractPageNotes(lines, context);
        var sections = NoteExtractor.ExtractSections(lines, context);
        Label(pageNotes, "p");
        for (var s = 0; s < sections.Count; s++) Label(sections[s].Notes, $"s{s + 1}-");
        foreach (var note in pageNotes.Concat(sections.SelectMany(s => s.Notes))) note.Text = UnwrapNote(note, context);

        var bounds = sections.Select(s => s.Position).Append(lines.Count).ToList();
        var regions = new List<List<OcrBlock>>();
        var from = 0;
        foreach (var to in bounds)
        {
            var blocks = LineUnwrapper.Unwrap(lines.GetRange(from, Math.Max(0, to - from)), context);
            regions.Add(AdvertRemover.Remove(blocks, context));
            from = to;
        }

        var pageNoteTexts = new List<IHasText>(sections.SelectMany(s => s.Notes));
        for (var r = 0; r < regions.Count; r++)
        {
            foreach (var n in AsteriskNoteExtractor.Extract(regions[r], $"a{r + 1}-", pageStartsMarked, context))
                pamphlet.Notes.Add(n);
            var texts = regions[r].Where(b => b.Kind is OcrBlockKind.Paragraph or OcrBlockKind.ListItem).Cast<IHasText>().ToList();
            if (r < sections.Count) NoteLinker.Link(texts, sections[r].Notes, context);
            else pageNoteTexts.AddRange(texts);
        }
        NoteLinker.Link(pageNoteTexts, pageNotes, context);

        var all = regions.SelectMany(r => r).ToList();
        if (context.Part.IsFirst)
        {
            ReadTitle(all, pamphlet.Meta, context);
            CreditLineReader.Read(text, pamphlet.Meta, context.Report);
        }
        foreach (var note in pageNotes.Concat(sections.SelectMany(s => s.Notes)))
            pamphlet.Notes.Add(new ImportedNote(note.Label, RepairParagraphs(note.Text, context)));
        for (var i = 0; i < pamphlet.Notes.Count; i++)
            if (pamphlet.Notes[i].Label.StartsWith('a')) pamphlet.Notes[i] = pamphlet.Notes[i] with { Text = RepairParagraphs(pamphlet.Notes[i].Text, context) };
        context.Report.Count("notes attached", pamphlet.Notes.Count);

        foreach (var b in DropEmptyHeadings(all, context)) pamphlet.Blocks.Add(Render(b, context));
        if (chronology is not null)
        {
            pamphlet.Chronology = chronology with
            {
                Note = chronology.Note is null ? null : OcrTextRepairer.Repair(chronology.Note, context, escape: false),
                Entries = chronology.Entries.Select(e => e with { Event = OcrTextRepairer.Repair(e.Event, context) }).ToList(),
            };
        }
        return pamphlet;
    }

    private static void Label(List<OcrNote> notes, string prefix)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in notes)
        {
            var label = $"{prefix}{n.Number}";
            for (var k = 2; !used.Add(label); k++) label = $"{prefix}{n.Number}-{k}";
            n.Label = label;
        }
    }

    private static string UnwrapNote(OcrNote note, ImportContext context) =>
        string.Join("\n\n", LineUnwrapper.Unwrap(note.Lines, context, detectHeadings: false).Select(b => b.Text));

    private static string RepairParagraphs(string text, ImportContext context) =>
        string.Join("\n\n", text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => OcrTextRepairer.Repair(p, context)));

    /// <summary>The first heading with a "by NAME" line under it names the pamphlet and its author.</summary>
    private static void ReadTitle(List<OcrBlock> blocks, FrontMatter meta, ImportContext context)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind != OcrBlockKind.Heading || blocks[i + 1].Kind != OcrBlockKind.Byline) continue;
            meta.Title = HeadingDetector.TitleCase(blocks[i].Text, context.Words);
            meta.Authors.Add(HeadingDetector.TitleCase(blocks[i + 1].Text[2..].Trim(), context.Words));
            context.Report.Note(Codes.MetadataGuessed, $"title and author read from the heading '{blocks[i].Text}' and its line '{blocks[i + 1].Text}'", "title:");
            return;
        }
        var first = blocks.FirstOrDefault(b => b.Kind == OcrBlockKind.Heading && !GenericHeadings.Contains(b.Text.Trim()));
        if (first is null) return;
        meta.Title = HeadingDetector.TitleCase(first.Text, context.Words);
        context.Report.Note(Codes.MetadataGuessed, $"title guessed from the first heading '{first.Text}'", "title:");
    }

    /// <summary>Drops "THE END" and headings with nothing under them before the next heading of their level.</summary>
    private static IEnumerable<OcrBlock> DropEmptyHeadings(List<OcrBlock> blocks, ImportContext context)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == OcrBlockKind.Heading)
            {
                var next = blocks.Skip(i + 1).FirstOrDefault(x => x.Kind != OcrBlockKind.Byline);
                if (b.Text.Trim().Equals("THE END", StringComparison.OrdinalIgnoreCase) || next is null || next.Kind == OcrBlockKind.Heading && next.Level <= b.Level)
                {
                    context.Report.Note(Codes.HeadingUncertain, $"dropped heading '{b.Text}' (raw line {b.Line}): nothing under it", null);
                    continue;
                }
            }
            yield return b;
        }
    }

    private static string Render(OcrBlock b, ImportContext context) => b.Kind switch
    {
        OcrBlockKind.Heading => new string('#', b.Level) + " " + HeadingDetector.TitleCase(OcrTextRepairer.Repair(HeadingDetector.DigitsForLetters(b.Text), context, blockStart: false), context.Words),
        OcrBlockKind.ListItem => "- " + OcrTextRepairer.Repair(b.Text, context),
        OcrBlockKind.Byline => "*by " + OcrTextRepairer.Repair(HeadingDetector.TitleCase(b.Text[2..].Trim(), context.Words), context).Trim() + "*",
        _ => OcrTextRepairer.Repair(b.Text, context),
    };
}
