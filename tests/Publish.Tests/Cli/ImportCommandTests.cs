using Publish.Cli;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Cli;

/// <summary>publish import: writes a source folder, refuses to overwrite, and reports usage errors.</summary>
[Collection("working directory")]
public sealed class ImportCommandTests
{
    [Fact]
    public void Imports_a_mail_post_and_refuses_to_overwrite_it()
    {
        using var temp = TestPaths.Temp();
        Directory.CreateDirectory(Path.Combine(temp.Path, "styles"));
        File.Copy(Path.Combine(TestPaths.Styles, "default.yaml"), Path.Combine(temp.Path, "styles", "default.yaml"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "sources"));
        var raw = Path.Combine(temp.Path, "post.txt");
        File.WriteAllText(raw, "From: Jane Doe <jane@example.org>\nSubject: On workers' councils\nDate: Tue, 3 Mar 1998 10:00:00 +0000\n\n>Someone wrote this\n>before us.\n\nWe answer it here, at some length,\nover two lines.\n\n-- \nJane\n");
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(temp.Path);
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, PublishCommandLine.Run(["import", raw, "--as", "councils"], output, error));
            var source = File.ReadAllText(Path.Combine(temp.Path, "sources", "councils", "pamphlet.md"));
            Assert.Contains("title:", source);
            Assert.Contains("> Someone wrote this before us.", source);
            Assert.Contains("Imported", output.ToString());
            Assert.Equal(1, PublishCommandLine.Run(["import", raw, "--as", "councils"], output, error));
            Assert.Contains("PUB5001", error.ToString());
            Assert.Equal(2, PublishCommandLine.Run(["import", raw, "--as", "x", "--kind", "fax"], output, error));
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }
}
