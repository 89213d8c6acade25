using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Rejoins Markdown paragraphs that an export cut at page breaks: a paragraph that stops
/// mid-sentence is continued by the next one when that starts in lower case (a word hyphenated
/// across the break is rejoined). A capital after a dangling "the" is not enough here: exports
/// can put pages out of order, so the next paragraph may belong to another page. Paragraphs still cut afterwards are reported: their page may
/// have been exported out of order.
/// </summary>
internal static class PageBreakJoiner
{
    /// <summary>Words quoted from a cut paragraph's end in the report.</summary>
    private const int QuotedWords = 4;

    public static List<string> Join(List<string> blocks, ImportContext context)
    {
        var result = new List<string>();
        foreach (var b in blocks)
        {
            if (result.Count > 0 && IsParagraph(result[^1]) && IsParagraph(b) && !LineUnwrapper.EndsSentence(result[^1]) && LineUnwrapper.StartsLower(b))
            {
                result[^1] = LineUnwrapper.JoinLines(result[^1], b, context);
                context.Report.Count("paragraphs rejoined across page breaks");
                continue;
            }
            result.Add(b);
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (!IsParagraph(result[i])) continue;
            if (!LineUnwrapper.EndsSentence(result[i]))
                context.Report.Note(Codes.PageOrderSuspect, "paragraph stops mid-sentence; the page that continues it may be elsewhere", Tail(result[i]));
            if (LineUnwrapper.StartsLower(result[i]))
                context.Report.Note(Codes.PageOrderSuspect, "paragraph starts mid-sentence; the page before it may be elsewhere", Head(result[i]));
        }
        return result;
    }

    /// <summary>True for a plain paragraph (not a heading, list, quote, rule, table or code).</summary>
    public static bool IsParagraph(string block)
    {
        var t = block.TrimStart();
        return t.Length > 0 && !t.StartsWith('#') && !t.StartsWith('>') && !t.StartsWith('|') && !t.StartsWith("```", StringComparison.Ordinal)
               && t != "---" && !MarkdownBlocks.IsListItem(t) && !t.StartsWith("[^", StringComparison.Ordinal);
    }

    private static string Tail(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - QuotedWords)));
    }

    private static string Head(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(QuotedWords));
}
