using System.Xml.Linq;
using Publish.Catalogue;
using Xunit;

namespace Publish.Tests.CatalogueSite;

/// <summary>The catalogue page: structure, order, links, covers, escaping and determinism.</summary>
public sealed class CatalogueHtmlTests : IDisposable
{
    private readonly CatalogueSample _sample = new();
    private readonly CataloguePage _page;

    public CatalogueHtmlTests()
    {
        _sample.Write();
        _page = new CataloguePage(_sample.IndexPath);
    }

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void Page_is_an_accessible_html5_document_without_script()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html", _page.Text);
        var html = _page.Document.Root!;
        Assert.Equal("en", (string?)html.Attribute("lang"));
        Assert.Equal("utf-8", (string?)_page.All("meta").First().Attribute("charset"));
        Assert.Contains(_page.All("meta"), m => (string?)m.Attribute("name") == "viewport");
        Assert.Single(_page.All("header"));
        Assert.Single(_page.All("footer"));
        Assert.Equal("main", (string?)_page.One("main").Attribute("id"));
        Assert.Equal("Pamphlets in print", CataloguePage.TextOf(_page.One("h1")));
        Assert.Empty(_page.All("script"));
        Assert.Contains(":focus-visible", _page.One("style").Value);
        Assert.DoesNotContain("\r", _page.Text);
        Assert.DoesNotContain("style=\"width", _page.Text);

