using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Cleans Anarchist Library texts: <c>.muse</c> sources (through <see cref="MuseConverter"/>) and
/// the site's Markdown/HTML exports. The export's title page (library name, "Anti-Copyright",
/// <c># Title</c>, author, date, "Retrieved on … from …") becomes front matter; <c>&lt;sup&gt;N&lt;/sup&gt;</c>
/// references and the <c>---</c>-separated note blocks become footnotes; the dotted-leader
/// Contents list is dropped (its titles set the section heading level); inline HTML becomes
/// Markdown; paragraphs cut at page breaks are rejoined.
/// </summary>
internal sealed partial class LibraryCleaner : ICleaner
{
    /// <summary>Title-page blocks are short; a longer block is where the text starts.</summary>
    private const int TitlePageBlockMax = 160;

    public ImportedPamphlet Clean(string text, ImportContext context)
    {
        var pamphlet = new ImportedPamphlet();
        var contents = new List<string>();
        text = DropContents(text, contents, context.Report);
        List<string> blocks;
        if (IsMuse(text, context))
        {
            var (header, body, notes) = MuseConverter.Convert(text);
            ReadMuseHeader(header, pamphlet.Meta);
            pamphlet.Notes.AddRange(notes);
            blocks = MarkdownBlocks.Split(body);
        }
        else
        {
            if (text.Contains("Anti-Copyright", StringComparison.OrdinalIgnoreCase)) pamphlet.Meta.Rights = "Anti-Copyright";
            blocks = MarkdownBlocks.Split(text);
            if (context.Part.IsFirst) blocks = ReadTitlePage(blocks, pamphlet.Meta, context.Report);
            blocks = ExtractNotes(blocks, pamphlet.Notes, context.Report);
            blocks = blocks.Select(b => HtmlInlineConverter.Convert(SupReference().Replace(b, "[^$1]"))).ToList();
        }

        if (context.Part.IsFirst) CreditLineReader.Read(text, pamphlet.Meta, context.Report);
        blocks = blocks.Select(StripHeadingEmphasis).ToList();
        blocks = AlignContentsLevels(blocks, contents);
        blocks = PageBreakJoiner.Join(blocks, context);
        pamphlet.Blocks.AddRange(HeadingLevels.Normalise(blocks));
        return pamphlet;
    }

    /// <summary>Whether the text is Muse: decided by the header of the first part, and remembered for the parts after it.</summary>
    private static bool IsMuse(string text, ImportContext context)
    {
        var decided = context.Cache<string, bool>(nameof(LibraryCleaner));
        if (context.Part.IsFirst) decided["muse"] = MuseHeader().IsMatch(text);
        return decided.GetValueOrDefault("muse");
    }

