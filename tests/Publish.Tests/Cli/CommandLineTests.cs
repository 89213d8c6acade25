using Publish.Cli;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Cli;

/// <summary>Exit codes, diagnostics on stderr, atomic outputs and isolation between pamphlets.</summary>
[Collection("working directory")]
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = PublishCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Styled(TempFolder temp)
    {
        var styles = Path.Combine(temp.Path, "styles");
        TestPaths.CopyDirectory(TestPaths.Styles, styles);
        return temp.Path;
    }

    [Fact]
    public void Unknown_option_is_usage_exit_2()
    {
        var (exit, _, err) = Run("build", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("PUB9001", err);
    }

    [Fact]
    public void Unknown_format_is_usage_exit_2()
    {
        var (exit, _, err) = Run("build", "--formats", "epub,docx");
        Assert.Equal(2, exit);
        Assert.Contains("docx", err);
    }

    [Fact]
    public void One_broken_pamphlet_fails_alone_and_leaves_no_partial_output()
    {
        using var temp = TestPaths.Temp();
        var root = Styled(temp);
        temp.Pamphlet("good", "---\ntitle: Good\n---\n\n# Start\n\nSome text.\n");
        temp.Pamphlet("broken", "---\ntitle: Broken\n---\n\nA note[^x] with no definition.\n");
        var artifacts = Path.Combine(root, "artifacts");
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            var (exit, _, err) = Run("build", "-o", artifacts, "--formats", "epub");
            Assert.Equal(1, exit);
            Assert.Matches(@"sources/broken/pamphlet\.md:5:\d+: error PUB2001: ", err.Replace('\\', '/'));
            Assert.DoesNotContain("   at ", err); // no stack trace
            Assert.True(File.Exists(Path.Combine(artifacts, "good", "good.epub")));
            Assert.False(Directory.Exists(Path.Combine(artifacts, "broken")) && Directory.EnumerateFiles(Path.Combine(artifacts, "broken")).Any());
            Assert.Empty(Directory.GetFiles(artifacts, "*.tmp", SearchOption.AllDirectories));
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }

    [Fact]
    public void Check_reports_without_writing()
    {
        using var temp = TestPaths.Temp();
        var root = Styled(temp);
        temp.Pamphlet("warned", "---\ntitle: W\nflavour: mild\n---\n\nText.\n");
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            var (exit, output, err) = Run("check");
            Assert.Equal(0, exit);
            Assert.Contains("warning PUB1004", err);
            Assert.Contains("1 warnings", output);
            Assert.False(Directory.Exists(Path.Combine(root, "artifacts")));
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }

    [Fact]
    public void New_scaffolds_a_pamphlet_that_checks_clean()
    {
        using var temp = TestPaths.Temp();
        var root = Styled(temp);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            Assert.Equal(0, Run("new", "my-pamphlet").Exit);
            Assert.True(File.Exists(Path.Combine(root, "sources", "my-pamphlet", "pamphlet.md")));
            var (exit, _, err) = Run("check");
            Assert.True(exit == 0, err);
            Assert.Equal(1, Run("new", "my-pamphlet").Exit);
            Assert.Equal(2, Run("new", "Bad Slug").Exit);
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }
}

[CollectionDefinition("working directory", DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;
