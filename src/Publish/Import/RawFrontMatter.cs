using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Splits a leading YAML front matter block (<c>---</c> … <c>---</c>) from a raw text and reads
/// its top-level <c>key: value</c> pairs as strings (quotes removed). Enough for wiki exports;
/// nested values are ignored.
/// </summary>
internal static partial class RawFrontMatter
{
    public static (Dictionary<string, string> Fields, string Body) Split(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var m = Block().Match(text);
        if (!m.Success) return (fields, text);
        foreach (var line in m.Groups[1].Value.Split('\n'))
        {
            var kv = Pair().Match(line);
            if (kv.Success) fields[kv.Groups[1].Value] = Unquote(kv.Groups[2].Value.Trim());
        }
        return (fields, text[m.Length..]);
    }

    private static string Unquote(string v)
    {
        if (v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\''))
            v = v[0] == '\'' ? v[1..^1].Replace("''", "'") : v[1..^1].Replace("\\\"", "\"");
        return v;
    }

    [GeneratedRegex(@"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(\n|\z)", RegexOptions.Singleline)]
    private static partial Regex Block();
    [GeneratedRegex(@"^([A-Za-z][\w-]*):\s*(.*)$")]
    private static partial Regex Pair();
}