    private static void ReadMuseHeader(Dictionary<string, string> h, FrontMatter meta)
    {
        string? Get(string key) => h.TryGetValue(key, out var v) && v.Length > 0 ? MuseConverter.Inline(v).Replace("*", "") : null;
        meta.Title = Get("title");
        meta.Subtitle = Get("subtitle");
        if (Get("author") is { } author)
            meta.Authors.AddRange(author.Split([" and ", ", ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        meta.Date = Get("date") is { } d ? DateText.Normalise(d) : null;
        if (Get("source") is { } source) ReadSource(source, meta);
        if (Get("lang") is { } lang) meta.Lang = lang.Length == 2 ? null : lang;
        meta.Description = Get("notes") ?? Get("teaser");
        if (Get("topics") is { } topics) meta.Subjects.AddRange(topics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (h.ContainsKey("title")) meta.Rights = "Anti-Copyright";
    }

    /// <summary>Reads the export's title page up to the first block that is clearly text, and drops it.</summary>
    private static List<string> ReadTitlePage(List<string> blocks, FrontMatter meta, ImportReport report)
    {
        var titleAt = blocks.FindIndex(b => b.StartsWith("# ", StringComparison.Ordinal));
        if (titleAt < 0) return blocks;
        meta.Title = StripEmphasis(blocks[titleAt][2..]);
        var i = titleAt + 1;
        if (i < blocks.Count && blocks[i].StartsWith("## ", StringComparison.Ordinal) && blocks[i].Length < TitlePageBlockMax)
            meta.Subtitle = StripEmphasis(blocks[i++][3..]);
        for (; i < blocks.Count && blocks[i].Length <= TitlePageBlockMax && !blocks[i].StartsWith('#') && !MarkdownBlocks.IsListItem(blocks[i]); i++)
        {
            var b = blocks[i];
            if (Retrieved().Match(b) is { Success: true } r) { ReadSource(r.Groups[1].Value, meta); continue; }
            if (b.Contains("theanarchistlibrary.org", StringComparison.OrdinalIgnoreCase)) continue;
            var lines = b.Split('\n').Select(l => l.Trim().TrimEnd('\\').Trim()).Where(l => l.Length > 0).ToList();
            if (lines.All(l => DateText.IsDate(l) || l == meta.Title || meta.Authors.Contains(l) || l == meta.Subtitle))
            {
                if (lines.FirstOrDefault(DateText.IsDate) is { } date) meta.Date ??= DateText.Normalise(date);
                continue;
            }
            if (lines.Count == 1 && PersonName().IsMatch(lines[0]) && meta.Authors.Count == 0) { meta.Authors.Add(lines[0]); continue; }
            break;
        }
        report.Note(Codes.MetadataGuessed, "the library title page became the front matter", "title:");
        return blocks.Skip(i).ToList();
    }

    private static void ReadSource(string source, FrontMatter meta)
    {
        var link = MarkdownLink().Match(source);
        if (link.Success) { meta.SourceTitle = link.Groups[1].Value; meta.SourceUrl = link.Groups[2].Value; return; }
        var url = BareUrl().Match(source);
        if (url.Success) meta.SourceUrl = url.Value.TrimEnd('.', ')');
        meta.SourceTitle = source.Trim().TrimEnd('.');
    }

    /// <summary>Removes <c>---</c> note blocks, collecting each <c>&lt;sup&gt;N&lt;/sup&gt; text</c> as a note.</summary>
    private static List<string> ExtractNotes(List<string> blocks, List<ImportedNote> notes, ImportReport report)
    {
        var kept = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Trim() is "---" or "***" or "* * *" && i + 1 < blocks.Count && SupDefinition().IsMatch(blocks[i + 1]))
            {
                i++;
                for (; i < blocks.Count && SupDefinition().IsMatch(blocks[i]); i++)
                    foreach (Match m in SupDefinition().Matches(blocks[i]))
                    {
                        notes.Add(new ImportedNote(m.Groups[1].Value, HtmlInlineConverter.Convert(SupReference().Replace(m.Groups[2].Value.Trim(), "[^$1]"))));
                        report.Count("notes attached");
                    }
                i--;
                continue;
            }
            kept.Add(blocks[i]);
        }
        return kept;
    }

    /// <summary>Drops a "Contents" heading and the dotted-leader lines after it, keeping the titles they list.</summary>
    private static string DropContents(string text, List<string> titles, ImportReport report)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => StripEmphasis(l.Trim().TrimStart('#')).Equals("Contents", StringComparison.OrdinalIgnoreCase)
                                      || StripEmphasis(l.Trim().TrimStart('#')).Equals("Table of Contents", StringComparison.OrdinalIgnoreCase));
        if (at < 0) return text;
        var end = at + 1;
        var last = at;
        for (; end < lines.Count; end++)
        {
            if (lines[end].Trim().Length == 0) continue;
            var m = ContentsLine().Match(HtmlInlineConverter.Convert(lines[end]).TrimEnd());
            if (!m.Success) break;
            titles.Add(StripEmphasis(m.Groups["title"].Value));
            last = end;
        }
        if (titles.Count == 0) return text;
        report.Note(Codes.NoiseRemoved, $"dropped the Contents list ({titles.Count} entries)", null);
        lines.RemoveRange(at, last - at + 1);
        return string.Join('\n', lines);
    }

    /// <summary>Gives every heading listed in the Contents the level most of them have.</summary>
    private static List<string> AlignContentsLevels(List<string> blocks, List<string> titles)
    {
        if (titles.Count == 0) return blocks;
        bool Listed(string b) => b.StartsWith('#') && titles.Contains(b.TrimStart('#').Trim(), StringComparer.OrdinalIgnoreCase);
        var levels = blocks.Where(Listed).Select(b => b.TakeWhile(c => c == '#').Count()).ToList();
        if (levels.Count == 0) return blocks;
        var level = levels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return blocks.Select(b => Listed(b) ? new string('#', level) + " " + b.TrimStart('#').Trim() : b).ToList();
    }

    private static string StripHeadingEmphasis(string block) =>
        block.StartsWith('#') ? block[..block.TakeWhile(c => c == '#').Count()] + " " + StripEmphasis(block.TrimStart('#')) : block;

    private static string StripEmphasis(string s)
    {
        s = HtmlInlineConverter.Convert(s).Trim();
        while (s.Length > 4 && s.StartsWith("**") && s.EndsWith("**")) s = s[2..^2].Trim();
        while (s.Length > 2 && s.StartsWith('*') && s.EndsWith('*')) s = s[1..^1].Trim();
        return s;
    }

    [GeneratedRegex(@"^#(title|author)\s", RegexOptions.Multiline)]
    private static partial Regex MuseHeader();
    [GeneratedRegex(@"<sup>\s*\[?(\d{1,3})\]?\s*</sup>")]
    private static partial Regex SupReference();
    [GeneratedRegex(@"(?:^|\n)\s*<sup>\s*\[?(\d{1,3})\]?\s*</sup>\s*(.*?)(?=\n\s*<sup>|\z)", RegexOptions.Singleline)]
    private static partial Regex SupDefinition();
    [GeneratedRegex(@"^Retrieved (?:on )?.*?\bfrom\s+(.+?)\.?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Retrieved();
    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareUrl();
    [GeneratedRegex(@"^(?<title>.+?)\s*(?:(?:\.\s*){3,}\s*|\t+\s*)(?<page>\d{1,4}|[ivxlc]{1,6})$")]
    private static partial Regex ContentsLine();
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]*(\s+(\p{Lu}[\p{L}.'-]*|de|van|von|la|le)){0,4}$")]
    private static partial Regex PersonName();
}
