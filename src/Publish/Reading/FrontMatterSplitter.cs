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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return ("", 0, text);
        for (int i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = new string('\n', i + 1) + string.Join('\n', lines[(i + 1)..]);
                return (yaml, 2, body);
            }
        }
        throw new DiagnosticException(new Diagnostic(Codes.FrontMatterUnclosed, Severity.Error, path, 1, 1,
            "front matter starts with '---' but no closing '---' line follows"));
    }
}
