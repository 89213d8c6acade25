using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Escapes plain text (OCR, mail, articles) so that CommonMark reads it as text: characters that
/// would start emphasis, links, HTML or code are backslashed, and a paragraph that happens to begin
/// like a heading, list item or quote gets its first mark escaped. Footnote references
/// <c>[^n]</c> already inserted are left alone.
/// </summary>
internal static partial class MarkdownEscaper
{
    public static string Escape(string text, bool blockStart = true)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[' && i + 1 < text.Length && text[i + 1] == '^')
            {
                var close = text.IndexOf(']', i);
                if (close > 0) { sb.Append(text, i, close - i + 1); i = close; continue; }
            }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<') sb.Append('\\');
            sb.Append(c);
        }
        return blockStart ? EscapeBlockStart(sb.ToString()) : sb.ToString();
    }

    /// <summary>
    /// Escapes what would turn plain prose into links, HTML or code (<c>[ ] &lt; ` \</c>) and a
    /// leading block mark, but leaves <c>*</c> and <c>_</c>: writers of mail and web text use them for emphasis.
    /// </summary>
    public static string EscapeLight(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!')) sb.Append('\\');
            else if (c is '\\' or '`' or '[' or ']') sb.Append('\\');
            sb.Append(c);
        }
        return EscapeBlockStart(sb.ToString());
    }

    /// <summary>Escapes only a leading block marker (<c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>1.</c>).</summary>
    public static string EscapeBlockStart(string text)
    {
        var m = BlockStart().Match(text);
        if (!m.Success) return text;
        return m.Groups["num"].Success
            ? text[..(m.Groups["num"].Index + m.Groups["num"].Length)] + "\\" + text[(m.Groups["num"].Index + m.Groups["num"].Length)..]
            : text[..m.Groups["mark"].Index] + "\\" + text[m.Groups["mark"].Index..];
    }

    [GeneratedRegex(@"^\s{0,3}(?:(?<mark>[#>+\-=])(?=\s|$|#)|(?<num>\d{1,9})[.)](?=\s|$))")]
    private static partial Regex BlockStart();
}
