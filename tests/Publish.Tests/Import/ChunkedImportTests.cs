using System.Text;
using System.Text.RegularExpressions;
using Publish.Diagnostics;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>
/// Issue 4, "a 50 MB text must finish, in bounded memory": a text above the size limit is read,
/// cleaned and written chunk by chunk. These tests make a text of a few megabytes and import it
/// through small chunks, checking that nothing is lost, reordered or left unlinked at the cuts.
/// </summary>
public class ChunkedImportTests
{
    /// <summary>Small chunks, so a text of a few megabytes is cut many times.</summary>
    private static readonly ChunkPlan Small = new(256 << 10, 1 << 20, 128 << 10);

    /// <summary>An Anarchist Library export: numbered paragraphs with note marks throughout, all note texts at the end.</summary>
    private static string LibraryExport(int paragraphs, int notes)
    {
        var sb = new StringBuilder("# The Long Pamphlet\n\nAnn Author\n\n");
        var note = 0;
        for (var i = 0; i < paragraphs; i++)
        {
            if (i % 500 == 0) sb.Append($"## Part {i / 500 + 1}\n\n");
            sb.Append($"Paragraph {i} opens here, and the workers of the council met in the hall to speak of production and of the trade unions");
            if (i % (paragraphs / notes) == 0 && note < notes) sb.Append($"<sup>{++note}</sup>");
            sb.Append($". The meeting went on late into the night, and paragraph {i} closes here.\n\n");
        }
        sb.Append("---\n\n");
        for (var n = 1; n <= notes; n++) sb.Append($"<sup>{n}</sup> Note {n} explains the mark in the text.\n\n");
        return sb.ToString();
    }

    private static (int Chunks, string Markdown) ImportBig(string text, ImportKind kind)
    {
        var sources = ImportTestSupport.TempSources();
        try
        {
            var path = Path.Combine(sources, "big.txt");
            File.WriteAllText(path, text);
            var result = Importer.Import(path, "big", kind, sources, force: false, Small, streamFromBytes: 0);
            Assert.False(result.Failed, string.Join('\n', result.Report));
            var markdown = File.ReadAllText(Path.Combine(sources, "big", ImportReport.PamphletFile));
            var report = result.Report.ToList(); // read back from import-report.txt: it must parse
            Assert.Equal(File.ReadAllLines(Path.Combine(sources, "big", Importer.ReportFile)), report.Select(d => d.ToString()));
            var summary = report.Single(d => d.Code == Codes.ImportSummary).Message;
            return (int.Parse(Regex.Match(summary, Importer.ChunksCount + @": (\d+)").Groups[1].Value), markdown);
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }

    [Fact]
    public void A_library_export_of_several_megabytes_arrives_whole_in_order_with_its_notes_linked_across_chunks()
    {
        const int paragraphs = 12_000, notes = 40;
        var (chunks, md) = ImportBig(LibraryExport(paragraphs, notes), ImportKind.Library);

        Assert.True(chunks > 5, $"{chunks} chunks");
        var at = -1;
        for (var i = 0; i < paragraphs; i++)
        {
            var opens = md.IndexOf($"Paragraph {i} opens here, and the workers", at + 1, StringComparison.Ordinal);
            Assert.True(opens > at, $"paragraph {i} is missing or out of order");
            var closes = md.IndexOf($"paragraph {i} closes here.", opens, StringComparison.Ordinal);
            Assert.True(closes > opens && md.IndexOf('\n', opens) > closes, $"paragraph {i} is broken");
            at = closes;
        }
        // Every mark in the early chunks finds its note text in the last chunk.
        for (var n = 1; n <= notes; n++)
        {
            Assert.Contains($"[^{n}]: Note {n} explains the mark in the text.", md);
            Assert.Equal(2, Regex.Matches(md, Regex.Escape($"[^{n}]")).Count);
        }
        Assert.StartsWith("---\ntitle: The Long Pamphlet\n", md);
    }

    [Fact]
    public void A_hard_wrapped_scan_is_cleaned_in_chunks_with_the_same_repairs_as_whole()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 6_000; i++)
        {
            sb.Append($"Paragraph {i} tells how the workers of the council came to the party and its trade\n");
            sb.Append("unions, and how the self-man-\nagement of production was the question of the day.\n\n");
        }
        var text = sb.ToString();
        var (chunks, md) = ImportBig(text, ImportKind.Ocr);

