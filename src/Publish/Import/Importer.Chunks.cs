using System.Text;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// The import of a text too big to hold (issue 4: "a 50 MB text must finish, in bounded
/// memory"). The file is read three times, never held: once to decide its encoding
/// (<see cref="RawTextStream"/>), once for what needs the whole document (the kind and language,
/// judged on the first chunk; the document's word counts, which every word-level repair weighs;
/// the places of notes headings), and once to clean it chunk by chunk (<see cref="TextChunker"/>)
/// with the same cleaner, word list, word counts and memo tables a whole-text import would use.
/// Each chunk's Markdown and report items go to disk as they are made
/// (<see cref="PamphletStreamWriter"/>), inside the same hidden folder that is renamed into
/// place at the end. Memory is one chunk's working set plus the document statistics and the
/// note texts, whatever the size of the file.
/// </summary>
internal static partial class Importer
{
    /// <summary>
    /// File size from which a text is imported in chunks. Below it the whole-text import runs
    /// (every seed, and any pamphlet or book of normal length), whose peak stays below the
    /// chunked import's at this size (about 15 bytes per character of working set).
    /// </summary>
    public const long StreamFromBytes = 4L << 20;

    /// <summary>The count, in the summary, of the chunks a big text was cleaned in.</summary>
    public const string ChunksCount = "chunks cleaned one after another";

