using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Cleans a wiki page exported to Markdown (pandoc's MediaWiki/Gitit flavour): the front matter
/// title becomes the title (a trailing one-word disambiguator such as "(Pamphlet)" dropped);
/// wikilinks (<c>[x](Page.md "wikilink")</c>, <c>&lt;a class="wikilink"&gt;</c>, <c>[[Page|x]]</c>)
/// become plain text; category links are dropped; external links stay. When the page has a
/// transcript section, its text is the pamphlet and the lead paragraph becomes the description
/// (with the year, author and publisher it names); the first external link becomes the source.
/// </summary>
internal sealed partial class WikiCleaner : ICleaner
{
    /// <summary>Headings under which wiki pages put the pamphlet's own text.</summary>
    private static readonly string[] TranscriptHeadings = ["transcript", "text", "full text", "the text", "content"];

    /// <summary>Headings of link sections that are not part of the pamphlet.</summary>
    private static readonly string[] LinkHeadings = ["external links", "see also", "links", "further reading", "references"];

    public ImportedPamphlet Clean(string text, ImportContext context)
    {
        var pamphlet = new ImportedPamphlet();
        var (fields, body) = RawFrontMatter.Split(text);
        if (fields.TryGetValue("title", out var title)) pamphlet.Meta.Title = CleanTitle(title, context.Report);

        body = CategoryLink().Replace(body, m => { context.Report.Count("categories dropped"); return ""; });
        body = MediaWikiCategory().Replace(body, m => { context.Report.Count("categories dropped"); return ""; });
        body = CategoryLine().Replace(body, m => { context.Report.Count("categories dropped"); return ""; });
        body = WikiLink().Replace(body, m => { context.Report.Count("wikilinks made plain"); return m.Groups["text"].Value; });
        body = HtmlWikiLink().Replace(body, m => { context.Report.Count("wikilinks made plain"); return m.Groups["text"].Value; });
        body = MediaWikiLink().Replace(body, m => { context.Report.Count("wikilinks made plain"); return m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["page"].Value; });
        body = HtmlInlineConverter.Convert(body);

        var blocks = MarkdownBlocks.Split(body).Where(b => b.Trim().Length > 0).ToList();
        var transcript = blocks.FindIndex(b => IsHeadingNamed(b, TranscriptHeadings));
        if (transcript >= 0)
        {
            var lead = blocks.Take(transcript).Where(b => !b.StartsWith('#')).ToList();
            if (lead.Count > 0) ReadLead(string.Join(" ", lead), pamphlet.Meta, context.Report);
            var end = blocks.FindIndex(transcript + 1, b => HeadingLevel(b) is > 0 and var l && l <= HeadingLevel(blocks[transcript]));
            var links = end < 0 ? [] : blocks.Skip(end).ToList();
            var source = links.Select(l => ExternalLink().Match(l)).FirstOrDefault(m => m.Success);
            if (source is not null)
            {
                pamphlet.Meta.SourceTitle = Collapse(source.Groups["text"].Value);
                pamphlet.Meta.SourceUrl = source.Groups["url"].Value;
            }
            blocks = blocks.Skip(transcript + 1).Take((end < 0 ? blocks.Count : end) - transcript - 1).ToList();
            context.Report.Note(Codes.MetadataGuessed, "the page's lead paragraph became the description and only the transcript section was kept", "description:");
        }
        else
        {
            blocks = blocks.Where(b => !IsHeadingNamed(b, ["categories"])).ToList();
        }

        CreditLineReader.Read(body, pamphlet.Meta, context.Report);
        pamphlet.Blocks.AddRange(HeadingLevels.Normalise(blocks.Select(Collapse).Where(b => b.Length > 0).ToList()));
        return pamphlet;
    }

    /// <summary>Drops a trailing one-word disambiguator from a wiki title: "For Workers' Power (Pamphlet)".</summary>
    private static string CleanTitle(string title, ImportReport report)
    {
        title = title.Replace('_', ' ').Trim();
        var m = Disambiguator().Match(title);
        if (!m.Success) return title;
        report.Note(Codes.MetadataGuessed, $"dropped the wiki disambiguator '{m.Value.Trim()}' from the title", "title:");
        return title[..m.Index].Trim();
    }

    /// <summary>Reads year, author and publisher from a lead like "X is a 1965 leaflet written by A and published by B."</summary>
    private static void ReadLead(string lead, FrontMatter meta, ImportReport report)
    {
        var plain = Collapse(lead.Replace("**", "").Replace("*", ""));
        meta.Description = plain;
        if (LeadYear().Match(plain) is { Success: true } y) { meta.Date = y.Groups[1].Value; report.Note(Codes.MetadataGuessed, $"date {meta.Date} read from the lead paragraph", "date:"); }
        if (LeadAuthor().Match(plain) is { Success: true } a) { meta.Authors.Add(a.Groups[1].Value.Trim()); report.Note(Codes.MetadataGuessed, $"author '{a.Groups[1].Value.Trim()}' read from the lead paragraph", "author:"); }
        if (LeadPublisher().Match(plain) is { Success: true } p) { meta.Publisher = p.Groups[1].Value.Trim(); report.Note(Codes.MetadataGuessed, $"publisher '{meta.Publisher}' read from the lead paragraph", "publisher:"); }
    }

    private static bool IsHeadingNamed(string block, string[] names) =>
        HeadingLevel(block) > 0 && names.Contains(block.TrimStart('#').Trim().Trim('*').Trim().ToLowerInvariant());

    private static int HeadingLevel(string block) => block.StartsWith('#') ? block.TakeWhile(c => c == '#').Count() : 0;

    private static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\[(?<text>Category:[^\]]*)\]\((?:[^()\s]|\([^()]*\))+\s+""wikilink""\)\s*", RegexOptions.Singleline)]
    private static partial Regex CategoryLink();
    [GeneratedRegex(@"^\s*(?:Categor(?:y|ies)\s*:).*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CategoryLine();
    [GeneratedRegex(@"\[\[\s*Category:[^\]]*\]\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MediaWikiCategory();
    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?:[^()\s]|\([^()]*\))+\s+""wikilink""\)", RegexOptions.Singleline)]
    private static partial Regex WikiLink();
    [GeneratedRegex(@"<a\b[^>]*class=""wikilink""[^>]*>(?<text>.*?)</a\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlWikiLink();
    [GeneratedRegex(@"\[\[(?<page>[^\]|]+)(?:\|(?<text>[^\]]+))?\]\]")]
    private static partial Regex MediaWikiLink();
    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>https?://[^)\s]+)\)")]
    private static partial Regex ExternalLink();
    [GeneratedRegex(@"\s*\((pamphlet|leaflet|book|essay|article|text|document|booklet)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Disambiguator();
    [GeneratedRegex(@"\bis an? (1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex LeadYear();
    [GeneratedRegex(@"\bwritten by ((?:\p{Lu}(?:\.|[\p{L}'-]+)\s?){1,4})")]
    private static partial Regex LeadAuthor();
    [GeneratedRegex(@"\bpublished by ((?:\p{Lu}[\p{L}'()-]*\s?){1,4})")]
    private static partial Regex LeadPublisher();
    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
