using System.Xml.Linq;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>The package document carries the metadata, refinements and accessibility claims.</summary>
public sealed class EpubOpfTests
{
    private static readonly XDocument Opf = EpubFixture.Xml(EpubFixture.Build(), "OEBPS/content.opf");
    private static readonly XNamespace D = EpubFixture.Dc;

    private static List<string> Dc(string name) => Opf.Descendants(D + name).Select(e => e.Value).ToList();

    private static List<string> Meta(string property) =>
        Opf.Descendants(EpubFixture.Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value).ToList();

    private static string Refinement(string id, string property) =>
        Opf.Descendants(EpubFixture.Opf + "meta")
            .Single(m => (string?)m.Attribute("refines") == "#" + id && (string?)m.Attribute("property") == property).Value;

    [Fact]
    public void Dublin_core_metadata_is_present()
    {
        Assert.Equal(["urn:uuid:0f3c2a4e-5b1d-4c8e-9a7f-2d6b8e1c3a90"], Dc("identifier"));
        Assert.Equal("pub-id", (string?)Opf.Root!.Attribute("unique-identifier"));
        Assert.Equal(["The Workers’ Opposition", "A pamphlet & its history"], Dc("title"));
        Assert.Equal("main", Refinement("title", "title-type"));
        Assert.Equal("subtitle", Refinement("subtitle", "title-type"));
        Assert.Equal(["Alexandra Kollontai"], Dc("creator"));
        Assert.Equal("aut", Refinement("creator-1", "role"));
        Assert.Equal(["Ann Other", "Solidarity (London)"], Dc("contributor"));
        Assert.Equal("trl", Refinement("contributor-1", "role"));
        Assert.Equal("edt", Refinement("contributor-2", "role"));
        Assert.Equal(["en-GB"], Dc("language"));
        Assert.Equal(["1921"], Dc("date"));
        Assert.Equal(["Solidarity"], Dc("publisher"));
        Assert.Equal(["Public domain."], Dc("rights"));
        Assert.Equal(["Kollontai’s 1921 platform."], Dc("description"));
        Assert.Equal(["Russian Revolution", "workers’ control"], Dc("subject"));
        Assert.Equal(["https://www.marxists.org/archive/kollontai/1921/workers-opposition/"], Dc("source"));
        Assert.Equal(["2024-05-01T12:00:00Z"], Meta("dcterms:modified"));
    }

    [Fact]
    public void Series_is_a_collection_with_position()
    {
        Assert.Equal(["Solidarity pamphlets"], Meta("belongs-to-collection"));
        Assert.Equal("series", Refinement("series", "collection-type"));
        Assert.Equal("7", Refinement("series", "group-position"));
    }

    [Fact]
    public void Accessibility_metadata_matches_the_content()
    {
        Assert.Equal(["textual", "visual"], Meta("schema:accessMode"));
        Assert.Equal(["textual"], Meta("schema:accessModeSufficient"));
        Assert.Equal(["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "pageNavigation", "printPageNumbers"],
            Meta("schema:accessibilityFeature"));
        Assert.Equal(["none"], Meta("schema:accessibilityHazard"));
        Assert.EndsWith(".", Assert.Single(Meta("schema:accessibilitySummary")));
        Assert.Equal(["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"], Meta("dcterms:conformsTo"));

        var bare = EpubFixture.Xml(EpubFixture.Build(options: EpubFixture.Options(cover: false, pages: false)), "OEBPS/content.opf");
        var features = bare.Descendants(EpubFixture.Opf + "meta")
            .Where(m => (string?)m.Attribute("property") == "schema:accessibilityFeature").Select(m => m.Value).ToList();
        Assert.DoesNotContain("pageNavigation", features);
    }

    [Fact]
    public void Manifest_marks_nav_and_cover_and_spine_is_in_reading_order()
    {
        var items = Opf.Descendants(EpubFixture.Opf + "item").ToDictionary(i => (string)i.Attribute("id")!);
        Assert.Equal("nav", (string?)items["nav"].Attribute("properties"));
        Assert.Equal("cover-image", (string?)items["cover-image"].Attribute("properties"));
        Assert.Equal("image/png", (string?)items["img-1"].Attribute("media-type"));
        var spine = Opf.Descendants(EpubFixture.Opf + "itemref").Select(r => (string)r.Attribute("idref")!).ToList();
        Assert.Equal(["cover", "titlepage", "nav", "sec-01", "sec-02", "chronology", "notes", "colophon"], spine);
    }

    [Fact]
    public void Ncx_names_the_same_identifier_and_nests_the_toc()
    {
        XNamespace ncx = "http://www.daisy.org/z3986/2005/ncx/";
        var doc = EpubFixture.Xml(EpubFixture.Build(), "OEBPS/toc.ncx");
        var uid = doc.Descendants(ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:uid");
        Assert.Equal(Dc("identifier").Single(), (string?)uid.Attribute("content"));
        var top = doc.Root!.Element(ncx + "navMap")!.Elements(ncx + "navPoint").Select(p => p.Element(ncx + "navLabel")!.Value).ToList();
        Assert.Equal(["Introduction", "The Struggle", "Chronology", "Notes", "Colophon"], top);
        var orders = doc.Descendants(ncx + "navPoint").Select(p => (int)p.Attribute("playOrder")!).ToList();
        Assert.Equal(Enumerable.Range(1, orders.Count), orders);
    }
}