    private static ImportResult ImportInChunks(string rawPath, string slug, ImportKind kind, string sourcesDir, string outputDir, ChunkPlan plan)
    {
        ImportResult Fail(DiagnosticCode code, string message) =>
            new(outputDir, kind, [new Diagnostic(code, Severity.Error, rawPath, 1, 1, message)]);

        RawTextStream raw;
        string sample;
        try
        {
            raw = RawTextStream.Open(rawPath);
            sample = Sample(raw, plan.TargetChars);
        }
        catch (DiagnosticException e)
        {
            return new ImportResult(outputDir, kind, [e.Diagnostic]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(Codes.ImportUnreadable, $"cannot read the raw text: {e.Message}");
        }

        var report = new ImportReport();
        var (used, language) = JudgeKindAndLanguage(sample, kind, report, $"judged on the first {sample.Length:N0} characters");
        var lang = language.Lang ?? SpellingVariantDetector.Detect(sample);
        sample = "";

        DocumentStatistics statistics;
        try
        {
            statistics = DocumentStatistics.Gather(raw, used, plan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(Codes.ImportUnreadable, $"cannot read the raw text: {e.Message}");
        }
        if (!statistics.HasWords)
            return Fail(Codes.ImportUnreadable, "the raw text has no words: not a letter or digit in it");

        var context = new ImportContext(language.IsEnglish ? WordList.Load(sourcesDir) : WordList.Empty, report);
        string temp;
        try
        {
            temp = BeginWrite(outputDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(Codes.ImportWriteFailed, $"cannot write the import: {e.Message}");
        }
        try
        {
            var totals = new ImportReport();
            FrontMatter? meta = null;
            ImportedChronology? chronology = null;
            var entries = new List<ImportedChronologyEntry>();
            int written;
            using (var writer = new PamphletStreamWriter(Path.Combine(temp, ".work")))
            {
                var cleaner = CleanerFor(used);
                foreach (var chunk in TextChunker.Chunks(raw.Pieces(), plan, statistics.NotesHeadings))
                {
                    var chunkReport = chunk.Index == 0 ? report : new ImportReport();
                    var part = new ImportPart(chunk.Index, chunk.Index == 0, chunk.IsLast);
                    ImportedPamphlet pamphlet;
                    try
                    {
                        pamphlet = cleaner.Clean(chunk.Text, context.ForChunk(chunkReport, part, statistics.Vocabulary));
                    }
                    catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
                    {
                        return Fail(Codes.Internal, $"the {used.ToString().ToLowerInvariant()} cleaner failed on chunk {chunk.Index + 1}: {e.GetType().Name}: {e.Message}");
                    }
                    meta ??= pamphlet.Meta;
                    if (pamphlet.Chronology is { } found)
                    {
                        chronology ??= found;
                        entries.AddRange(found.Entries);
                    }
                    totals.AddCounts(chunkReport);
                    writer.Add(chunk.Index, pamphlet, chunkReport);
                }
                if (!writer.HasText)
                    return Fail(Codes.ImportNothingLeft,
                        $"no text is left after cleaning as '{used.ToString().ToLowerInvariant()}' (everything was taken for headers, noise or notes); try another --kind");
                totals.Count(ChunksCount, writer.Chunks);

                meta ??= new FrontMatter();
                var late = new ImportReport();
                meta.Title ??= GuessTitle(slug, late);
                meta.Lang ??= lang;
                string? chronologyText = null;
                if (chronology is not null && entries.Count > 0)
                {
                    meta.Chronology = ImportReport.ChronologyFile;
                    chronologyText = ChronologyWriter.Write(chronology with { Entries = entries });
                    File.WriteAllText(Path.Combine(temp, ImportReport.ChronologyFile), chronologyText, new UTF8Encoding(false));
                }

                var head = new List<Diagnostic>(raw.Diagnostics)
                {
                    new(Codes.ImportSummary, Severity.Note, ImportReport.PamphletFile, 1, 1, $"import summary: {totals.Summary()}"),
                };
                using var reportFile = new StreamWriter(Path.Combine(temp, ReportFile), false, new UTF8Encoding(false));
                foreach (var d in head) reportFile.Write(d + "\n");
                written = writer.Finish(meta, Path.Combine(temp, ImportReport.PamphletFile), reportFile, late.Items, chronologyText);
                reportFile.Dispose();
                Directory.Delete(Path.Combine(temp, ".work"), recursive: true);
                CommitWrite(temp, outputDir);
                return new ImportResult(outputDir, used, new ImportReportFile(head, Path.Combine(outputDir, ReportFile), written));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(Codes.ImportWriteFailed, $"cannot write the import: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The start of the text, about one chunk long, cut at a line end: what the kind and language are judged on.</summary>
    private static string Sample(RawTextStream raw, int chars)
    {
        var sb = new StringBuilder();
        foreach (var line in TextChunker.Lines(raw.Pieces(), chars))
        {
            sb.Append(line);
            if (sb.Length >= chars) break;
        }
        return sb.ToString();
    }
}

/// <summary>
/// What the first pass over a big text gathers for the cleaning pass: the document's word counts
/// (OCR scans only: the other cleaners do not weigh words), the character offsets of notes
/// headings (so a chunk keeps a notes section with its text), and whether it has a word at all.
/// </summary>
internal sealed class DocumentStatistics
{
    public DocumentVocabulary? Vocabulary { get; private init; }
    public IReadOnlyList<long> NotesHeadings { get; private init; } = [];
    public bool HasWords { get; private init; }

    public static DocumentStatistics Gather(RawTextStream raw, ImportKind kind, ChunkPlan plan)
    {
        var ocr = kind == ImportKind.Ocr;
        var vocabulary = ocr ? new DocumentVocabulary("", RealWordConfusionFixer.Printed) : null;
        var headings = new List<long>();
        var words = false;
        long offset = 0;
        var batch = new StringBuilder();
        foreach (var line in TextChunker.Lines(raw.Pieces(), plan.MaxChars))
        {
            if (!words) words = line.Any(char.IsLetterOrDigit);
            if (ocr && line.Length < 40 && NoteExtractor.IsNotesHeading(line)) headings.Add(offset);
            offset += line.Length;
            if (vocabulary is null) { if (words) break; continue; } // only OCR needs the whole pass
            batch.Append(line);
            if (batch.Length >= RawTextStream.BlockBytes) { vocabulary.Add(batch.ToString()); batch.Clear(); }
        }
        if (vocabulary is not null && batch.Length > 0) vocabulary.Add(batch.ToString());
        return new DocumentStatistics { Vocabulary = vocabulary, NotesHeadings = headings, HasWords = words };
    }
}
