using System.Text;
using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// <c>publish import</c> as a library: raw text → <c>sources/&lt;slug&gt;/pamphlet.md</c> (front
/// matter + CommonMark with footnotes), <c>chronology.yaml</c> when the text has a chronology, and
/// <c>import-report.txt</c> listing every uncertain change as a note diagnostic. Files are written
/// to a temporary folder first and moved into place, so a failed import leaves nothing behind.
/// </summary>
internal static partial class Importer
{
    public const string ReportFile = "import-report.txt";

    public static ImportResult Import(string rawPath, string slug, ImportKind kind, string sourcesDir, bool force)
    {
        var outputDir = Path.Combine(sourcesDir, slug);
        ImportResult Fail(DiagnosticCode code, string path, string message) =>
            new(outputDir, kind, [new Diagnostic(code, Severity.Error, path, 1, 1, message)]);

        if (!SlugPattern().IsMatch(slug))
            return Fail(Codes.Usage, rawPath, $"slug '{slug}' must be lower-case letters, digits and hyphens");
        if (Directory.Exists(outputDir) && !force)
            return Fail(Codes.ImportTargetExists, outputDir, $"{outputDir} already exists; use --force to overwrite it");

        string text;
        try
        {
            text = RawTextReader.Read(rawPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(Codes.ImportUnreadable, rawPath, $"cannot read the raw text: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(text))
            return Fail(Codes.ImportUnreadable, rawPath, "the raw text is empty");

        var report = new ImportReport();
        var detection = KindDetector.Detect(text);
        var used = kind == ImportKind.Auto ? detection.Kind : kind;
        report.Note(Codes.ImportKindDetected, kind == ImportKind.Auto
            ? $"detected kind '{used.ToString().ToLowerInvariant()}' with confidence {detection.Confidence:0.00} ({detection.Reason})"
            : $"kind '{used.ToString().ToLowerInvariant()}' given; the text looks like '{detection.Kind.ToString().ToLowerInvariant()}' (confidence {detection.Confidence:0.00}, {detection.Reason})");

        var context = new ImportContext(WordList.Load(sourcesDir), report);
        ImportedPamphlet pamphlet;
        try
        {
            pamphlet = CleanerFor(used).Clean(text, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(Codes.Internal, rawPath, $"the {used.ToString().ToLowerInvariant()} cleaner failed: {e.GetType().Name}: {e.Message}");
        }
        pamphlet.Meta.Title ??= GuessTitle(slug, report);
        pamphlet.Meta.Lang ??= SpellingVariantDetector.Detect(text);

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pamphlet.Chronology is { Entries.Count: > 0 } chronology)
        {
            pamphlet.Meta.Chronology = ImportReport.ChronologyFile;
            files[ImportReport.ChronologyFile] = ChronologyWriter.Write(chronology);
        }
        files[ImportReport.PamphletFile] = PamphletWriter.Write(pamphlet, report);

        var diagnostics = new List<Diagnostic>
        {
            new(Codes.ImportSummary, Severity.Note, ImportReport.PamphletFile, 1, 1, $"import summary: {report.Summary()}"),
        };
        diagnostics.AddRange(report.Resolve(files));
        files[ReportFile] = string.Join('\n', diagnostics.Select(d => d.ToString())) + "\n";

        try
        {
            WriteAtomically(outputDir, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(Codes.ImportWriteFailed, outputDir, $"cannot write the import: {e.Message}");
        }
        return new ImportResult(outputDir, used, diagnostics);
    }

    /// <summary>The cleaner for a kind (Auto must have been resolved before).</summary>
    public static ICleaner CleanerFor(ImportKind kind) => kind switch
    {
        ImportKind.Ocr => new OcrCleaner(),
        ImportKind.Wiki => new WikiCleaner(),
        ImportKind.Library => new LibraryCleaner(),
        ImportKind.Mail => new MailCleaner(),
        _ => new ArticleCleaner(),
    };

    private static string GuessTitle(string slug, ImportReport report)
    {
        var title = string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        report.Note(Codes.MetadataGuessed, $"no title found in the text; title '{title}' made from the slug", "title:");
        return title;
    }

    private static void WriteAtomically(string outputDir, Dictionary<string, string> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputDir))!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(outputDir)}.import-{Environment.ProcessId}");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var (name, content) in files)
                File.WriteAllText(Path.Combine(temp, name), content, new UTF8Encoding(false));
            if (Directory.Exists(outputDir)) Directory.Delete(outputDir, recursive: true);
            Directory.Move(temp, outputDir);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
