using Publish.Cli;
using Publish.Diagnostics;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pipeline;

/// <summary>
/// A pamphlet that throws inside a stage of <c>publish build</c> is reported with its path and a
/// code, never a stack trace; the other pamphlets still build (in parallel too); the exit code is 1.
/// </summary>
public sealed class StageFailureTests
{
    private const string Good = "---\ntitle: Good\n---\n\n# Start\n\nSome text that builds.\n";

    /// <summary>
    /// The writing stage throws (its output folder is taken by a file); and a source nested past
    /// Markdig's limit, which used to throw from the reader, is a PUB1101 of its own.
    /// </summary>
    [Fact]
    public void A_pamphlet_that_throws_in_a_stage_fails_alone_with_a_coded_diagnostic()
    {
        using var temp = TestPaths.Temp();
        var good = temp.Pamphlet("good", Good);
        var blocked = temp.Pamphlet("blocked", Good.Replace("Good", "Blocked"));
        var deep = temp.Pamphlet("deep", "---\ntitle: Deep\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 3000)) + "text\n");
        var other = temp.Pamphlet("other", Good.Replace("Good", "Other"));
        var artifacts = Path.Combine(temp.Path, "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "blocked"), "a file where the pamphlet's output folder should go");

        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = BuildCommand.Run([good, blocked, deep, other], artifacts, "epub", jobs: 2, output, error, noCache: true);

        Assert.Equal(1, exit);
        var err = error.ToString().Replace('\\', '/');
        Assert.Matches(@"sources/blocked/pamphlet\.md:1:1: error PUB9999: internal error while building 'blocked': IOException", err);
        Assert.Matches(@"sources/deep/pamphlet\.md:5:\d+: error PUB1101: ", err);
        Assert.DoesNotContain("   at ", err);
        Assert.True(File.Exists(Path.Combine(artifacts, "good", "good.epub")));
        Assert.True(File.Exists(Path.Combine(artifacts, "other", "other.epub")));
        Assert.False(Directory.Exists(Path.Combine(artifacts, "deep")) && Directory.EnumerateFiles(Path.Combine(artifacts, "deep")).Any());
        Assert.Contains("2 failed", output.ToString());
    }

    [Fact]
    public void Every_failure_names_the_pamphlet_source_and_a_code()
    {
        using var temp = TestPaths.Temp();
        var blocked = temp.Pamphlet("blocked", Good);
        var artifacts = Path.Combine(temp.Path, "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "blocked"), "");
        var services = new Publish.Pipeline.BuildServices(new Publish.Pipeline.Workspace(TestPaths.Root)) { SourceDateEpoch = null };
        var result = Assert.Single(new Publish.Pipeline.CatalogueBuilder(services) { UseCache = false }
            .Build([blocked], artifacts, Publish.Pipeline.OutputFormat.Epub, jobs: 1));
        var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(Codes.Internal, d.Code);
        Assert.Equal(Path.Combine(blocked, "pamphlet.md"), d.Path);
        Assert.Empty(result.Outputs);
    }

    /// <summary>
    /// A figure whose PNG has a valid header (so it is sized and placed) but broken data fails its
    /// pamphlet's PDF with PUB2007 at the image's path; no PDF is left behind.
    /// </summary>
    [Fact]
    public void A_figure_that_cannot_be_embedded_fails_the_pdf_with_a_coded_diagnostic()
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("figure", "---\ntitle: Figure\n---\n\n# Start\n\n![A plan](plan.png)\n\nText after it.\n");
        var png = TestPng.Grey(40, 20);
        png[^20] ^= 0xFF; // inside IDAT or IEND: the chunk's CRC no longer matches
        File.WriteAllBytes(Path.Combine(dir, "plan.png"), png);
        var artifacts = Path.Combine(temp.Path, "artifacts");

        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = BuildCommand.Run([dir], artifacts, "pdf", jobs: 1, output, error, noCache: true);

        Assert.Equal(1, exit);
        var err = error.ToString().Replace('\\', '/');
        Assert.Matches(@"figure/plan\.png:1:1: error PUB2007: image cannot be placed in the PDF: ", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(File.Exists(Path.Combine(artifacts, "figure", "figure.pdf")));
    }
}
