using Publish.Diagnostics;
using Publish.Reading;
using Xunit;

namespace Publish.Tests.Reading;

public class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nText\n", "title: A", "\n\n\nText\n")]
    [InlineData("---\r\ntitle: A\r\nlang: en\r\n...\r\nText", "title: A\r\nlang: en\r", "\n\n\n\nText")]
    [InlineData("---\n---", "", "\n\n")]
    [InlineData("--- \ntitle: A\n---  \n", "title: A", "\n\n\n")]
    public void Splits_the_front_matter_from_a_body_that_keeps_its_line_numbers(string text, string yaml, string body)
    {
        Assert.Equal((yaml, 2, body), FrontMatterSplitter.Split(text, "p.md"));
        Assert.Equal((yaml, 2), FrontMatterSplitter.FrontMatter(text, "p.md"));
    }

    [Theory]
    [InlineData("Text\n---\n")]
    [InlineData("")]
    [InlineData(" ---\nx\n---\n")]
    public void A_text_that_does_not_open_with_three_dashes_has_no_front_matter(string text)
    {
        Assert.Equal(("", 0, text), FrontMatterSplitter.Split(text, "p.md"));
        Assert.Equal(("", 0), FrontMatterSplitter.FrontMatter(text, "p.md"));
    }

    [Theory]
    [InlineData("---\ntitle: A\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    public void An_unclosed_front_matter_is_an_error_at_the_first_line(string text)
    {
        var e = Assert.Throws<DiagnosticException>(() => FrontMatterSplitter.Split(text, "p.md"));
        Assert.Equal((1, 1), (e.Diagnostic.Line, e.Diagnostic.Column));
        Assert.Throws<DiagnosticException>(() => FrontMatterSplitter.FrontMatter(text, "p.md"));
    }

    [Fact]
    public void Every_line_ending_layout_splits_as_splitting_into_lines_would()
    {
        var random = new Random(4);
        string[] pieces = ["---", "...", "a: 1", "", " ", "\r", "text", "--- ", "----"];
        for (int n = 0; n < 2000; n++)
        {
            var text = string.Join('\n', Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(ByLines(text), Try(() => FrontMatterSplitter.Split(text, "p.md")));
        }
    }

    private static (string, int, string)? Try(Func<(string, int, string)> split)
    {
        try { return split(); }
        catch (DiagnosticException) { return null; }
    }

    /// <summary>The splitter's definition: split into lines, find the closing line, join.</summary>
    private static (string, int, string)? ByLines(string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---") return ("", 0, text);
        for (int i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd() is "---" or "...")
                return (string.Join('\n', lines[1..i]), 2, new string('\n', i + 1) + string.Join('\n', lines[(i + 1)..]));
        return null;
    }
}
