using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>The OCR cleaner end to end on a small made-up scan: running heads, page numbers, footnotes, headings.</summary>
public class OcrCleanerTests
{
    private const string Scan = """
        THE DOCKERS' STRIKE

        by JOHN SMITH

        I. HOW IT BEGAN

        The strike began on a cold morning in the au-
        tumn of 1889, when the dockers of the West India
        Dock refused to work for less than sixpence an
        hour. Within a week the whole port had stopped,
        and the employers found themselves facing a move-
        ment they did not understand1.

        1 See B. Tillett, Memories and Reflections, London, 1931.
                                                           3
        THE DOCKERS' STRIKE
        II. WHAT IT WON

        The employers gave way after five weeks. The dock-
        ers won the right to organise2. Nothing was ever the same
        again in the East End.

        2 The union grew to thirty thousand members.
                                                           4
        THE DOCKERS' STRIKE
        The lesson was clear: self-
        organisation works when the workers decide.
                                                           5
        """;

    [Fact]
    public void Cleans_a_small_scan()
    {
        var sources = ImportTestSupport.TempSources();
        var raw = Path.Combine(sources, "scan.txt");
        File.WriteAllText(raw, Scan);
        var result = Importer.Import(raw, "dockers", ImportKind.Auto, sources, force: false);
        Assert.Equal(ImportKind.Ocr, result.DetectedKind);
        var md = File.ReadAllText(Path.Combine(result.OutputDir, "pamphlet.md"));
        Assert.StartsWith("---\ntitle: The Dockers' Strike\nauthor: John Smith\n", md);
        Assert.Contains("## I. How It Began", md);
        Assert.Contains("## II. What It Won", md);
        Assert.Contains("in the autumn of 1889", md);
        Assert.Contains("facing a movement they did not understand[^1].", md);
        Assert.Contains("The dockers won the right to organise[^2].", md);
        Assert.Contains("self-organisation works", md);
        Assert.Contains("[^1]: See B. Tillett, Memories and Reflections, London, 1931.", md);
        Assert.DoesNotContain("DOCKERS", md);
        Assert.Equal(2, md.Split("The Dockers' Strike").Length - 1);
        Assert.DoesNotContain("\n3\n", md);
    }
}