        var skip = _page.Document.Descendants(CataloguePage.Html + "body").Elements().First();
        Assert.Equal("a", skip.Name.LocalName);
        Assert.Equal("#main", (string?)skip.Attribute("href"));
    }

    [Fact]
    public void Page_links_the_opds_feed_as_an_alternate()
    {
        var link = Assert.Single(_page.All("link"), l => (string?)l.Attribute("rel") == "alternate");
        Assert.Equal("application/atom+xml;profile=opds-catalog;kind=acquisition", (string?)link.Attribute("type"));
        Assert.Equal("catalog.opds.xml", (string?)link.Attribute("href"));
    }

    [Fact]
    public void Headings_descend_one_level_at_a_time()
    {
        int previous = 0;
        foreach (var heading in _page.Document.Descendants().Where(e => e.Name.Namespace == CataloguePage.Html && e.Name.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            int level = heading.Name.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"{heading.Name.LocalName} '{heading.Value}' follows h{previous}");
            previous = level;
        }
        Assert.Single(_page.All("h1"));
    }

    [Fact]
    public void Series_come_alphabetically_then_other_pamphlets_and_numbers_order_numerically()
    {
        var sections = _page.All("section").ToList();
        Assert.Equal(2, sections.Count);
        Assert.StartsWith("Solidarity pamphlets", CataloguePage.TextOf(sections[0].Element(CataloguePage.Html + "h2")!));
        Assert.StartsWith("Other pamphlets", CataloguePage.TextOf(sections[1].Element(CataloguePage.Html + "h2")!));

        var firstTitles = sections[0].Descendants(CataloguePage.Html + "h3").Select(CataloguePage.TextOf).ToList();
        Assert.Equal(["The Workers' Opposition", "For Workers' Power"], firstTitles); // no. 7 before no. 10
        Assert.Equal([CatalogueSample.EscapedTitle], sections[1].Descendants(CataloguePage.Html + "h3").Select(CataloguePage.TextOf));
        Assert.Contains("Solidarity pamphlets, no. 7", CataloguePage.TextOf(sections[0]));
    }

    [Fact]
    public void Every_href_and_src_resolves_inside_the_output_directory()
    {
        var ids = _page.Document.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToHashSet();
        var targets = _page.Document.Descendants().SelectMany(e => new[] { e.Attribute("href"), e.Attribute("src") })
            .Where(a => a is not null).Select(a => a!.Value).ToList();
        Assert.True(targets.Count > 10);
        foreach (var target in targets)
        {
            if (target.StartsWith('#'))
            {
                Assert.Contains(target[1..], ids);
                continue;
            }
            Assert.False(Uri.TryCreate(target, UriKind.Absolute, out _), $"absolute link {target}");
            var path = Path.Combine(_sample.Output, Uri.UnescapeDataString(target));
            Assert.True(File.Exists(path), $"{target} does not exist");
        }
    }

    [Fact]
    public void Every_format_is_offered_with_its_label_and_size_in_a_fixed_order()
    {
        var article = Article("workers-opposition");
        var links = article.Descendants(CataloguePage.Html + "a").Select(CataloguePage.TextOf).ToList();
        Assert.Equal(
        [
            "EPUB · 412 KB", "PDF (screen) · 1.4 MB", "Print PDF (A5) · 879 KB",
            "Booklet (A4, print double-sided, short-edge) · 1.1 MB", "Print cover (PDF) · 303 KB",
        ], links);
        Assert.Equal("application/epub+zip", (string?)article.Descendants(CataloguePage.Html + "a").First().Attribute("type"));
        Assert.Contains("Alexandra Kollontai", CataloguePage.TextOf(article));
        Assert.Contains("Translated by A. Holt", CataloguePage.TextOf(article));
        Assert.Contains("The trade unions and the tasks of the economy", CataloguePage.TextOf(article));
        Assert.Equal("1921", (string?)article.Descendants(CataloguePage.Html + "time").Single().Attribute("datetime"));
    }

    [Fact]
    public void Covers_have_alt_text_dimensions_and_load_eagerly_only_at_the_top()
    {
        var images = _page.All("img").ToList();
        Assert.Equal(2, images.Count);
        foreach (var img in images)
        {
            Assert.StartsWith("Cover of ", (string?)img.Attribute("alt"));
            Assert.Equal(CatalogueSample.CoverWidth.ToString(), (string?)img.Attribute("width"));
            Assert.Equal(CatalogueSample.CoverHeight.ToString(), (string?)img.Attribute("height"));
        }
        Assert.Equal(["eager", "eager"], images.Select(i => (string?)i.Attribute("loading")));
        Assert.Contains(images, i => (string?)i.Attribute("alt") == "Cover of " + CatalogueSample.EscapedTitle);
        var uncovered = Article("for-workers-power");
        Assert.Empty(uncovered.Descendants(CataloguePage.Html + "img"));
        Assert.Equal("true", (string?)uncovered.Descendants().Single(e => (string?)e.Attribute("class") == "cover-stand-in").Attribute("aria-hidden"));
    }

    [Fact]
    public void Markup_characters_in_metadata_are_escaped()
    {
        Assert.Contains("Bread &amp; Roses: &quot;&lt;Now&gt;&quot;", _page.Text);
        Assert.DoesNotContain("\"<Now>\"", _page.Text);
        Assert.DoesNotContain("<no markup>", _page.Text);
        var article = Article("bread-and-roses");
        Assert.Contains("<no markup> survives as \"text\"", CataloguePage.TextOf(article));
    }

    [Fact]
    public void Same_entries_give_the_same_bytes_in_any_order_and_folder()
    {
        var first = File.ReadAllBytes(_sample.IndexPath);
        CatalogueWriter.Write(_sample.Entries.Reverse().ToList(), CatalogueSample.Options, _sample.Output);
        Assert.Equal(first, File.ReadAllBytes(_sample.IndexPath));
        Assert.Empty(Directory.EnumerateFiles(_sample.Output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(first.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }

    [Fact]
    public void Footer_dates_come_from_the_metadata()
    {
        var footer = CataloguePage.TextOf(_page.One("footer"));
        Assert.Contains("Updated 2025-06-30", footer);
    }

    [Fact]
    public void Iso_dates_read_as_words_and_keep_a_machine_readable_datetime()
    {
        var time = Article("bread-and-roses").Descendants(CataloguePage.Html + "time").Single();
        Assert.Equal("1 March 1912", time.Value);
        Assert.Equal("1912-03-01", (string?)time.Attribute("datetime"));
    }

    [Fact]
    public void Text_in_another_language_is_marked_with_its_lang()
    {
        var entries = _sample.Entries.ToList();
        entries[2] = entries[2] with { Metadata = entries[2].Metadata with { Lang = "de-DE" } };
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output);
        var page = new CataloguePage(_sample.IndexPath);
        var article = page.All("article").Single(a => (string?)a.Attribute("id") == "p-bread-and-roses");
        Assert.Equal("de-DE", (string?)article.Descendants(CataloguePage.Html + "hgroup").Single().Attribute("lang"));
        Assert.Equal("de-DE", (string?)article.Descendants().Single(e => (string?)e.Attribute("class") == "description").Attribute("lang"));
        Assert.Null(page.All("hgroup").First().Attribute("lang")); // en-GB needs no mark on an English page
    }

    [Fact]
    public void Entries_sharing_a_slug_get_distinct_anchors()
    {
        var entries = _sample.Entries.ToList();
        entries.Add(entries[1] with { Metadata = entries[1].Metadata with { Identifier = "urn:uuid:00000000-0000-5000-8000-000000000001", SeriesNumber = "8" } });
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output);
        var ids = new CataloguePage(_sample.IndexPath).Document.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("p-workers-opposition-2", ids);
    }

    private XElement Article(string slug) =>
        _page.All("article").Single(a => (string?)a.Attribute("id") == "p-" + slug);
}
