using Publish.Diagnostics;
using Publish.Model;
using Publish.Reading;
using Publish.Tests.Support;
using Publish.Transforms;
using Xunit;

namespace Publish.Tests.Transforms;

/// <summary>Smart typography by language: input Markdown → expected text.</summary>
public sealed class TypographerTests
{
    private static string Set(string markdown, string lang)
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("t", $"---\ntitle: T\nlang: {lang}\n---\n\n{markdown}\n");
        var doc = PamphletReader.Read(dir, new DiagnosticBag())!;
        doc = TransformPipeline.Run(doc, new DiagnosticBag(), null);
        return Inline.PlainText(((Paragraph)doc.Sections[0].Blocks[0]).Content);
    }

    [Theory]
    [InlineData("He said \"all 'bourgeois rights' go\".", "en-US", "He said “all ‘bourgeois rights’ go”.")]
    [InlineData("He said \"all 'bourgeois rights' go\".", "en-GB", "He said ‘all “bourgeois rights” go’.")]
    [InlineData("Don't, the workers' power, the '70s.", "en-GB", "Don’t, the workers’ power, the ’70s.")]
    [InlineData("Don't, the workers' power, the '70s.", "en-US", "Don’t, the workers’ power, the ’70s.")]
    [InlineData("factories--all the means", "en-US", "factories—all the means")]
    [InlineData("factories--all the means", "en-GB", "factories\u00A0– all the means")]
    [InlineData("socialism - and socialism itself - is", "en-GB", "socialism\u00A0– and socialism itself\u00A0– is")]
    [InlineData("socialism - and socialism itself - is", "en-US", "socialism—and socialism itself—is")]
    [InlineData("in 1917--1921 and ---", "en-GB", "in 1917–1921 and —")]
    [InlineData("Wait... what", "en-GB", "Wait… what")]
    [InlineData("(\"quoted\")", "en-US", "(“quoted”)")]
    [InlineData("Il dit : \"non\" !", "fr", "Il dit\u202F: «non»\u202F!")]
    public void Sets_quotes_dashes_and_ellipses(string input, string lang, string expected) =>
        Assert.Equal(expected, Set(input, lang));

    [Fact]
    public void Quotes_pair_across_emphasis()
    {
        Assert.Equal("“a *b* c”".Replace("*", ""), Set("\"a *b* c\"", "en-US"));
    }

    [Fact]
    public void No_straight_quotes_survive_in_running_text()
    {
        var text = Set("\"It's 'the' end,\" she said; 'yes' and \"no\" -- \"maybe.\"", "en-GB");
        Assert.DoesNotContain('"', text);
        Assert.DoesNotContain('\'', text);
    }

    [Fact]
    public void Code_is_left_alone()
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("t", "---\ntitle: T\n---\n\nRun `a -- \"b\"` now.\n");
        var doc = TransformPipeline.Run(PamphletReader.Read(dir, new DiagnosticBag())!, new DiagnosticBag(), null);
        var code = ((Paragraph)doc.Sections[0].Blocks[0]).Content.OfType<Code>().Single();
        Assert.Equal("a -- \"b\"", code.Value);
    }
}
