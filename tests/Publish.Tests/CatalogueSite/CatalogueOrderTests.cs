using Publish.Catalogue;
using Publish.Model;
using Xunit;

namespace Publish.Tests.CatalogueSite;

/// <summary>Grouping, ordering, labels and sizes: the small decisions the page and feed share.</summary>
public sealed class CatalogueOrderTests
{
    private static CatalogueEntry Entry(string slug, string title, string? series = null, string? number = null) =>
        new(slug, new Metadata { Title = title, Series = series, SeriesNumber = number }, [], null);

    [Fact]
    public void Series_sort_case_insensitively_and_unnumbered_pamphlets_follow_numbered_ones()
    {
        var groups = CatalogueGrouper.Group(
        [
            Entry("z", "Zeta"), Entry("b2", "Beta two", "beta", "2"), Entry("a", "Alpha", "Anarchy"),
            Entry("b10", "Beta ten", "beta", "10"), Entry("bx", "Aardvark", "beta"), Entry("b2a", "Beta two a", "beta", "2a"),
        ]);
        Assert.Equal(["Anarchy", "beta", "Other pamphlets"], groups.Select(g => g.Heading));
        Assert.Equal(["b2", "b2a", "b10", "bx"], groups[1].Entries.Select(e => e.Slug));
        Assert.Equal(["series-anarchy", "series-beta", "other"], groups.Select(g => g.Anchor));
    }

    [Fact]
    public void A_catalogue_without_series_has_one_group_called_pamphlets()
    {
        var groups = CatalogueGrouper.Group([Entry("b", "Beta"), Entry("a", "alpha")]);
        var group = Assert.Single(groups);
        Assert.Equal("Pamphlets", group.Heading);
        Assert.Equal(["a", "b"], group.Entries.Select(e => e.Slug));
    }

    [Fact]
    public void Series_with_the_same_slug_get_distinct_anchors()
    {
        var groups = CatalogueGrouper.Group([Entry("a", "A", "Rank & File"), Entry("b", "B", "Rank-File")]);
        Assert.Equal(["series-rank-file", "series-rank-file-2"], groups.Select(g => g.Anchor));
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(812, "812 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(1025, "2 KB")]
    [InlineData(421_888, "412 KB")]
    [InlineData(1_468_006, "1.4 MB")]
    public void Sizes_read_like_a_file_manager(long bytes, string expected) =>
        Assert.Equal(expected, FormatLabels.Size(bytes));

    [Theory]
    [InlineData("epub", "EPUB")]
    [InlineData("pdf", "PDF (screen)")]
    [InlineData("print", "Print PDF (A6)")]
    [InlineData("booklet", "Booklet (A4, print double-sided, short-edge)")]
    [InlineData("cover-pdf", "Print cover (PDF)")]
    [InlineData("mobi", "mobi")]
    public void Formats_have_human_labels(string format, string label) =>
        Assert.Equal(label, FormatLabels.Label(format, "A6"));

    [Fact]
    public void Links_encode_each_path_segment_and_refuse_to_leave_the_output()
    {
        Assert.Equal("my%20slug/a%26b.epub", CatalogueLinks.Relative("./my slug\\a&b.epub"));
        Assert.Equal("https://x.example/c/s/s.pdf", CatalogueLinks.Resolve("s/s.pdf", "https://x.example/c/"));
        Assert.Null(CatalogueLinks.Locate("/tmp/out", "../etc/passwd"));
        Assert.Null(CatalogueLinks.Locate("/tmp/out", "/etc/passwd"));
    }
}
