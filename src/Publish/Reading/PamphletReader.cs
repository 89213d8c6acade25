using System.Text.RegularExpressions;
using Markdig;
using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Reading;

/// <summary>
/// Reads <c>sources/&lt;slug&gt;/pamphlet.md</c> into a <see cref="Document"/>: front matter,
/// Markdown body split into sections at its top heading level, and note definitions.
/// Problems go to the diagnostic bag; the result is null when nothing sensible can be built.
/// </summary>
internal static partial class PamphletReader
{
    public const string FileName = "pamphlet.md";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();

    public static Document? Read(string pamphletDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(pamphletDir, FileName);
        var slug = Path.GetFileName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.SourceMissing, path, 1, 1, e is FileNotFoundException or DirectoryNotFoundException
                ? $"no {FileName} in {pamphletDir}" : $"cannot read {FileName}: {e.Message}");
            return null;
        }

        string text;
        try { text = SourceText.Decode(bytes, path); }
        catch (DiagnosticException e) { diagnostics.Add(e.Diagnostic); return null; }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(Codes.EmptySource, path, 1, 1, "the source is empty");
            return null;
        }

        string yaml, body;
        int yamlLine;
        try { (yaml, yamlLine, body) = FrontMatterSplitter.Split(text, path); }
        catch (DiagnosticException e) { diagnostics.Add(e.Diagnostic); return null; }
        if (yamlLine == 0)
        {
            diagnostics.Error(Codes.TitleMissing, path, 1, 1, "no front matter: start the file with '---', a 'title:' line and '---'");
            return null;
        }

        var metadata = new FrontMatterReader(path, yamlLine, diagnostics).Read(yaml);
        if (metadata is null) return null;
        if (string.IsNullOrWhiteSpace(body))
        {
            diagnostics.Error(Codes.EmptySource, path, text.Count(c => c == '\n') + 1, 1, "the source has front matter but no text");
            return null;
        }

        Markdig.Syntax.MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(AdjacentNoteRefs().Replace(body, "$1\u2009"), Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses nesting past its depth limit (hundreds of '>' or list levels).
            var (line, column) = DeepestLine(body);
            diagnostics.Error(Codes.NestingTooDeep, path, line, column,
                "quotes, lists or emphasis are nested too deeply to be read (Markdig's limit); flatten them");
            return null;
        }
        var converter = new BlockConverter();
        var blocks = converter.Convert(markdown);
        if (blocks.Count == 0)
        {
            diagnostics.Error(Codes.EmptySource, path, yamlLine, 1, "the source has front matter but no text");
            return null;
        }

        ReportDuplicateLabels(body, path, diagnostics);
        new SourceChecks(pamphletDir, path, diagnostics).Check(blocks);

        var notes = converter.Footnotes
            .Select(f => new Note(NoteLabel(f.Footnote.Label), 0, "", f.Blocks) { Span = new SourceSpan(f.Footnote.Line + 1, f.Footnote.Column + 1) })
            .ToList();
        ReportUnreferenced(body, path, notes, diagnostics);
        notes.ForEach(n => new SourceChecks(pamphletDir, path, diagnostics).Check(n.Blocks));

        return new Document(slug, path, metadata, Sectioner.Split(blocks), notes);
    }

    /// <summary>The line with the longest run of container marks ('&gt;', list bullets, indentation) at its start, and the column where it ends.</summary>
    private static (int Line, int Column) DeepestLine(string body)
    {
        var lines = body.Split('\n');
        int best = 0, bestLength = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var length = 0;
            while (length < lines[i].Length && lines[i][length] is '>' or ' ' or '\t' or '-' or '*' or '+') length++;
            if (length > bestLength) (best, bestLength) = (i, length);
        }
        return (best + 1, Math.Max(1, bestLength));
    }

    /// <summary>Markdig keeps the caret in a footnote's label ("^1"); the model does not.</summary>
    public static string NoteLabel(string? label) => (label ?? "").TrimStart('^');

    /// <summary>Markdig drops definitions nothing refers to; find them in the text to report them.</summary>
    private static void ReportUnreferenced(string body, string path, List<Note> notes, DiagnosticBag diagnostics)
    {
        var kept = notes.Select(n => n.Label).ToHashSet();
        var reported = new HashSet<string>();
        foreach (Match match in Definition().Matches(body))
        {
            var label = match.Groups[1].Value;
            if (kept.Contains(label) || !reported.Add(label)) continue;
            int line = body.AsSpan(0, match.Index).Count('\n') + 1;
            diagnostics.Warning(Codes.NoteUnreferenced, path, line, 1, $"note [^{label}] is defined but never referenced (left out)");
        }
    }

    /// <summary>
    /// Two note references side by side ("[^1][^2]") read as a reference link in CommonMark;
    /// a thin space between them keeps both notes (and sets the numbers apart).
    /// </summary>
    [GeneratedRegex(@"(\[\^[^\]\s]+\])(?=\[\^)")]
    private static partial Regex AdjacentNoteRefs();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]]+)\]:", RegexOptions.Multiline)]
    private static partial Regex Definition();

    private static void ReportDuplicateLabels(string body, string path, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>();
        foreach (Match match in Definition().Matches(body))
        {
            int line = body.AsSpan(0, match.Index).Count('\n') + 1;
            var label = match.Groups[1].Value;
            if (seen.TryGetValue(label, out var first))
                diagnostics.Error(Codes.NoteDuplicate, path, line, 1, $"note [^{label}] is already defined on line {first}");
            else seen[label] = line;
        }
    }
}
