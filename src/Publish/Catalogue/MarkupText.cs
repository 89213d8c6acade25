using System.Text;

namespace Publish.Catalogue;

/// <summary>
/// Text made safe for the catalogue's markup: characters XML 1.0 forbids are dropped (so the
/// polyglot page and the feed stay well-formed whatever the front matter holds), line breaks
/// become '\n', and <see cref="Escape"/> turns the markup characters into references.
/// </summary>
internal static class MarkupText
{
    /// <summary>Drops characters that XML 1.0 does not allow and normalises line breaks.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Cleans the text and escapes &amp;, &lt;, &gt; and " for element content or a double-quoted
    /// attribute (the only kind the catalogue writes, so apostrophes stay as they are).
    /// </summary>
    public static string Escape(string text)
    {
        var clean = Clean(text);
        var builder = new StringBuilder(clean.Length + 16);
        foreach (char c in clean)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Collapses runs of white space (including line breaks) into single spaces.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', Clean(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>XML 1.0 Char production, minus lone surrogates (handled by the caller) and non-characters.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
