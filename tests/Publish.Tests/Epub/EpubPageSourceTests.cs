using System.Xml.Linq;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>
/// A page list says which printed edition its numbers follow: a <c>dc:source</c> refined as the
/// source of the pagination (EPUB Accessibility 1.1; DAISY Ace's epub-pagesource check).
/// </summary>
public sealed class EpubPageSourceTests
{
    private const string PrintEdition = "The Workers’ Opposition, print edition (A5, workers-opposition-print.pdf)";

    private static XDocument Opf(bool pages) =>
        EpubFixture.Xml(EpubFixture.Build(null, EpubFixture.Options(pages: pages) with { PageBreakSource = PrintEdition }), "OEBPS/content.opf");

    [Fact]
    public void A_page_list_names_the_print_edition_as_the_source_of_its_pagination()
    {
        var opf = Opf(pages: true);
        var sources = opf.Descendants(EpubFixture.Dc + "source").ToList();
        Assert.Equal(["https://www.marxists.org/archive/kollontai/1921/workers-opposition/", PrintEdition], sources.Select(s => s.Value));
        // The text's own source stays the text's; the page source comes last and is refined.
        Assert.Equal("page-source", (string?)sources[^1].Attribute("id"));
        var refinement = Assert.Single(opf.Descendants(EpubFixture.Opf + "meta"), m => (string?)m.Attribute("refines") == "#page-source");
        Assert.Equal("source-of", (string?)refinement.Attribute("property"));
        Assert.Equal("pagination", refinement.Value);
    }

    [Fact]
    public void Without_a_page_list_there_is_no_page_source()
    {
        var opf = Opf(pages: false);
        Assert.DoesNotContain(opf.Descendants(EpubFixture.Dc + "source"), s => s.Value == PrintEdition);
        Assert.DoesNotContain(opf.Descendants(EpubFixture.Opf + "meta"), m => (string?)m.Attribute("property") == "source-of");
    }

    [Fact]
    public void A_subtitle_on_the_title_page_carries_its_aria_role()
    {
        var title = EpubFixture.Xml(EpubFixture.Build(), "OEBPS/titlepage.xhtml");
        var subtitle = Assert.Single(title.Descendants(), e => (string?)e.Attribute("class") == "subtitle");
        Assert.Equal("doc-subtitle", (string?)subtitle.Attribute("role"));
    }
}
