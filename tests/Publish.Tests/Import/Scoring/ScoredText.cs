using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Tests.Import.Scoring;

/// <summary>One word of a scored text: its normalised spelling, whether a paragraph starts at it,
/// and the labels of the note references that follow it.</summary>
internal sealed record ScoredWord(string Text, bool StartsBlock, IReadOnlyList<string> References, string? InNote);

/// <summary>
/// A Markdown text reduced to what the scores look at: body words in reading order, then each
/// note definition's words. Markdown syntax is not words: heading marks, blockquote marks, list
/// bullets, emphasis, backslash escapes, link targets and HTML tags are dropped; typographic
/// quotes, dashes and ellipses are folded to ASCII ("--" too); autolinks keep their address; heading words are lower-cased (title case is
/// a house style, not a reading). Note references become labels on the word before them.
/// </summary>
internal sealed partial class ScoredText
{
    public List<ScoredWord> Body { get; } = [];
    public Dictionary<string, List<ScoredWord>> Notes { get; } = new(StringComparer.Ordinal);

    /// <summary>Body words followed by every note's words, in label order of appearance.</summary>
    public IReadOnlyList<ScoredWord> Stream() => [.. Body, .. Notes.Values.SelectMany(n => n)];

    public static ScoredText Parse(string markdown)
    {
        var text = new ScoredText();
        var lines = StripFrontMatter(markdown.Replace("\r\n", "\n")).Split('\n');
        string? note = null;
        var pending = new StringBuilder();
        var heading = false;

        void Flush()
        {
            if (pending.Length == 0) return;
            var target = note is null ? text.Body : text.Notes[note];
            AddBlock(target, pending.ToString(), heading, note);
            pending.Clear();
            heading = false;
        }

        foreach (var raw in lines)
        {
            var definition = Definition().Match(raw);
            if (definition.Success)
            {
                Flush();
                note = definition.Groups[1].Value;
                text.Notes.TryAdd(note, []);
                pending.Append(definition.Groups[2].Value);
                continue;
            }
            if (raw.Trim().Length == 0) { Flush(); continue; }
            if (note is not null && !raw.StartsWith("    ", StringComparison.Ordinal) && !raw.StartsWith('\t') && pending.Length == 0)
                note = null;
            var line = QuoteMarks().Replace(raw, "");
            if (line.Trim().Length == 0) { Flush(); continue; }
            if (note is null && HeadingMark().IsMatch(line))
            {
                Flush();
                heading = true;
                pending.Append(HeadingMark().Replace(line, ""));
                Flush();
                continue;
            }
            if (note is null && Bullet().IsMatch(line)) { Flush(); line = Bullet().Replace(line, ""); }
            pending.Append(' ').Append(line.Trim());
        }
        Flush();
        return text;
    }

    private static string StripFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal)) return markdown;
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }

    private static void AddBlock(List<ScoredWord> target, string block, bool heading, string? note)
    {
        var first = true;
        foreach (var (word, refs) in Words(block))
        {
            var w = heading ? word.ToLowerInvariant() : word;
            target.Add(new ScoredWord(w, first, refs, note));
            first = false;
        }
    }

    /// <summary>The words of one block with the note labels that follow each.</summary>
    public static IEnumerable<(string Word, List<string> Refs)> Words(string block)
    {
        var s = Normalise(block);
        var words = new List<(string, List<string>)>();
        foreach (var token in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var refs = new List<string>();
            var bare = Reference().Replace(token, m => { refs.Add(m.Groups[1].Value); return ""; });
            if (bare.Length == 0)
            {
                if (words.Count > 0) words[^1].Item2.AddRange(refs);
                continue;
            }
            words.Add((bare, refs));
        }
        return words;
    }

    /// <summary>Folds typography and drops inline Markdown syntax (keeps note references).</summary>
    public static string Normalise(string s)
    {
        s = Link().Replace(s, "$1");
        s = Autolink().Replace(s, "$1");
        s = Html().Replace(s, "");
        s = Emphasis().Replace(s, "");
        s = Escape().Replace(s, "$1");
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
            b.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2013' or '\u2014' or '\u2212' => "-",
                '\u2026' => "...",
                '\u00A0' or '\t' => " ",
                _ => c.ToString(),
            });
        return b.ToString().Replace("--", "-");
    }

    [GeneratedRegex(@"^\[\^([^\]]+)\]:\s?(.*)$")]
    private static partial Regex Definition();
    [GeneratedRegex(@"\[\^([^\]]+)\]")]
    private static partial Regex Reference();
    [GeneratedRegex(@"^\s{0,3}(>\s?)+")]
    private static partial Regex QuoteMarks();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMark();
    [GeneratedRegex(@"^\s{0,3}[-*+]\s+")]
    private static partial Regex Bullet();
    [GeneratedRegex(@"(?<!\^)\[([^\]\^][^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
    [GeneratedRegex(@"<((?:https?|mailto|ftp):[^>\s]+)>")]
    private static partial Regex Autolink();
    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Html();
    [GeneratedRegex(@"(?<![\w\\])[*_]+|[*_]+(?![\w])")]
    private static partial Regex Emphasis();
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>'""~|])")]
    private static partial Regex Escape();
}
