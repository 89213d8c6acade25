using System.Text.RegularExpressions;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

/// <summary>End-to-end imports of the five shared seeds (skipped when ../shared/seeds is absent).</summary>
public partial class SeedImportTests
{
    private static (ImportResult Result, string Markdown) Import(string prefix, string slug)
    {
        var seed = ImportTestSupport.Seed(prefix);
        Skip.If(seed is null, "the shared seeds are not next to the repository");
        var sources = ImportTestSupport.TempSources();
        var result = Importer.Import(seed!, slug, ImportKind.Auto, sources, force: false);
        Assert.False(result.Failed, string.Join("\n", result.Report));
        return (result, File.ReadAllText(Path.Combine(result.OutputDir, "pamphlet.md")));
    }

    /// <summary>Every reference has exactly one definition and every definition a reference.</summary>
    private static int AssertNotesMatch(string markdown)
    {
        var definitions = Definition().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        var references = Reference().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(definitions.Count, definitions.Distinct().Count());
        Assert.Equal(definitions.ToHashSet(), references);
        return definitions.Count;
    }

    [SkippableFact]
    public void Wiki_seed()
    {
        var (result, md) = Import("000", "for-workers-power");
        Assert.Equal(ImportKind.Wiki, result.DetectedKind);
        Assert.StartsWith("---\ntitle: For Workers' Power\n", md);
        Assert.DoesNotContain("wikilink", md);
        Assert.DoesNotContain("Category:", md);
    }

    [SkippableFact]
    public void Ocr_seed()
    {
        var (result, md) = Import("001", "workers-opposition");
        Assert.Equal(ImportKind.Ocr, result.DetectedKind);
        Assert.StartsWith("---\ntitle: The Workers' Opposition\nauthor: A. Kollontai\n", md);
        Assert.InRange(AssertNotesMatch(md), 70, 80);
        var chronology = File.ReadAllText(Path.Combine(result.OutputDir, "chronology.yaml"));
        Assert.True(Regex.Matches(chronology, @"^  - \{ year: ", RegexOptions.Multiline).Count >= 25);
        Assert.Contains("chronology: chronology.yaml", md);
        Assert.Contains("# Introduction", md);
        Assert.DoesNotContain("CHRONOLOGY", md);
    }

    [SkippableFact]
    public void Library_seed()
    {
        var (result, md) = Import("002", "against-leninism");
        Assert.Equal(ImportKind.Library, result.DetectedKind);
        Assert.StartsWith("---\ntitle: Against Leninism\nauthor: Tom Wetzel\ndate: 2021-07-30\n", md);
        Assert.Equal(3, AssertNotesMatch(md));
        Assert.DoesNotContain("<sup>", md);
        Assert.DoesNotContain(". . .", md);
    }

    [SkippableFact]
    public void Mail_seed()
    {
        var (result, md) = Import("003", "talking-to-soviet-workers");
        Assert.Equal(ImportKind.Mail, result.DetectedKind);
        Assert.Contains("\n> At any rate", md);
        Assert.DoesNotContain("\n>from", md);
        Assert.DoesNotContain(".  ", md);
    }

    [SkippableFact]
    public void Article_seed()
    {
        var (result, md) = Import("004", "chile-1973");
        Assert.Equal(ImportKind.Article, result.DetectedKind);
        Assert.Contains("author: Kevin Henry", md);
        Assert.DoesNotContain("By Kevin Henry", md);
        Assert.Contains("## Need to be organised now", md);
    }

    [GeneratedRegex(@"^\[\^([^\]]+)\]:", RegexOptions.Multiline)]
    private static partial Regex Definition();
    [GeneratedRegex(@"\[\^([^\]]+)\](?!:)")]
    private static partial Regex Reference();
}
