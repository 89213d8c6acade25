using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>The shape of a line that may be (part of) a heading in an OCR text.</summary>
internal enum HeadingShape { None, Caps, Numbered, Roman, Byline }

/// <summary>
/// Recognises headings in OCR text by layout: all-capital lines (parenthetical asides such as
/// "(London)" ignored), numbered sections ("2. CAUSES OF THE CRISIS", OCR's "l." for "1."),
/// Roman-numbered sections (a line "IV"), and "by A. NAME" bylines under a title. Decides which
/// heading lines continue one another (titles broken over two lines) and their level:
/// unnumbered headings are level 1, numbered and Roman ones level 2. Title-cases capital headings.
/// </summary>
internal static partial class HeadingDetector
{
    /// <summary>Headings are short; a longer all-capital line is shouted text.</summary>
    private const int MaxHeadingLength = 70;

    /// <summary>Share of capital letters (outside parentheses) for a line to count as all-capital; OCR lower-cases a few.</summary>
    private const double CapsShare = 0.85;

    /// <summary>Fewest letters for an all-capital line to be a heading ("WAR" is, "I" alone is not).</summary>
    private const int MinHeadingLetters = 3;

    /// <summary>Words that show a heading line goes on ("THE TRADE UNIONS AND | THEIR ROLE").</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "in", "on", "to", "a", "an", "for", "by", "or", "with", "from", "its", "their", "our",
    };

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "to", "for", "by", "at", "with", "from", "as", "vs",
    };

    public static HeadingShape Classify(string line, bool romanAllowed)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > MaxHeadingLength) return HeadingShape.None;
        if (romanAllowed && Roman().IsMatch(t)) return HeadingShape.Roman;
        if (Byline().IsMatch(t)) return HeadingShape.Byline;
        var numbered = Numbered().Match(t);
        if (numbered.Success && IsCaps(t[numbered.Length..])) return HeadingShape.Numbered;
        return IsCaps(t) && !t.EndsWith(',') ? HeadingShape.Caps : HeadingShape.None;
    }

    /// <summary>True when the letters outside parentheses are (nearly) all capitals.</summary>
    public static bool IsCaps(string t)
    {
        var outside = Parenthetical().Replace(t, "");
        var letters = outside.Count(char.IsLetter);
        if (letters < MinHeadingLetters) return false;
        return (double)outside.Count(char.IsUpper) / letters >= CapsShare;
    }

    /// <summary>True when two heading lines belong to one heading.</summary>
    /// <param name="blankBetween">A blank line separates them: then only a dangling connective joins them.</param>
    public static bool Continues(string first, string next, HeadingShape nextShape, bool blankBetween)
    {
        if (nextShape is not HeadingShape.Caps) return false;
        if (!blankBetween) return !first.TrimEnd().EndsWith('?') && !first.TrimEnd().EndsWith('.');
        var lastWord = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var firstWord = next.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return Connectives.Contains(lastWord) || Connectives.Contains(firstWord);
    }

    /// <summary>In an all-capital heading, a lone 0 between capitals is the letter O ("0 F THE" → "O F THE").</summary>
    public static string DigitsForLetters(string heading) => IsCaps(heading) ? ZeroForO().Replace(heading, "O") : heading;

    /// <summary>True when a heading line starts with a connective ("OF THE MASSES"): a fragment of a longer heading.</summary>
    public static bool StartsWithConnective(string line) =>
        Connectives.Contains(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");

    /// <summary>Level 1 for unnumbered headings, 2 for numbered and Roman ones.</summary>
    public static int Level(HeadingShape shape) => shape is HeadingShape.Numbered or HeadingShape.Roman ? 2 : 1;

    /// <summary>"l. GROWTH OF THE" → "1. GROWTH OF THE" (Roman numbers stay); a missing space after the number is added.</summary>
    public static string NormaliseNumber(string t)
    {
        var m = Numbered().Match(t);
        if (!m.Success) return t;
        var n = m.Groups[1].Value == "l" ? "1" : m.Groups[1].Value;
        return n + ". " + t[m.Length..].TrimStart();
    }

    /// <summary>Title-cases an all-capital heading; words not in the word list and short (acronyms) stay capitals.</summary>
    public static string TitleCase(string heading, WordList words)
    {
        if (!IsCaps(heading)) return heading;
        var sb = new StringBuilder();
        var first = true;
        var inParentheses = false;
        foreach (var token in heading.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            if (token.StartsWith('(')) inParentheses = true;
            var core = token.Trim('(', ')', '\'', '‘', '’', '"', '“', '”', ':', ',', '.', '?', '!', ';', '\\');
            var mostlyCaps = core.Count(char.IsUpper) * 2 >= core.Count(char.IsLetter);
            if (core.Length == 0 || inParentheses || !mostlyCaps || Roman().IsMatch(core) || !core.Any(char.IsLetter)) sb.Append(token);
            else if (!first && SmallWords.Contains(core)) sb.Append(token.ToLowerInvariant());
            else if (words.IsKnown(core) || core.Length > 4 || words.IsEmpty) sb.Append(Capitalise(token));
            else sb.Append(token);
            if (token.EndsWith(')')) inParentheses = false;
            first = token.EndsWith(':') || NumberToken().IsMatch(token);
        }
        return sb.ToString();
    }

    private static string Capitalise(string token)
    {
        var chars = token.ToLowerInvariant().ToCharArray();
        var atStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (atStart) chars[i] = char.ToUpperInvariant(chars[i]);
                atStart = false;
            }
            else if (chars[i] is '-' or '(' or '/') atStart = true;
        }
        return new string(chars);
    }

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)\.?$")]
    private static partial Regex Roman();
    [GeneratedRegex(@"^(\d{1,2}|l|[IVX]{1,5})\s*\.\s*(?=['‘""“]?\p{Lu})")]
    private static partial Regex Numbered();
    [GeneratedRegex(@"^by\s+\p{Lu}[\p{L}.' -]+$")]
    private static partial Regex Byline();
    [GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial Regex NumberToken();
    [GeneratedRegex(@"(?<=\p{Lu}\s?)\b0\b|\b0\b(?=\s?\p{Lu})")]
    private static partial Regex ZeroForO();
    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Parenthetical();
}
