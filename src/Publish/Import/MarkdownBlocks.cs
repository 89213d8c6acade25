using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Splits hard-wrapped Markdown (as pandoc and wiki exports write it) into blocks and unwraps
/// each: paragraph lines joined with spaces, list items with their continuation lines, headings
/// kept; block quotes keep their marks. Used by the cleaners whose input is already Markdown.
/// </summary>
internal static partial class MarkdownBlocks
{
    /// <summary>The blocks of a Markdown text, each unwrapped to one line (list items: one line per item).</summary>
    public static List<string> Split(string markdown)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0) blocks.Add(Unwrap(current));
            current.Clear();
        }
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0) { Flush(); continue; }
            if (Heading().IsMatch(line)) { Flush(); blocks.Add(line.Trim()); continue; }
            current.Add(raw);
        }
        Flush();
        return blocks;
    }

    /// <summary>Joins the lines of one block: list items stay one per line, other lines join with spaces; hard breaks survive.</summary>
    private static string Unwrap(List<string> lines)
    {
        var items = new List<string>();
        var pendingBreak = false;
        foreach (var raw in lines)
        {
            var trimmed = raw.Trim();
            var hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || trimmed.EndsWith('\\');
            trimmed = trimmed.TrimEnd('\\').TrimEnd();
            if (items.Count == 0 || ListItem().IsMatch(raw)) items.Add(trimmed);
            else items[^1] += (pendingBreak ? "\\\n" : " ") + trimmed;
            pendingBreak = hardBreak;
        }
        return MultiSpace().Replace(string.Join('\n', items), " ");
    }

    /// <summary>True for a list item line (<c>- x</c>, <c>* x</c>, <c>1. x</c>).</summary>
    public static bool IsListItem(string line) => ListItem().IsMatch(line);

    [GeneratedRegex(@"^#{1,6}\s")]
    private static partial Regex Heading();
    [GeneratedRegex(@"^\s{0,3}([-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex ListItem();
    [GeneratedRegex(@"(?<=\S) {2,}")]
    private static partial Regex MultiSpace();
}
