using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Catalogue;
using Xunit;

namespace Publish.Tests.CatalogueSite;

/// <summary>The OPDS 1.2 acquisition feed: Atom structure, required elements, links and determinism.</summary>
public sealed partial class OpdsFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/terms/";
    private const string AcquisitionType = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    private const string AcquisitionRel = "http://opds-spec.org/acquisition";

    private readonly CatalogueSample _sample = new();

    public OpdsFeedTests() => _sample.Write();

    public void Dispose() => _sample.Dispose();

    private XDocument Feed() => XDocument.Load(_sample.FeedPath);

    [Fact]
    public void Feed_is_utf8_atom_with_unix_newlines()
    {
        var bytes = File.ReadAllBytes(_sample.FeedPath);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(Atom + "feed", Feed().Root!.Name);
    }

    [Fact]
    public void Feed_has_id_title_updated_author_and_self_and_start_links()
    {
        var feed = Feed().Root!;
        Assert.Matches(Uuid(), feed.Element(Atom + "id")!.Value);
        Assert.Equal("Pamphlets in print", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2025-06-30T08:15:00Z", feed.Element(Atom + "updated")!.Value); // the latest Modified
        Assert.Equal("Solidarity (London)", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        foreach (var rel in new[] { "self", "start" })
        {
            var link = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == rel);
            Assert.Equal("catalog.opds.xml", (string?)link.Attribute("href"));
            Assert.Equal(AcquisitionType, (string?)link.Attribute("type"));
        }
    }

    [Fact]
    public void Every_entry_has_the_required_elements_and_an_acquisition_link()
    {
        var entries = Feed().Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Matches(Uuid(), entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Atom + "updated")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value));
            Assert.NotNull(entry.Element(Dc + "language"));
            Assert.Equal("text", (string?)entry.Element(Atom + "summary")!.Attribute("type"));
            var acquisitions = entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == AcquisitionRel).ToList();
            Assert.Equal(["application/epub+zip", "application/pdf"], acquisitions.Select(l => (string?)l.Attribute("type")));
            var alternate = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.Equal("text/html", (string?)alternate.Attribute("type"));
            var anchor = ((string)alternate.Attribute("href")!).Split('#');
            Assert.Equal("index.html", anchor[0]);
            Assert.Contains(new CataloguePage(_sample.IndexPath).All("article"), a => (string?)a.Attribute("id") == anchor[1]);
            foreach (var link in acquisitions)
            {
                Assert.True(File.Exists(Path.Combine(_sample.Output, (string)link.Attribute("href")!)));
                Assert.Matches(@" · \d", (string?)link.Attribute("title"));
            }
        }
    }

    [Fact]
    public void Entry_carries_metadata_subjects_and_cover_links()
    {
        var entry = EntryTitled("The Workers' Opposition: The trade unions and the tasks of the economy");
        Assert.Equal("urn:uuid:9a1f6f52-8f0b-5c8e-8a65-1d3b0f4c2e77", entry.Element(Atom + "id")!.Value);
        Assert.Equal("2025-06-30T08:15:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("en-GB", entry.Element(Dc + "language")!.Value);
        Assert.Equal("1921", entry.Element(Dc + "issued")!.Value);
        Assert.Equal("A. Holt", entry.Element(Atom + "contributor")!.Element(Atom + "name")!.Value);
        Assert.Equal(["Russian Revolution", "workers' control"], entry.Elements(Atom + "category").Select(c => (string?)c.Attribute("term")));
        Assert.All(entry.Elements(Atom + "category"), c => Assert.Equal((string?)c.Attribute("term"), (string?)c.Attribute("label")));
        foreach (var rel in new[] { "http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail" })
        {
            var link = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == rel);
            Assert.Equal("image/png", (string?)link.Attribute("type"));
            Assert.Equal("workers-opposition/workers-opposition-cover.png", (string?)link.Attribute("href"));
        }
        var uncovered = EntryTitled("For Workers' Power");
        Assert.DoesNotContain(uncovered.Elements(Atom + "link"), l => ((string?)l.Attribute("rel"))!.StartsWith("http://opds-spec.org/image"));
        Assert.Equal("Bread & Roses: \"<Now>\"", EntryTitled(CatalogueSample.EscapedTitle).Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Base_url_makes_links_absolute_and_names_the_feed()
    {
        var relativeId = Feed().Root!.Element(Atom + "id")!.Value;
        _sample.Write(CatalogueSample.Options with { BaseUrl = "https://press.example/pamphlets/" });
        var feed = Feed().Root!;
        Assert.NotEqual(relativeId, feed.Element(Atom + "id")!.Value);
        var hrefs = feed.Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.All(hrefs, h => Assert.StartsWith("https://press.example/pamphlets/", h));
        Assert.Contains("https://press.example/pamphlets/catalog.opds.xml", hrefs);
        Assert.Contains("https://press.example/pamphlets/workers-opposition/workers-opposition.epub", hrefs);
        // The page itself keeps relative links, so it also works from the file system.
        Assert.DoesNotContain("https://press.example", File.ReadAllText(_sample.IndexPath));
    }

    [Fact]
    public void Same_entries_give_the_same_bytes_and_the_same_feed_id()
    {
        var first = File.ReadAllBytes(_sample.FeedPath);
        CatalogueWriter.Write(_sample.Entries.Reverse().ToList(), CatalogueSample.Options, _sample.Output);
        Assert.Equal(first, File.ReadAllBytes(_sample.FeedPath));
    }

    [Fact]
    public void Feed_updated_falls_back_to_the_options_without_entries()
    {
        using var empty = new CatalogueSample();
        CatalogueWriter.Write([], new CatalogueOptions(Updated: "2026-01-02T03:04:05Z"), empty.Output);
        var feed = XDocument.Load(empty.FeedPath).Root!;
        Assert.Equal("2026-01-02T03:04:05Z", feed.Element(Atom + "updated")!.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("Catalogue", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.NotNull(new CataloguePage(empty.IndexPath).Document);
    }

    private XElement EntryTitled(string title) =>
        Feed().Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title);

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();
}
