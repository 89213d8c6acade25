using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Tests.Layout;

/// <summary>
/// Words for comparing a source with the text a PDF gives back: Markdown syntax dropped, case,
/// quotes and dashes normalised, and hyphens removed inside words on both sides, so that a word
/// hyphenated at a line end ("organ-\nisation") and a compound ("self-activity") compare equal
/// however the lines fell.
/// </summary>
internal static partial class SourceWords
{
    /// <summary>The words of a pamphlet.md, footnote definitions moved to the end (where the endnotes are).</summary>
    public static List<string> FromMarkdown(string markdown)
    {
        var (text, notes) = Parts(markdown);
        return [.. text, .. notes];
    }

    /// <summary>
    /// The words of a pamphlet.md's text and of its footnote definitions, apart (footnotes are set
    /// at the foot of their pages, so each reads in order on its own, not one after the other).
    /// </summary>
    public static (List<string> Text, List<string> Notes) Parts(string markdown)
    {
        var text = FrontMatter().Replace(markdown, "");
        var body = new StringBuilder();
        var notes = new StringBuilder();
        bool inNote = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (NoteDefinition().IsMatch(line)) { inNote = true; notes.AppendLine(NoteDefinition().Replace(line, "")); continue; }
            if (inNote && (line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'))) { notes.AppendLine(line); continue; }
            if (line.Trim().Length > 0) inNote = false;
            body.AppendLine(line);
        }
        return (Clean(body.ToString()), Clean(notes.ToString()));
    }

    private static List<string> Clean(string all)
    {
        all = Image().Replace(all, "");
        all = Link().Replace(all, "$1");
        all = AutoLink().Replace(all, "$1");
        all = Attributes().Replace(all, "");
        all = NoteReference().Replace(all, " ");
        all = HtmlTag().Replace(all, " ");
        all = all.Replace("\\", "");
        return Words(all);
    }

    /// <summary>
    /// The words of pdftotext output, words broken at line ends rejoined and note numbers set as
    /// superscripts right after a word ("Party5," for "Party[^5],") taken off it, as the source's
    /// references are.
    /// </summary>
    public static List<string> FromPdfText(string text) => Words(GluedNoteNumber().Replace(LineEndHyphen().Replace(text, "$1$2"), "$1 "));

    public static List<string> Words(string text)
    {
        text = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02bc' or '\'' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => c,
            });
        text = WordHyphenLookahead().Replace(sb.ToString(), "$1");
        text = text.Replace("'", "");
        return WordPattern().Matches(text).Select(m => m.Value).ToList();
    }

    /// <summary>
    /// The length of the longest common subsequence of two word lists (Myers' O((N+M)D) greedy
    /// algorithm; D, the number of differing words, is small when the texts agree).
    /// </summary>
    public static int CommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] A = a.Select(w => Id(w)).ToArray(), B = b.Select(w => Id(w)).ToArray();
        int n = A.Length, m = B.Length, max = n + m;
        var v = new int[2 * max + 2];
        for (int d = 0; d <= max; d++)
        {
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && A[x] == B[y]) { x++; y++; }
                v[max + k] = x;
                if (x >= n && y >= m) return (n + m - d) / 2;
            }
        }
        return 0;

        int Id(string w)
        {
            if (!ids.TryGetValue(w, out var id)) ids[w] = id = ids.Count;
            return id;
        }
    }

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)] private static partial Regex FrontMatter();
    [GeneratedRegex(@"^\[\^[^\]]+\]:\s?")] private static partial Regex NoteDefinition();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]^][^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"<((?:https?|mailto):[^>]+)>")] private static partial Regex AutoLink();
    [GeneratedRegex(@"\{[#.][^}]*\}")] private static partial Regex Attributes();
    [GeneratedRegex(@"\[\^[^\]]+\]")] private static partial Regex NoteReference();
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"(\p{L})-\s*\n\s*(\p{L})")] private static partial Regex LineEndHyphen();
    [GeneratedRegex(@"(\p{L}[.,;:!?'’)]?)\d{1,3}(?![\p{L}\p{N}])")] private static partial Regex GluedNoteNumber();
    [GeneratedRegex(@"(\p{L})-(?=\p{L})")] private static partial Regex WordHyphenLookahead();
    [GeneratedRegex(@"[\p{L}\p{N}]+")] private static partial Regex WordPattern();
}
