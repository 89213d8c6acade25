using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Finds notes marked with an asterisk in OCR text: a paragraph starting "* This …" printed at
/// the page bottom after a paragraph whose word carries the mark ("centres.*"). The note takes the
/// paragraph and, when the scan marks page starts, the paragraphs after it up to the next page.
/// </summary>
internal static partial class AsteriskNoteExtractor
{
    /// <summary>Blocks to look back from the note for the paragraph holding its mark.</summary>
    private const int MarkLookBack = 3;

    /// <summary>Most paragraphs one asterisk note may run to.</summary>
    private const int MaxNoteParagraphs = 4;

    public static List<ImportedNote> Extract(List<OcrBlock> blocks, string labelPrefix, bool pageStartsMarked, ImportContext context)
    {
        var notes = new List<ImportedNote>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != OcrBlockKind.Paragraph || !NoteStart().IsMatch(b.Text)) continue;
            OcrBlock? marked = null;
            for (var k = i - 1; k >= Math.Max(0, i - MarkLookBack) && marked is null; k--)
                if (blocks[k].Kind == OcrBlockKind.Paragraph && Mark().IsMatch(blocks[k].Text)) marked = blocks[k];
            if (marked is null) continue;

            var label = $"{labelPrefix}{notes.Count + 1}";
            var last = Mark().Matches(marked.Text)[^1];
            marked.Text = marked.Text[..last.Index] + $"[^{label}]" + marked.Text[(last.Index + last.Length)..];
            var parts = new List<string> { NoteStart().Replace(b.Text, "") };
            var end = i + 1;
            while (pageStartsMarked && end < blocks.Count && parts.Count < MaxNoteParagraphs
                   && blocks[end].Kind == OcrBlockKind.Paragraph && !blocks[end].StartsAfterBreak)
                parts.Add(blocks[end++].Text);
            blocks.RemoveRange(i, end - i);
            notes.Add(new ImportedNote(label, string.Join("\n\n", parts)));
            context.Report.Count("asterisk notes attached");
            if (parts.Count > 1)
                context.Report.Note(Codes.ImportNoteGuessed, $"asterisk note taken to run {parts.Count} paragraphs, to the next page", $"[^{label}]");
            i--;
        }
        return notes;
    }

    [GeneratedRegex(@"^\*\s*(?=[\p{Lu}'‘""“(])")]
    private static partial Regex NoteStart();
    [GeneratedRegex(@"(?<=[\p{L}.,;:'’"")\]])\*(?=\s|$)")]
    private static partial Regex Mark();
}
