using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Converts Emacs Muse (the Anarchist Library's source format) to Markdown: the <c>#key value</c>
/// header into front matter fields, <c>* Part</c>/<c>** Chapter</c>/<c>*** Section</c> lines into
/// headings, <c>[1]</c> references and definitions into footnotes, <c>[[url][text]]</c> into links,
/// <c>&lt;quote&gt;</c> into block quotes, <c>&lt;verse&gt;</c> into hard-broken lines, <c>=code=</c>
/// into code spans. <c>*emph*</c> and <c>**strong**</c> already mean the same in Markdown.
/// </summary>
internal static partial class MuseConverter
{
    /// <summary>The header fields (lower-case keys) and the Markdown body with footnote definitions removed.</summary>
    public static (Dictionary<string, string> Header, string Body, List<ImportedNote> Notes) Convert(string text)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n').ToList();
        var i = 0;
        while (i < lines.Count && (lines[i].Trim().Length == 0 || HeaderLine().IsMatch(lines[i])))
        {
            var m = HeaderLine().Match(lines[i]);
            if (m.Success) header[m.Groups[1].Value] = m.Groups[2].Value.Trim();
            i++;
        }

        var body = new StringBuilder();
        var notes = new List<ImportedNote>();
        StringBuilder? note = null;
        string? noteLabel = null;
        var inQuote = false;
        var inVerse = false;
        void CloseNote()
        {
            if (note is not null && noteLabel is not null) notes.Add(new ImportedNote(noteLabel, Inline(note.ToString().Trim())));
            note = null; noteLabel = null;
        }
        for (; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            var def = NoteDefinition().Match(line);
            if (def.Success) { CloseNote(); noteLabel = def.Groups[1].Value; note = new StringBuilder(def.Groups[2].Value); continue; }
            if (note is not null)
            {
                if (line.Trim().Length == 0 && i + 1 < lines.Count && !lines[i + 1].StartsWith(' ') && !NoteDefinition().IsMatch(lines[i + 1])) CloseNote();
                else { note.Append(line.Trim().Length == 0 ? "\n\n" : " " + line.Trim()); continue; }
            }
            var trimmed = line.Trim();
            if (trimmed.Equals("<quote>", StringComparison.OrdinalIgnoreCase)) { inQuote = true; body.Append('\n'); continue; }
            if (trimmed.Equals("</quote>", StringComparison.OrdinalIgnoreCase)) { inQuote = false; body.Append('\n'); continue; }
            if (trimmed.Equals("<verse>", StringComparison.OrdinalIgnoreCase)) { inVerse = true; body.Append('\n'); continue; }
            if (trimmed.Equals("</verse>", StringComparison.OrdinalIgnoreCase)) { inVerse = false; body.Append('\n'); continue; }
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                body.Append('\n').Append(new string('#', heading.Groups[1].Length)).Append(' ').Append(Inline(heading.Groups[2].Value.Trim())).Append("\n\n");
                continue;
            }
            var converted = Inline(trimmed);
            if (inVerse && converted.Length > 0) converted += "  ";
            if (inQuote) converted = converted.Length > 0 ? "> " + converted : ">";
            body.Append(converted).Append('\n');
        }
        CloseNote();
        return (header, body.ToString(), notes);
    }

    /// <summary>Inline Muse → Markdown: footnote references, links, code, HTML tags.</summary>
    public static string Inline(string text)
    {
        text = LinkWithText().Replace(text, "[$2]($1)");
        text = BareLink().Replace(text, "<$1>");
        text = NoteReference().Replace(text, "[^$1]");
        text = Code().Replace(text, "`$1`");
        return HtmlInlineConverter.Convert(text);
    }

    [GeneratedRegex(@"^#([A-Za-z]+)\s+(.*)$")]
    private static partial Regex HeaderLine();
    [GeneratedRegex(@"^(\*{1,5})\s+(.+)$")]
    private static partial Regex Heading();
    [GeneratedRegex(@"^\[(\d{1,3})\]\s+(.*)$")]
    private static partial Regex NoteDefinition();
    [GeneratedRegex(@"(?<=\S|^)\s?\[(\d{1,3})\](?!\()")]
    private static partial Regex NoteReference();
    [GeneratedRegex(@"\[\[([^\]]+)\]\[([^\]]+)\]\]")]
    private static partial Regex LinkWithText();
    [GeneratedRegex(@"\[\[([^\]]+)\]\]")]
    private static partial Regex BareLink();
    [GeneratedRegex(@"(?<![\w=])=([^=\s][^=]*?)=(?![\w=])")]
    private static partial Regex Code();
}
