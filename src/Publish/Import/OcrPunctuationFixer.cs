using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Repairs punctuation OCR damaged: curly braces read for brackets, missing spaces after commas
/// ("could not be,in"), spaces before commas and full stops, doubled full stops, spaced-out
/// ellipses, lone specks read as full stops between words, closing quotes set apart, a closing
/// bracket read as "J", stray dots before or inside words ("This.is" when both halves are words), and dashes rendered as
/// spaced hyphens are left for the typography transform.
/// </summary>
internal static partial class OcrPunctuationFixer
{
    public static string Repair(string text, ImportContext context)
    {
        text = LetterInNumber().Replace(text, m => m.Value is "o" or "O" ? "0" : "1");
        text = MissingSpaceAfterStop().Replace(text, ". ");
        text = StopOnNextWord().Replace(text, ". ");
        text = SpacedEllipsis().Replace(text, "...");
        text = HyphenBeforeSpace().Replace(text, "-");
        text = DetachedClosingQuote().Replace(text, "$1");
        text = BracketReadAsJ().Replace(text, ")");
        text = LoneDot().Replace(text, " ");
        text = OpenBrace().Replace(text, "(");
        text = CloseBrace().Replace(text, ")");
        text = MissingSpace().Replace(text, "$1 ");
        text = CommaAfterStop().Replace(text, ", ");
        text = PageNumberAbbreviation().Replace(text, "$1 ");
        text = SpaceBefore().Replace(text, "$1");
        text = DoubleStop().Replace(text, ".");
        text = StopBeforeMark().Replace(text, "$1");
        text = StrayDot().Replace(text, "");
        text = SpacedQuote().Replace(text, "$1");
        text = InnerDot().Replace(text, m =>
            context.Words.IsWord(m.Groups[1].Value) && context.Words.IsWord(m.Groups[2].Value) && !context.Words.IsWord(m.Groups[1].Value + m.Groups[2].Value)
                ? m.Groups[1].Value + " " + m.Groups[2].Value
                : m.Value);
        return MultiSpace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"(?<=\b\d{1,3})[ilIoO](?=\d{1,3}\b)|\b[il](?=\d{3}\b)")]
    private static partial Regex LetterInNumber();
    [GeneratedRegex(@"(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})")]
    private static partial Regex MissingSpaceAfterStop();
    [GeneratedRegex(@"(?<=\p{L}) \.(?=\p{Lu})")]
    private static partial Regex StopOnNextWord();
    /// <summary>An ellipsis the scan spaced out or half spaced (". . .", ".. .", ". ..").</summary>
    [GeneratedRegex(@"\.(?:[ \t]?\.){2}(?!\.)")]
    private static partial Regex SpacedEllipsis();
    /// <summary>A hyphen the scan spaced from the capitalised second part of a compound ("Brest- Litovsk").</summary>
    [GeneratedRegex(@"(?<=\p{L}{2})- (?=\p{Lu}\p{Ll})")]
    private static partial Regex HyphenBeforeSpace();
    /// <summary>A closing quote the scan set apart from its sentence, just before the next quotation opens ("... ' 'This").</summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;!?]) (['’])(?= ['‘])")]
    private static partial Regex DetachedClosingQuote();
    /// <summary>A closing bracket read as a lone "J" inside an open bracket ("(On the Trade Unions J, Resolutions").</summary>
    [GeneratedRegex(@"(?<=\([^()]*\p{L}) J(?=[,.;:]|$)")]
    private static partial Regex BracketReadAsJ();
    /// <summary>A full stop standing alone between two lower-case words is a speck, not punctuation ("he had . expressed").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}[,;]?)\s+[.·]\s+(?=\p{Ll})")]
    private static partial Regex LoneDot();
    [GeneratedRegex(@"\{(?=[^{}]*\))")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"(?<=\([^()]*)\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"(?<=\p{Ll}{2})([,;])(?=\p{L}{2})")]
    private static partial Regex MissingSpace();
    /// <summary>A comma glued to the next word after an abbreviation or bracket ("Ibid.,p. 487").</summary>
    [GeneratedRegex(@"(?<=\p{L}[.)]),(?=\p{L})")]
    private static partial Regex CommaAfterStop();
    /// <summary>A page abbreviation glued to its number ("p.487", "pp.313-350").</summary>
    [GeneratedRegex(@"\b(pp?\.)(?=\d)")]
    private static partial Regex PageNumberAbbreviation();
    [GeneratedRegex(@"(?<=[\p{L}\p{N})'’])\s+([,;]|\.(?!\.)(?=\s|$))")]
    private static partial Regex SpaceBefore();
    [GeneratedRegex(@"(?<=[\p{L})'’])\s?\.\s\.(?!\.)")]
    private static partial Regex DoubleStop();
    [GeneratedRegex(@"(?<=\p{L})\.\s?([?!])")]
    private static partial Regex StopBeforeMark();
    [GeneratedRegex(@"(?<=^|\s)\.(?=\p{Ll})")]
    private static partial Regex StrayDot();
    [GeneratedRegex(@"(\()\s+(?=['‘])")]
    private static partial Regex SpacedQuote();
    [GeneratedRegex(@"\b(\p{L}{2,})\.(\p{Ll}{2,})\b")]
    private static partial Regex InnerDot();
    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultiSpace();
}
