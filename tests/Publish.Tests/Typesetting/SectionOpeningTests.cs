using Publish.Styling;
using Xunit;

namespace Publish.Tests.Typesetting;

/// <summary>The theme's <c>sections</c> key: sections open fresh pages, or run on after each other.</summary>
public sealed class SectionOpeningTests
{
    private const string ThreeShortSections =
        "# One\n\nA short first section of a single paragraph.\n\n" +
        "# Two\n\nA short second section, also one paragraph.\n\n" +
        "# Three\n\nAnd a third, to end the text.\n";

    [Fact]
    public void Run_on_sections_share_a_page()
    {
        var layout = TypesetFixture.Layout(ThreeShortSections, theme: TypesetFixture.Theme with { Sections = SectionOpening.RunOn });
        var pages = layout.SectionPages.Values.Distinct().ToList();
        Assert.Equal(3, layout.SectionPages.Count);
        Assert.Single(pages);
    }

    [Fact]
    public void New_page_sections_each_open_a_page_of_their_own()
    {
        var layout = TypesetFixture.Layout(ThreeShortSections, theme: TypesetFixture.Theme with { Sections = SectionOpening.NewPage });
        var pages = layout.SectionPages.Values.Order().ToList();
        Assert.Equal(3, pages.Distinct().Count());
        Assert.Equal([pages[0], pages[0] + 1, pages[0] + 2], pages);
    }
}
