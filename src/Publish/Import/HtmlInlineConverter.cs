using System.Net;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Turns the inline HTML that exports leave in Markdown into Markdown: <c>&lt;em&gt;</c>,
/// <c>&lt;i&gt;</c> → <c>*x*</c>; <c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c> → <c>**x**</c>;
/// <c>&lt;br&gt;</c> → a hard line break; external <c>&lt;a href&gt;</c> → links; other tags
/// dropped (their text kept); entities decoded.
/// </summary>
internal static partial class HtmlInlineConverter
{
    public static string Convert(string text)
    {
        text = Emphasis().Replace(text, m => Wrap(m.Groups[2].Value, "*"));
        text = Strong().Replace(text, m => Wrap(m.Groups[2].Value, "**"));
        text = Break().Replace(text, "\\\n");
        text = Anchor().Replace(text, m =>
        {
            var href = WebUtility.HtmlDecode(m.Groups["href"].Value);
            var inner = m.Groups["text"].Value;
            return href.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? $"[{inner}]({href})" : inner;
        });
        text = OtherTag().Replace(text, "");
        return text.Contains('&') ? Entity().Replace(text, m => WebUtility.HtmlDecode(m.Value)) : text;
    }

    /// <summary>Wraps text in a Markdown delimiter, keeping surrounding spaces outside it (CommonMark needs that).</summary>
    private static string Wrap(string inner, string delimiter)
    {
        if (inner.Trim().Length == 0) return inner;
        var lead = inner[..(inner.Length - inner.TrimStart().Length)];
        var trail = inner[inner.TrimEnd().Length..];
        return lead + delimiter + inner.Trim() + delimiter + trail;
    }

    [GeneratedRegex(@"<(em|i)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Emphasis();
    [GeneratedRegex(@"<(strong|b)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Strong();
    [GeneratedRegex(@"<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Break();
    [GeneratedRegex(@"<a\b[^>]*?href=""(?<href>[^""]*)""[^>]*>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchor();
    [GeneratedRegex(@"</?(span|div|p|font|u|small|big|center|sup(?!>\s*\[?\d)|sub|abbr|cite|ins|del)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTag();
    [GeneratedRegex(@"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")]
    private static partial Regex Entity();
}
