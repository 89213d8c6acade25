using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Cleans a web article copied as text, one paragraph per line: a byline ("By Kevin Henry")
/// becomes the author and a date line the date; a short first line before them the title;
/// share/subscribe/cookie boilerplate is removed; short lines without a full stop become
/// section headings; a line that is only a quotation, introduced by the line before, becomes a
/// block quote.
/// </summary>
internal sealed partial class ArticleCleaner : ICleaner
{
    /// <summary>Lines at the top searched for title, byline and date.</summary>
    private const int HeaderLines = 5;

    /// <summary>Longest line (characters) taken as a title or heading.</summary>
    private const int MaxHeadingLength = 100;

    /// <summary>Most words in a line taken as a section heading.</summary>
    private const int MaxHeadingWords = 12;

    public ImportedPamphlet Clean(string text, ImportContext context)
    {
        var pamphlet = new ImportedPamphlet();
        var lines = text.Split('\n').Select(l => MultiSpace().Replace(l.Trim(), " ")).Where(l => l.Length > 0).ToList();
        var kept = new List<string>();
        foreach (var l in lines)
        {
            if (Boilerplate().IsMatch(l)) { context.Report.Count("boilerplate lines removed"); context.Report.Note(Codes.NoiseRemoved, $"removed boilerplate line '{l}'", null); continue; }
            kept.Add(l);
        }
        lines = kept;

        var top = context.Part.IsFirst ? Math.Min(HeaderLines, lines.Count) : 0;
        for (var i = 0; i < top; i++)
        {
            if (Byline().Match(lines[i]) is { Success: true } by)
            {
                pamphlet.Meta.Authors.AddRange(by.Groups["names"].Value.Split([" and ", ", ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (by.Groups["date"].Success) pamphlet.Meta.Date = DateText.Normalise(by.Groups["date"].Value);
                if (i > 0 && pamphlet.Meta.Title is null && IsHeadingLine(lines[0])) pamphlet.Meta.Title = lines[0];
                lines.RemoveRange(0, i + 1);
                break;
            }
        }
        if (context.Part.IsFirst && lines.Count > 0 && DateText.IsDate(lines[0])) { pamphlet.Meta.Date ??= DateText.Normalise(lines[0]); lines.RemoveAt(0); }
        if (context.Part.IsFirst && pamphlet.Meta.Title is null && lines.Count > 1 && IsHeadingLine(lines[0]))
        {
            pamphlet.Meta.Title = lines[0];
            lines.RemoveAt(0);
            context.Report.Note(Codes.MetadataGuessed, $"title taken from the first line '{pamphlet.Meta.Title}'", "title:");
        }

        if (context.Part.IsFirst) CreditLineReader.Read(string.Join("\n", lines.Take(HeaderLines)), pamphlet.Meta, context.Report);
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (IsHeadingLine(l) && i + 1 < lines.Count && !WholeQuotation().IsMatch(lines[i + 1])) { pamphlet.Blocks.Add("## " + MarkdownEscaper.EscapeLight(l)); continue; }
            if (WholeQuotation().IsMatch(l) && i > 0 && (!LineUnwrapper.EndsSentence(lines[i - 1]) || lines[i - 1].EndsWith(':')))
            {
                pamphlet.Blocks.Add("> " + MarkdownEscaper.EscapeLight(l));
                context.Report.Count("quotations set as block quotes");
                continue;
            }
            pamphlet.Blocks.Add(MarkdownEscaper.EscapeLight(l));
        }
        return pamphlet;
    }

    private static bool IsHeadingLine(string l) =>
        l.Length <= MaxHeadingLength && l.Split(' ').Length <= MaxHeadingWords && char.IsUpper(l[0])
        && !Regex.IsMatch(l, @"[.,;:]$") && !WholeQuotation().IsMatch(l) && !Byline().IsMatch(l);

    [GeneratedRegex(@"^(?:By|Written by|Words by|Posted by)\s+(?<names>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|la|le)){0,6})(?:\s*[,|·–—-]\s*(?<date>.+))?$")]
    private static partial Regex Byline();
    [GeneratedRegex(@"^(share( this)?( on)?|tweet|subscribe|sign up|follow us|like us|click here|read more|related( articles| posts)?|print( this)?|email( this)?|donate|advertisement|cookie|we use cookies|newsletter|leave a (comment|reply)|comments?)\b.{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
    [GeneratedRegex(@"^[""“‘'].+[""”’'][.!?]?$")]
    private static partial Regex WholeQuotation();
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
