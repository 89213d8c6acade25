using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Reads credit lines that title pages and colophons print on a line of their own —
/// "Translated by A. Name", "Edited by …", "Published by Solidarity, 1979", "Series: …" —
/// into the front matter fields still empty. Only short lines that are nothing but the credit
/// count, so a sentence of the text that mentions a translation does not.
/// </summary>
internal static partial class CreditLineReader
{
    /// <summary>A credit line is short; longer lines are sentences of the text.</summary>
    private const int MaxCreditLength = 100;

    /// <summary>A credit line follows a blank or a short title-page line, not a line of running text.</summary>
    private const int MaxLeadingLineLength = 40;

    public static void Read(string text, FrontMatter meta, ImportReport report)
    {
        var previous = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimEnd('\\').Trim();
            var standsAlone = previous.Length <= MaxLeadingLineLength;
            previous = line;
            if (line.Length == 0 || line.Length > MaxCreditLength || !standsAlone) continue;
            if (meta.Translator is null && Translated().Match(line) is { Success: true } t) Set(v => meta.Translator = v, t, "translator", report);
            else if (meta.Editor is null && Edited().Match(line) is { Success: true } e) Set(v => meta.Editor = v, e, "editor", report);
            else if (meta.Publisher is null && Published().Match(line) is { Success: true } p)
            {
                Set(v => meta.Publisher = v, p, "publisher", report);
                if (meta.Date is null && p.Groups["year"].Success) meta.Date = p.Groups["year"].Value;
            }
            else if (meta.Series is null && Series().Match(line) is { Success: true } s)
            {
                Set(v => meta.Series = v, s, "series", report);
                if (s.Groups["number"].Success) meta.SeriesNumber = s.Groups["number"].Value;
            }
        }
    }

    private static void Set(Action<string> set, Match m, string field, ImportReport report)
    {
        var value = m.Groups["who"].Value.Trim().TrimEnd('.', ',');
        set(value);
        report.Note(Codes.MetadataGuessed, $"{field} '{value}' read from the credit line '{m.Value.Trim()}'", field + ":");
    }

    [GeneratedRegex(@"^(?:Translated|TRANSLATED|Translation|TRANSLATION)(?: from the \p{L}+| FROM THE \p{L}+)?(?: by| BY|:)\s+(?<who>\p{Lu}[^,;]{1,60}?)(?:,\s*\d{4})?\.?$")]
    private static partial Regex Translated();
    [GeneratedRegex(@"^(?:Edited|EDITED|Editor|Eds?\.)(?: by| BY|:)?\s+(?<who>\p{Lu}[^,;]{1,60}?)(?:,\s*\d{4})?\.?$")]
    private static partial Regex Edited();
    [GeneratedRegex(@"^(?:First published|Published|PUBLISHED)(?: in (?<year>\d{4}))? (?:by|BY)\s+(?<who>\p{Lu}[^;]{1,60}?)(?:,?\s*(?<year>\d{4}))?\.?$")]
    private static partial Regex Published();
    [GeneratedRegex(@"^(?:Series|SERIES):\s*(?<who>\p{Lu}[^,;]{1,60}?)(?:,?\s*(?:no\.?|number)\s*(?<number>\d{1,4}))?\.?$")]
    private static partial Regex Series();
}