        Assert.True(chunks > 2, $"{chunks} chunks");
        var at = -1;
        for (var i = 0; i < 6_000; i++)
        {
            var found = md.IndexOf($"Paragraph {i} tells how the workers of the council came to the party and its trade unions, and how the self-management of production", at + 1, StringComparison.Ordinal);
            Assert.True(found > at, $"paragraph {i} is missing, out of order or not unwrapped");
            at = found;
        }
    }

    [Fact]
    public void The_chunker_cuts_only_at_paragraph_breaks_and_loses_nothing()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 3_000; i++) sb.Append($"line one of paragraph {i}\nline two of paragraph {i}\n\n");
        var text = sb.ToString();
        var pieces = Enumerable.Range(0, text.Length / 1000 + 1).Select(k => text.Substring(k * 1000, Math.Min(1000, text.Length - k * 1000))).Where(p => p.Length > 0);

        var chunks = TextChunker.Chunks(pieces, new ChunkPlan(10_000, 40_000, 5_000)).ToList();

        Assert.True(chunks.Count > 5);
        Assert.Equal(text, string.Concat(chunks.Select(c => c.Text)));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
        Assert.True(chunks[^1].IsLast);
        Assert.All(chunks[..^1], c => { Assert.False(c.IsLast); Assert.EndsWith("\n\n", c.Text); });
    }

    [Fact]
    public void A_notes_section_just_past_a_cut_stays_with_its_text()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 200; i++) sb.Append($"text of paragraph {i} with words\n\n");
        var notesAt = sb.Length + "CHAPTER ONE\n\nclosing words\n\n".Length;
        sb.Append("CHAPTER ONE\n\nclosing words\n\nNOTES\n\n1. the first note\n\n2. the second note\n\nCHAPTER TWO\n\nmore text\n\n");
        var text = sb.ToString();

        var chunks = TextChunker.Chunks([text], new ChunkPlan(notesAt - 200, 100_000, 1_000), [notesAt]).ToList();

        Assert.Equal(2, chunks.Count);
        Assert.EndsWith("2. the second note\n\n", chunks[0].Text);
        Assert.StartsWith("CHAPTER TWO", chunks[1].Text);
    }

    [Fact]
    public void A_big_latin1_text_reads_in_pieces_exactly_as_whole()
    {
        var sb = new StringBuilder();
        for (var i = 0; sb.Length < 3 * RawTextStream.BlockBytes; i++) sb.Append($"Le café numéro {i} de Besançon\r\nest fermé, enfin.\r\n\r\n");
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes(sb.ToString()));
            var whole = RawTextReader.Read(path);
            var stream = RawTextStream.Open(path);

            var pieces = stream.Pieces().ToList();
            Assert.True(pieces.Count >= 3);
            Assert.Equal(whole.Text, string.Concat(pieces));
            Assert.Equal(whole.Encoding, stream.Encoding);
            Assert.Equal(whole.Diagnostics.Select(d => d.ToString()), stream.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_big_damaged_utf8_text_is_refused_at_the_same_place_as_whole()
    {
        var sb = new StringBuilder();
        for (var i = 0; sb.Length < 2 * RawTextStream.BlockBytes; i++) sb.Append($"Größe {i} über alles\n");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString()).ToList();
        bytes.Insert(bytes.Count - 100, 0xFF);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes.ToArray());
            var whole = Assert.Throws<DiagnosticException>(() => RawTextReader.Read(path)).Diagnostic;
            var streamed = Assert.Throws<DiagnosticException>(() => RawTextStream.Open(path)).Diagnostic;
            Assert.Equal(whole.ToString(), streamed.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
