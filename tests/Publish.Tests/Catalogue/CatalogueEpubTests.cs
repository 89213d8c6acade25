using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Catalogue;

/// <summary>The whole catalogue builds, passes epubcheck, keeps every word, and is reproducible.</summary>
public sealed partial class CatalogueEpubTests(CatalogueFixture catalogue) : IClassFixture<CatalogueFixture>
{
    [Fact]
    public void Every_pamphlet_builds_without_errors()
    {
        Assert.NotEmpty(catalogue.Results);
        foreach (var result in catalogue.Results)
            Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
    }

    [SkippableFact]
    public void Every_epub_passes_epubcheck_with_no_errors_or_warnings()
    {
        var jar = ExternalTool.RequireEpubcheckJar();
        foreach (var epub in catalogue.Epubs)
        {
            var (exit, output) = ExternalTool.Run("java", "-jar", jar, "--quiet", epub);
            Assert.True(exit == 0 && !output.Contains("WARNING") && !output.Contains("ERROR"), $"{Path.GetFileName(epub)}:\n{output}");
        }
    }

    [Fact]
    public void Building_twice_gives_byte_identical_epubs()
    {
        using var again = TestPaths.Temp();
        var services = new BuildServices(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };
        var results = new CatalogueBuilder(services).Build(services.Workspace.AllPamphlets(), again.Path, OutputFormat.Epub, 1);
        foreach (var result in results)
        {
            var first = File.ReadAllBytes(Path.Combine(catalogue.Output, result.Slug, result.Slug + ".epub"));
            var second = File.ReadAllBytes(Path.Combine(again.Path, result.Slug, result.Slug + ".epub"));
            Assert.True(first.AsSpan().SequenceEqual(second), $"{result.Slug}.epub differs between builds");
        }
    }

    [Fact]
    public void Every_internal_link_resolves_and_every_note_links_back()
    {
        foreach (var epub in catalogue.Epubs)
        {
            using var zip = ZipFile.OpenRead(epub);
            var documents = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml"))
                .ToDictionary(e => Path.GetFileName(e.FullName), e => XDocument.Load(e.Open()));
            var ids = documents.ToDictionary(d => d.Key, d => d.Value.Descendants().Select(x => (string?)x.Attribute("id")).OfType<string>().ToHashSet());
            foreach (var (file, doc) in documents)
            {
                foreach (var a in doc.Descendants().Where(x => x.Name.LocalName == "a" && x.Attribute("href") is not null))
                {
                    var href = (string)a.Attribute("href")!;
                    if (href.Contains("://") || href.StartsWith("mailto:")) continue;
                    var parts = href.Split('#');
                    var target = parts[0].Length == 0 ? file : Path.GetFileName(parts[0]);
                    Assert.True(documents.ContainsKey(target), $"{Path.GetFileName(epub)} {file}: link to missing {href}");
                    if (parts.Length > 1) Assert.True(ids[target].Contains(parts[1]), $"{Path.GetFileName(epub)} {file}: link to missing id {href}");
                }
            }
            var noterefs = documents.Values.SelectMany(d => d.Descendants()).Where(x => (string?)x.Attribute("role") == "doc-noteref").ToList();
            var backlinks = documents.Values.SelectMany(d => d.Descendants()).Where(x => (string?)x.Attribute("role") == "doc-backlink").ToList();
            Assert.Equal(noterefs.Count, backlinks.Count);
        }
    }

    [Fact]
    public void Every_word_of_the_source_appears_in_the_spine_in_order()
    {
        foreach (var result in catalogue.Results)
        {
            var source = File.ReadAllText(Path.Combine(result.Directory, "pamphlet.md"));
            var body = FrontMatter().Replace(source, "");
            var definitions = NoteDefinition().Matches(body).Select(m => m.Value).ToList();
            var text = NoteDefinition().Replace(body, "");
            var spine = SpineText(Path.Combine(catalogue.Output, result.Slug, result.Slug + ".epub"));

            AssertSubsequence(Words(MarkdownSyntax().Replace(text, " ")), spine, result.Slug);
            foreach (var definition in definitions)
                AssertSubsequence(Words(MarkdownSyntax().Replace(definition, " ")), spine, result.Slug + " (note)");
        }
    }

    /// <summary>
    /// Source words must appear in the spine in order; a word the source spells with markup the
    /// reader resolves (escapes, entities) may be missed, so at most 0.5 % may be absent.
    /// </summary>
    private static void AssertSubsequence(List<string> words, List<string> spine, string name)
    {
        int at = 0, missing = 0;
        string? first = null;
        foreach (var word in words)
        {
            int found = spine.IndexOf(word, at);
            if (found < 0) { missing++; first ??= word; continue; }
            at = found + 1;
        }
        Assert.True(missing <= Math.Max(1, words.Count / 200), $"{name}: {missing} of {words.Count} words missing, first '{first}'");
    }

    private static List<string> SpineText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var opf = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".opf")).Open());
        XNamespace ns = "http://www.idpf.org/2007/opf";
        var manifest = opf.Descendants(ns + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        var dir = Path.GetDirectoryName(zip.Entries.Single(e => e.FullName.EndsWith(".opf")).FullName)!.Replace('\\', '/');
        var words = new List<string>();
        foreach (var itemref in opf.Descendants(ns + "itemref"))
        {
            var href = manifest[(string)itemref.Attribute("idref")!];
            var entry = zip.GetEntry(dir.Length > 0 ? $"{dir}/{href}" : href)!;
            words.AddRange(Words(string.Concat(XDocument.Load(entry.Open()).Root!.Descendants().Where(x => x.Name.LocalName == "body").SelectMany(b => b.DescendantNodes().OfType<XText>()).Select(t => t.Value + " "))));
        }
        return words;
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('’', '\'').Replace("'", "")).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^\[\^[^\]]+\]:.*(\n(    |\t).*|\n\s*(?=\n(    |\t)))*", RegexOptions.Multiline)]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"\[\^[^\]]+\]|\{#[^}]*\}|\]\([^)]*\)|<[^>]+>|https?://\S+")]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
