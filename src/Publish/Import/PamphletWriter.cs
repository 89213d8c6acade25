using System.Text;
using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Turns an <see cref="ImportedPamphlet"/> into the text of <c>pamphlet.md</c>: front matter,
/// blocks, then note definitions. Notes are renumbered 1…n in the order their first reference is
/// read (body first, then references inside notes), so every <c>[^n]</c> has exactly one
/// <c>[^n]:</c> and the other way round. A definition nobody refers to gets a reference at the
/// end of the last block; a reference without a definition is removed. Both are reported.
/// </summary>
internal static partial class PamphletWriter
{
    public static string Write(ImportedPamphlet pamphlet, ImportReport report)
    {
        var blocks = pamphlet.Blocks.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToList();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var note in pamphlet.Notes)
        {
            if (notes.ContainsKey(note.Label))
            {
                report.Note(Codes.ImportNoteUnmatched, $"note '{note.Label}' is defined twice; the second text was appended to the first", null);
                notes[note.Label] += "\n\n" + note.Text.Trim();
            }
            else notes[note.Label] = note.Text.Trim();
        }

        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string text)
        {
            foreach (Match m in Reference().Matches(text))
            {
                var label = m.Groups[1].Value;
                if (!notes.ContainsKey(label) || !seen.Add(label)) continue;
                order.Add(label);
            }
        }
        foreach (var b in blocks) Visit(b);
        for (var i = 0; i < order.Count; i++) Visit(notes[order[i]]);

        foreach (var orphan in notes.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            if (blocks.Count == 0) blocks.Add("");
            blocks[^1] += $"[^{orphan}]";
            seen.Add(orphan);
            order.Add(orphan);
            report.Note(Codes.ImportNoteUnmatched, $"note text '{orphan}' had no reference in the text; a reference was added at the end of the text", $"[^{orphan}]");
        }

        var renumber = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++) renumber[order[i]] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        string Relabel(string text) => AdjacentReferences().Replace(Reference().Replace(text, m =>
        {
            if (renumber.TryGetValue(m.Groups[1].Value, out var n)) return $"[^{n}]";
            report.Note(Codes.ImportNoteUnmatched, $"note reference '{m.Groups[1].Value}' has no note text; the reference was removed", null);
            return "";
        }), "] ");

        var sb = new StringBuilder(FrontMatterWriter.Write(pamphlet.Meta));
        foreach (var b in blocks) sb.Append('\n').Append(Relabel(b)).Append('\n');
        if (order.Count > 0) sb.Append('\n');
        foreach (var label in order)
        {
            var paragraphs = Relabel(notes[label]).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            sb.Append("[^").Append(renumber[label]).Append("]: ").Append(paragraphs.Length > 0 ? paragraphs[0].Trim() : "").Append('\n');
            foreach (var p in paragraphs.Skip(1))
                sb.Append('\n').Append(string.Join('\n', p.Trim().Split('\n').Select(l => "    " + l))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Two references side by side: "[^1][^2]" reads in CommonMark (and Markdig) as a reference
    /// link to note 2 with the text "^1", losing note 1; a space keeps them apart.
    /// </summary>
    [GeneratedRegex(@"\](?=\[\^[^\]\s]+\](?!:))")]
    internal static partial Regex AdjacentReferences();

    /// <summary>A footnote reference <c>[^label]</c> that is not the start of a definition.</summary>
    [GeneratedRegex(@"\[\^([^\]\s]+)\](?!:)")]
    internal static partial Regex Reference();
}
