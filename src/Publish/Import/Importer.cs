using System.Text;
using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// <c>publish import</c> as a library: raw text → <c>sources/&lt;slug&gt;/pamphlet.md</c> (front
/// matter + CommonMark with footnotes), <c>chronology.yaml</c> when the text has a chronology, and
/// <c>import-report.txt</c> listing every uncertain change as a note diagnostic. Files are written
/// to a temporary folder first and moved into place, so a failed import leaves nothing behind.
/// A file of <see cref="StreamFromBytes"/> or more is imported in chunks, in bounded memory
/// (<c>Importer.Chunks.cs</c>); below that the whole text is cleaned at once.
/// </summary>
internal static partial class Importer
{
    public const string ReportFile = "import-report.txt";

    public static ImportResult Import(string rawPath, string slug, ImportKind kind, string sourcesDir, bool force) =>
        Import(rawPath, slug, kind, sourcesDir, force, null, null);

    /// <param name="plan">Chunk sizes for a big text (tests make them small); null: <see cref="ChunkPlan.Default"/>.</param>
    /// <param name="streamFromBytes">File size from which the text is imported in chunks; null: <see cref="StreamFromBytes"/>.</param>
    internal static ImportResult Import(string rawPath, string slug, ImportKind kind, string sourcesDir, bool force, ChunkPlan? plan, long? streamFromBytes)
    {
        var outputDir = Path.Combine(sourcesDir, slug);
        ImportResult Fail(DiagnosticCode code, string path, string message) =>
            new(outputDir, kind, [new Diagnostic(code, Severity.Error, path, 1, 1, message)]);

        if (!SlugPattern().IsMatch(slug))
            return Fail(Codes.Usage, rawPath, $"slug '{slug}' must be lower-case letters, digits and hyphens");
        if ((Directory.Exists(outputDir) || File.Exists(outputDir)) && !force)
            return Fail(Codes.ImportTargetExists, outputDir, $"{outputDir} already exists; use --force to overwrite it");
        if (File.Exists(outputDir))
            return Fail(Codes.ImportTargetExists, outputDir, $"{outputDir} is a file, not a pamphlet folder; --force replaces only folders");

        if (File.Exists(rawPath) && new FileInfo(rawPath).Length >= (streamFromBytes ?? StreamFromBytes))
            return ImportInChunks(rawPath, slug, kind, sourcesDir, outputDir, plan ?? ChunkPlan.Default);

        RawText raw;
        try
        {
            raw = RawTextReader.Read(rawPath);
        }
        catch (DiagnosticException e)
        {
            return new ImportResult(outputDir, kind, [e.Diagnostic]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(Codes.ImportUnreadable, rawPath, $"cannot read the raw text: {e.Message}");
        }
        var text = raw.Text;
        if (string.IsNullOrWhiteSpace(text))
            return Fail(Codes.ImportUnreadable, rawPath, "the raw text is empty (only white space)");
        if (!text.Any(char.IsLetterOrDigit))
            return Fail(Codes.ImportUnreadable, rawPath, "the raw text has no words: not a letter or digit in it");

        var report = new ImportReport();
        var (used, language) = JudgeKindAndLanguage(text, kind, report);
        var context = new ImportContext(language.IsEnglish ? WordList.Load(sourcesDir) : WordList.Empty, report);
        ImportedPamphlet pamphlet;
        try
        {
            pamphlet = CleanerFor(used).Clean(text, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(Codes.Internal, rawPath, $"the {used.ToString().ToLowerInvariant()} cleaner failed: {e.GetType().Name}: {e.Message}");
        }
        if (pamphlet.Blocks.All(string.IsNullOrWhiteSpace))
            return Fail(Codes.ImportNothingLeft, rawPath,
                $"no text is left after cleaning as '{used.ToString().ToLowerInvariant()}' (everything was taken for headers, noise or notes); try another --kind");
        pamphlet.Meta.Title ??= GuessTitle(slug, report);
        pamphlet.Meta.Lang ??= language.Lang ?? SpellingVariantDetector.Detect(text);

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pamphlet.Chronology is { Entries.Count: > 0 } chronology)
        {
            pamphlet.Meta.Chronology = ImportReport.ChronologyFile;
            files[ImportReport.ChronologyFile] = ChronologyWriter.Write(chronology);
        }
        files[ImportReport.PamphletFile] = PamphletWriter.Write(pamphlet, report);

        var diagnostics = new List<Diagnostic>(raw.Diagnostics)
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

    /// <summary>
    /// Writes the files into a hidden folder beside the target, then renames it into place. With
    /// --force the old folder is first renamed aside and deleted only once the new one is in
    /// place (and renamed back if that fails), so at every moment <c>sources/&lt;slug&gt;</c> is
    /// either the old import or the new one, never a half-written folder. Hidden folders left by
    /// an import that was killed (their process is gone) are removed first.
    /// </summary>
    private static void WriteAtomically(string outputDir, Dictionary<string, string> files)
    {
        var temp = BeginWrite(outputDir);
        try
        {
            foreach (var (file, content) in files)
                File.WriteAllText(Path.Combine(temp, file), content, new UTF8Encoding(false));
            CommitWrite(temp, outputDir);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Creates the hidden folder an import is written into (see <see cref="WriteAtomically"/>); returns its path.</summary>
    private static string BeginWrite(string outputDir)
    {
        var full = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        RemoveStaleFolders(parent, name);
        var temp = Path.Combine(parent, $".{name}.import-{Environment.ProcessId}");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        return temp;
    }

    /// <summary>Moves a finished hidden folder into place, keeping the old import until the new one is there.</summary>
    private static void CommitWrite(string temp, string outputDir)
    {
        var full = Path.GetFullPath(outputDir);
        var aside = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.replaced-{Environment.ProcessId}");
        var replacing = Directory.Exists(full);
        if (replacing) Directory.Move(full, aside);
        try
        {
            Directory.Move(temp, full);
        }
        catch (Exception) when (replacing)
        {
            Directory.Move(aside, full);
            throw;
        }
        if (replacing) Directory.Delete(aside, recursive: true);
    }

    /// <summary>Deletes <c>.slug.import-PID</c> and <c>.slug.replaced-PID</c> folders whose process no longer runs.</summary>
    private static void RemoveStaleFolders(string parent, string name)
    {
        foreach (var dir in Directory.GetDirectories(parent, $".{name}.*-*"))
        {
            var suffix = Path.GetFileName(dir)[(name.Length + 2)..];
            var dash = suffix.LastIndexOf('-');
            if (dash < 0 || suffix[..dash] is not ("import" or "replaced") || !int.TryParse(suffix[(dash + 1)..], out var pid)) continue;
            if (pid != Environment.ProcessId && ProcessRuns(pid)) continue;
            if (suffix.StartsWith("replaced", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(parent, name)))
                Directory.Move(dir, Path.Combine(parent, name)); // killed between the two renames: the old import comes back
            else Directory.Delete(dir, recursive: true);
        }
    }

    private static bool ProcessRuns(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>
    /// Decides the text's kind (unless given) and language, and notes both in the report;
    /// <paramref name="basis"/> says what a big text's judgement rests on (its first part).
    /// </summary>
    private static (ImportKind Used, LanguageGuess Language) JudgeKindAndLanguage(string text, ImportKind kind, ImportReport report, string? basis = null)
    {
        var detection = KindDetector.Detect(text);
        var used = kind == ImportKind.Auto ? detection.Kind : kind;
        var on = basis is null ? "" : "; " + basis;
        report.Note(Codes.ImportKindDetected, kind == ImportKind.Auto
            ? $"detected kind '{used.ToString().ToLowerInvariant()}' with confidence {detection.Confidence:0.00} ({detection.Reason}{on})"
            : $"kind '{used.ToString().ToLowerInvariant()}' given; the text looks like '{detection.Kind.ToString().ToLowerInvariant()}' (confidence {detection.Confidence:0.00}, {detection.Reason}{on})");
        var language = LanguageGuesser.Guess(text);
        if (!language.IsEnglish)
            report.Note(Codes.ImportNotEnglish, $"the text reads as '{language.Lang}', not English ({language.Evidence}): " +
                                                "no OCR confusion fixes, glued-word splits or hyphen decisions by the English word list", "lang:");
        return (used, language);
    }
}
