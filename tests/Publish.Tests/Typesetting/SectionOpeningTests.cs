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
        var pages = new[] { "one", "two", "three" }.Select(id => layout.SectionPages[id]).Distinct().ToList();
        Assert.Single(pages);
    }

    [Fact]
    public void New_page_sections_each_open_a_page_of_their_own()
    {
        var layout = TypesetFixture.Layout(ThreeShortSections, theme: TypesetFixture.Theme with { Sections = SectionOpening.NewPage });
        var pages = new[] { "one", "two", "three" }.Select(id => layout.SectionPages[id]).ToList();
        Assert.Equal(3, pages.Distinct().Count());
        Assert.Equal([pages[0], pages[0] + 1, pages[0] + 2], pages);
    }
}

/// <summary>With <c>imprint: verso</c>, a short contents shares the title page's back with the imprint; a long one gets pages of its own.</summary>
public sealed class ContentsPlacementTests
{
    private static string Sections(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"# Section {i}\n\nThe text of section {i}, a single paragraph.\n\n"));

    private static Theme Verso => TypesetFixture.Theme with { Imprint = ImprintPlacement.Verso };

    [Fact]
    public void A_short_contents_sits_above_the_imprint_and_the_text_starts_on_page_three()
    {
        var layout = TypesetFixture.Layout(Sections(3), "date: 2020-01-01\n", Verso);
        Assert.Equal(3, layout.SectionPages["section-1"]);
    }

    [Fact]
    public void A_contents_too_long_for_the_imprint_page_opens_a_recto_of_its_own()
    {
        var layout = TypesetFixture.Layout(Sections(30), "date: 2020-01-01\n", Verso with { Sections = SectionOpening.RunOn });
        Assert.True(layout.SectionPages["section-1"] >= 5, $"text starts on page {layout.SectionPages["section-1"]}");
        Assert.Equal(1, layout.SectionPages["section-1"] % 2);
    }
}
