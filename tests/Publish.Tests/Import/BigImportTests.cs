using System.Text;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>
/// Issue 4, "a 50 MB text must finish in bounded memory": the passes that used to redo work
/// over the whole text (or the whole paragraph) for every line must stay linear. Checked by the
/// bytes a pass allocates on its thread (deterministic, unlike time or the working set).
/// </summary>
public class BigImportTests
{
    /// <summary>Hard-wrapped lines of one paragraph that never ends a sentence, with words broken at line ends.</summary>
    private static string EndlessParagraph(int lines)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines; i++)
            sb.Append(i % 2 == 0 ? $"the workers of council {i} and their self-man-\n" : $"agement of production in the party {i} with\n");
        return sb.ToString();
    }

    [Fact]
    public void A_paragraph_of_many_thousand_lines_is_joined_in_linear_allocation()
    {
        var text = EndlessParagraph(40_000); // ~1.8 MB in one paragraph
        var lines = OcrLine.Split(text);
        var context = ImportTestSupport.Context(text, "management");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var blocks = LineUnwrapper.Unwrap(lines, context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var block = Assert.Single(blocks);
        Assert.StartsWith("the workers of council 0 and their self-management of production in the party 1 with the workers of council 2", block.Text);
        Assert.EndsWith("in the party 39999 with", block.Text);
        // Copying the paragraph so far on every line would allocate ~40,000 × 0.9 MB (36 GB).
        Assert.True(allocated < 60L * text.Length * sizeof(char), $"allocated {allocated:N0} bytes for a {text.Length:N0}-character paragraph");
    }

    [Fact]
    public void The_builder_path_joins_exactly_as_joining_line_by_line()
    {
        var text = EndlessParagraph(300);
        var lines = OcrLine.Split(text);
        var built = Assert.Single(LineUnwrapper.Unwrap(lines, ImportTestSupport.Context(text, "management"))).Text;

        var context = ImportTestSupport.Context(text, "management");
        var folded = lines.Where(l => !l.IsBlank).Select(l => l.Trimmed).Aggregate((a, b) => LineUnwrapper.JoinLines(a, b, context));
        Assert.Equal(folded, built);
    }

    [Fact]
    public void A_scan_of_many_pages_with_running_heads_imports_in_linear_allocation()
    {
        var page = new StringBuilder();
        var raw = new StringBuilder();
        for (var p = 1; p <= 1500; p++)
        {
            page.Clear();
            page.Append("THE WORKERS' OPPOSITION\n\n");
            for (var l = 0; l < 12; l++) page.Append($"the workers of council {p} came to the party and its trade unions in {l}\n");
            page.Append($"with production.\n\n{p}\n\n");
            raw.Append(page);
        }
        var sources = ImportTestSupport.TempSources();
        try
        {
            var path = Path.Combine(sources, "big.txt");
            File.WriteAllText(path, raw.ToString());
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = Importer.Import(path, "big", ImportKind.Ocr, sources, force: false);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.False(result.Failed, string.Join('\n', result.Report));
            var md = File.ReadAllText(Path.Combine(sources, "big", ImportReport.PamphletFile));
            Assert.DoesNotContain("THE WORKERS' OPPOSITION\n\nthe workers of council 2 ", md);
            Assert.Contains("the workers of council 1500 came", md);
            // About 900 bytes per character today (words, tokens, report, the written files); a
            // pass that copied the text per page or per paragraph would pass this by far.
            Assert.True(allocated < 2000L * raw.Length, $"allocated {allocated:N0} bytes for {raw.Length:N0} characters");
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }
}
