using Publish.Diagnostics;

namespace Publish.Reading;

/// <summary>
/// Splits a source into its YAML front matter and its Markdown body. The body keeps its
/// position: the front matter's lines are blanked, so Markdown line numbers are file line numbers.
/// </summary>
internal static class FrontMatterSplitter
{
    /// <summary>The YAML text (empty if none), the first line of the YAML, and the blanked body.</summary>
    public static (string Yaml, int YamlFirstLine, string Body) Split(string text, string path)
    {
        if (Find(text, path) is not { } found) return ("", 0, text);
        var body = new string('\n', found.Lines) + text[found.BodyStart..];
        return (text[found.Yaml], 2, body);
    }

    /// <summary>The YAML text alone (empty if none) and its first line, for readers of the front matter only.</summary>
    public static (string Yaml, int YamlFirstLine) FrontMatter(string text, string path) =>
        Find(text, path) is { } found ? (text[found.Yaml], 2) : ("", 0);

    /// <summary>
    /// Where the front matter is: the YAML between the opening <c>---</c> line and the closing
    /// <c>---</c> (or <c>...</c>) line, how many lines those take with their delimiters, and
    /// where the body starts. Null when the text does not open with <c>---</c>. Lines end at
    /// '\n'; a '\r' before it, like any trailing space, does not stop a delimiter being one.
    /// </summary>
    private static (Range Yaml, int Lines, int BodyStart)? Find(string text, string path)
    {
        int end = LineEnd(text, 0);
        if (!IsDelimiter(text.AsSpan(0, end), opening: true)) return null;
        int yamlStart = Math.Min(end + 1, text.Length);
        int lines = 1;
        for (int start = yamlStart; end < text.Length; start = end + 1)
        {
            end = LineEnd(text, start);
            lines++;
            if (IsDelimiter(text.AsSpan(start, end - start), opening: false))
                return (yamlStart..Math.Max(yamlStart, start - 1), lines, Math.Min(end + 1, text.Length));
        }
        throw new DiagnosticException(new Diagnostic(Codes.FrontMatterUnclosed, Severity.Error, path, 1, 1,
            "front matter starts with '---' but no closing '---' line follows"));
    }

    private static int LineEnd(string text, int start)
    {
        int newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, bool opening)
    {
        var trimmed = line.TrimEnd();
        return trimmed is "---" || !opening && trimmed is "...";
    }
}
