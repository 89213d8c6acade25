using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Cleans a mailing-list post: the From/Date/Subject headers become author, date and title;
/// the signature (after "-- ") and list footers are cut; "&gt;From" escaping is undone;
/// "&gt;"-quoted runs become (unwrapped) block quotes; paragraphs are unwrapped, with indented
/// lines starting new paragraphs; spaces after full stops are normalised; short stand-alone
/// lines ("In summary.") become headings, the first one the title when there is no subject.
/// </summary>
internal sealed partial class MailCleaner : ICleaner
{
    /// <summary>Leading spaces that mark a new paragraph (one space is only a wrapping accident).</summary>
    private const int ParagraphIndent = 2;

    /// <summary>Longest stand-alone line taken as a heading, in words.</summary>
    private const int MaxHeadingWords = 7;

    /// <summary>A heading is followed by a paragraph at least this many times longer than itself.</summary>
    private const int HeadingFollowerFactor = 3;

    /// <summary>Fewest words in a heading ("Thanks." alone is a reply, not a heading).</summary>
    private const int MinHeadingWords = 2;

    public ImportedPamphlet Clean(string text, ImportContext context)
    {
        var pamphlet = new ImportedPamphlet();
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var start = context.Part.IsFirst ? ReadHeaders(lines, pamphlet.Meta, context.Report) : 0;
        lines = lines.Skip(start).ToList();
        if (context.Part.IsLast) lines = CutFooter(lines, context.Report);
        for (var i = 0; i < lines.Count; i++)
        {
            var quotedAround = i > 0 && lines[i - 1].StartsWith('>') || i + 1 < lines.Count && lines[i + 1].StartsWith('>');
            if (EscapedFrom().IsMatch(lines[i]) && !quotedAround) { lines[i] = lines[i][1..]; context.Report.Count(">From escapes undone"); }
        }

        var blocks = new List<string>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(Tidy(string.Join(' ', paragraph.Select(p => p.Trim()))));
            paragraph.Clear();
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('>'))
            {
                Flush();
                blocks.Add(Quote(TakeQuoted(lines, ref i), context));
                context.Report.Count("quoted blocks");
                continue;
            }
            if (line.Trim().Length == 0) { Flush(); continue; }
            if (line.Length - line.TrimStart().Length >= ParagraphIndent) Flush();
            paragraph.Add(line);
        }
        Flush();

        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsHeading(blocks[i]) || i + 1 >= blocks.Count || blocks[i + 1].Length < HeadingFollowerFactor * blocks[i].Length) continue;
            var heading = blocks[i].TrimEnd('.').Trim();
            if (pamphlet.Meta.Title is null && context.Part.IsFirst)
            {
                pamphlet.Meta.Title = heading;
                context.Report.Note(Codes.MetadataGuessed, $"no subject header; title taken from the stand-alone line '{heading}'", "title:");
            }
            blocks[i] = "## " + heading;
        }
        pamphlet.Blocks.AddRange(HeadingLevels.Normalise(blocks.Where(b => b.Length > 0).ToList()));
        return pamphlet;
    }

    /// <summary>Reads leading mail headers (and an mbox "From " line); returns the index of the body.</summary>
    private static int ReadHeaders(List<string> lines, FrontMatter meta, ImportReport report)
    {
        var i = 0;
        if (lines.Count > 0 && lines[0].StartsWith("From ", StringComparison.Ordinal)) i++;
        var headerStart = i;
        string? key = null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (; i < lines.Count; i++)
        {
            var m = Header().Match(lines[i]);
            if (m.Success) { key = m.Groups[1].Value; headers[key] = m.Groups[2].Value.Trim(); continue; }
            if (key is not null && lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0])) { headers[key] += " " + lines[i].Trim(); continue; }
            break;
        }
        if (headers.Count == 0) return headerStart;
        if (headers.TryGetValue("Subject", out var subject)) meta.Title = SubjectPrefix().Replace(subject, "").Trim();
        if (headers.TryGetValue("From", out var from) && Sender(from) is { Length: > 0 } name) meta.Authors.Add(name);
        if (headers.TryGetValue("Date", out var date)) meta.Date = DateText.Normalise(date);
        report.Count("mail headers read", headers.Count);
        return i;
    }

    /// <summary>"Jane Doe &lt;jane@example.org&gt;", "jane@example.org (Jane Doe)" or a bare address → the name.</summary>
    private static string Sender(string from)
    {
        var angle = Regex.Match(from, @"^""?(?<name>[^""<]+?)""?\s*<[^>]+>");
        if (angle.Success) return angle.Groups["name"].Value.Trim();
        var paren = Regex.Match(from, @"\((?<name>[^)]+)\)");
        if (paren.Success) return paren.Groups["name"].Value.Trim();
        return from.Split('@')[0].Trim();
    }

    /// <summary>Cuts the signature ("-- ") and mailing-list footers.</summary>
    private static List<string> CutFooter(List<string> lines, ImportReport report)
    {
        var cut = lines.FindIndex(l => l == "-- " || l == "--");
        var footer = lines.FindIndex(l => ListFooter().IsMatch(l));
        if (footer >= 0)
        {
            while (footer > 0 && (lines[footer - 1].Trim().Length == 0 || Separator().IsMatch(lines[footer - 1]))) footer--;
            cut = cut < 0 ? footer : Math.Min(cut, footer);
        }
        if (cut < 0) return lines;
        report.Note(Codes.NoiseRemoved, $"cut the signature and list footer ({lines.Count - cut} lines)", null);
        return lines.Take(cut).ToList();
    }

    /// <summary>
    /// The run of quoted lines starting at <paramref name="i"/>, each with one level of '&gt;'
    /// taken off; leaves <paramref name="i"/> on the run's last line.
    /// </summary>
    private static List<string> TakeQuoted(List<string> lines, ref int i)
    {
        var quoted = new List<string>();
        while (i < lines.Count && lines[i].StartsWith('>')) quoted.Add(QuoteMark().Replace(lines[i++], ""));
        i--;
        return quoted;
    }

    /// <summary>Unwraps quoted lines into a block quote; a quote inside the quote becomes a nested block quote.</summary>
    private static string Quote(List<string> quoted, ImportContext context)
    {
        var parts = new List<string>();
        var current = new List<string>();
        var width = TypicalWidth(quoted);
        void Flush()
        {
            if (current.Count > 0) parts.Add(Tidy(string.Join(' ', current)));
            current.Clear();
        }
        for (var i = 0; i < quoted.Count; i++)
        {
            var q = quoted[i];
            if (q.StartsWith('>'))
            {
                Flush();
                parts.Add(Quote(TakeQuoted(quoted, ref i), context));
                continue;
            }
            if (q.Trim().Length == 0) { Flush(); continue; }
            current.Add(q.Trim());
            if (EndsParagraph(quoted, i, width)) Flush();
        }
        Flush();
        return string.Join("\n>\n", parts.Select(p => string.Join('\n', p.Split('\n').Select(l => l.StartsWith('>') ? ">" + l : "> " + l))));
    }

    /// <summary>A wrapped line this much shorter than the quote's typical line, ending a sentence, ends its paragraph.</summary>
    private const double ShortLineRatio = 0.85;

    /// <summary>Fewest lines a quote needs before its line width says anything.</summary>
    private const int MinLinesForWidth = 4;

    /// <summary>The median length of the quote's lines (0 when too few to tell).</summary>
    private static int TypicalWidth(List<string> quoted)
    {
        var lengths = quoted.Select(q => q.TrimEnd().Length).Where(l => l > 0).Order().ToList();
        return lengths.Count < MinLinesForWidth ? 0 : lengths[lengths.Count / 2];
    }

    /// <summary>
    /// Quoted mail is hard-wrapped with its blank lines often lost: a line that stops well short of
    /// the width, after a full stop, with a capital opening the next line, ended a paragraph.
    /// </summary>
    private static bool EndsParagraph(List<string> quoted, int i, int width)
    {
        if (width == 0 || i + 1 >= quoted.Count) return false;
        var line = quoted[i].TrimEnd();
        var next = quoted[i + 1].TrimStart();
        return line.Length < ShortLineRatio * width && SentenceEnd().IsMatch(line) && next.Length > 0 && char.IsUpper(next[0]);
    }

    private static bool IsHeading(string block)
    {
        var t = block.Trim();
        if (t.StartsWith('>') || t.Length == 0 || !char.IsUpper(t[0]) || t.EndsWith(':') || t.EndsWith(',')) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= MinHeadingWords and <= MaxHeadingWords && t.Count(c => c == '.') <= 1 && (t.EndsWith('.') || char.IsLetter(t[^1]));
    }

    private static string Tidy(string text) => MarkdownEscaper.EscapeLight(SentenceSpaces().Replace(text, " ").Trim());

    [GeneratedRegex(@"^(From|Date|Subject|To|Cc|Reply-To|Message-ID|In-Reply-To|References|Sender|Organization|X-[\w-]+|Content-[\w-]+|MIME-Version):\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();
    [GeneratedRegex(@"^(\s*(Re|Fwd?|AW|SV)\s*:\s*|\s*\[[^\]]+\]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPrefix();
    [GeneratedRegex(@"[.!?][""'’”)]*$")]
    private static partial Regex SentenceEnd();
    [GeneratedRegex(@"^>[Ff]rom\b")]
    private static partial Regex EscapedFrom();
    [GeneratedRegex(@"^>\s?")]
    private static partial Regex QuoteMark();
    [GeneratedRegex(@"mailing list|unsubscribe|listinfo|^_{5,}\s*$|You received this message|list archives?:|^Archives?:", RegexOptions.IgnoreCase)]
    private static partial Regex ListFooter();
    [GeneratedRegex(@"^\s*([-_=*~])\1{4,}\s*$")]
    private static partial Regex Separator();
    [GeneratedRegex(@"(?<=\S) {2,}")]
    private static partial Regex SentenceSpaces();
}
