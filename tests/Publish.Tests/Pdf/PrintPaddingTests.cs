using Publish.Pipeline;
using Publish.Styling;
using Publish.Tests.Layout;
using Publish.Tests.Scale;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>
/// The print interior's spare pages: padded to whole sheets with the back-list (or notes pages,
/// or blanks) after the text and before the colophon; entries are never cut; the back-list is
/// part of the incremental cache key.
/// </summary>
public sealed class PrintPaddingTests
{
    private static readonly BuildServices Services = new(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };

    private static (IReadOnlyList<Page> Pages, int Shown) Padded(LaidOutPamphlet p, PrintPadding padding, Backlist? backlist, bool colophonLast = true)
    {
        int shown = 0;
        var pages = PrintEdition.Pad(p.Layout, (first, count) =>
        {
            var result = PaddingComposer.Compose(padding, backlist, p.Theme, Services.Typesetting, p.Document.Metadata.Lang, first, count);
            shown = result.EntriesShown;
            return result.Pages;
        }, colophonLast);
        return (pages, shown);
    }

    private static string Text(Page page) => string.Join(" ", page.Items.OfType<GlyphRun>().Select(r => r.Text));

    [Theory]
    [MemberData(nameof(CatalogueLayouts.All), MemberType = typeof(CatalogueLayouts))]
    public void Backlist_fills_spare_pages_after_the_text(string slug)
    {
        var p = CatalogueLayouts.Get(slug);
        var backlist = PamphletBuilder.BacklistFor(Services, p.Directory, slug, p.Document.Metadata);
        Assert.NotNull(backlist); // the catalogue has five pamphlets and none is in a series: the other four are listed
        Assert.Equal(4, backlist.Entries.Count);
        Assert.Equal("Also available", backlist.Heading);

        var (pages, shown) = Padded(p, PrintPadding.Backlist, backlist);
        var laid = p.Pages;
        int spare = PrintEdition.Spare(laid.Count);
        Assert.Equal(0, pages.Count % 4);
        Assert.Equal(laid.Count + spare, pages.Count);
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(x => x.Index));
        // The text is untouched and in place; a colophon with a page of its own is the last page,
        // one at the foot of the text's last page stays there and the padding follows it.
        bool ownPage = p.Layout.ColophonOwnPage;
        int before = ownPage ? laid.Count - 1 : laid.Count;
        for (int i = 0; i < before; i++) Assert.Same(laid[i].Items, pages[i].Items);
        if (ownPage) Assert.Same(laid[^1].Items, pages[^1].Items);

        var padding = pages.Skip(before).Take(spare).ToList();
        if (spare == 0) return;
        Assert.Contains("Also available", Text(padding[0]));
        Assert.True(shown > 0);
        foreach (var page in padding)
        {
            Assert.Null(page.Folio); // no folio and no running head: every item lies in the type area
            foreach (var run in page.Items.OfType<GlyphRun>())
            {
                Assert.InRange(run.X, page.TypeArea.X - 0.01, page.TypeArea.Right);
                Assert.InRange(run.X + run.Width, page.TypeArea.X, page.TypeArea.Right + 0.01);
                Assert.InRange(run.Baseline, page.TypeArea.Y, page.TypeArea.Bottom + 0.01);
            }
        }
        foreach (var entry in backlist.Entries.Take(shown))
            Assert.Contains(padding, page => Text(page).Contains(entry.Title.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void A_backlist_longer_than_the_spare_pages_shows_whole_entries_only()
    {
        var p = CatalogueLayouts.Get("for-workers-power");
        var entries = Enumerable.Range(1, 40).Select(i => new BacklistEntry($"Pamphlet number {i} on the general strike", "An Author",
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "A description long enough to need more than two lines at the note size, with words about the general strike, the councils, the unions, " +
            "the factory committees, the bosses and the state, so that it is cut with an ellipsis at the end of its second line and never runs on.")).ToList();
        var result = PaddingComposer.Compose(PrintPadding.Backlist, new Backlist("Also in Test pamphlets", entries), p.Theme, Services.Typesetting,
            "en-GB", 7, 1);
        var page = Assert.Single(result.Pages);
        Assert.InRange(result.EntriesShown, 1, 39);
        var text = Text(page);
        // Every shown entry is complete (title, author, description), the next one is absent.
        var titles = page.Items.OfType<GlyphRun>().Count(r => r.Text.StartsWith("Pamphlet", StringComparison.Ordinal) || r.Text.Contains("\u00B7 Pamphlet"));
        Assert.Equal(result.EntriesShown, page.Items.OfType<GlyphRun>().Count(r => r.Text.Contains("An Author")));
        Assert.Contains($"{result.EntriesShown} \u00B7", text);
        Assert.DoesNotContain($"{result.EntriesShown + 1} \u00B7", text);
        Assert.True(titles >= result.EntriesShown);
        Assert.Contains("\u2026", text);
        Assert.Equal(result.EntriesShown * PaddingComposer.DescriptionLines,
            page.Items.OfType<GlyphRun>().Count(r => Math.Abs(r.Size - p.Theme.NoteSize) < 0.01));
    }

    [Fact]
    public void Notes_pages_are_ruled_inside_the_type_area()
    {
        var p = CatalogueLayouts.Get("against-leninism");
        var result = PaddingComposer.Compose(PrintPadding.Notes, null, p.Theme, Services.Typesetting, "en-GB", 10, 3);
        Assert.Equal([10, 11, 12], result.Pages.Select(x => x.Index));
        foreach (var page in result.Pages)
        {
            Assert.StartsWith("Notes", Text(page));
            var rules = page.Items.OfType<Rule>().ToList();
            Assert.True(rules.Count >= 10, $"{rules.Count} rules");
            Assert.All(rules, r => Assert.InRange(r.Y1, page.TypeArea.Y, page.TypeArea.Bottom + 0.01));
            Assert.All(rules, r => Assert.Equal(page.TypeArea.Width, r.X2 - r.X1, 3));
        }
    }

    [Fact]
    public void Padding_after_the_colophon_when_the_theme_says_so()
    {
        var p = CatalogueLayouts.Get("talking-to-soviet-workers");
        var (pages, _) = Padded(p, PrintPadding.Blank, null, colophonLast: false);
        Assert.Equal(0, pages.Count % 4);
        Assert.Same(p.Pages[^1].Items, pages[p.Pages.Count - 1].Items);
        Assert.All(pages.Skip(p.Pages.Count), page => Assert.Empty(page.Items));
    }

    [Theory]
    [InlineData("series: Test pamphlets\nseries-number: 2\n", "Also in Test pamphlets", "Gamma Pamphlet|Beta Pamphlet")]
    [InlineData("", "Also available", "Beta Pamphlet|Gamma Pamphlet")]
    public void Series_members_are_listed_in_number_order_others_by_title(string frontMatter, string heading, string titles)
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Write("alpha", "Alpha Pamphlet", frontMatter);
        catalogue.Write("beta", "Beta Pamphlet", "series: Test pamphlets\nseries-number: 10\n");
        catalogue.Write("gamma", "Gamma Pamphlet", "series: Test pamphlets\nseries-number: 1\n");
        var services = new BuildServices(new Workspace(catalogue.Root));
        var meta = services.Catalogue(catalogue.Sources);
        Assert.Equal(3, meta.Count);
        var alpha = Publish.Reading.PamphletReader.Read(Path.Combine(catalogue.Sources, "alpha"), new Diagnostics.DiagnosticBag())!.Metadata;
        var backlist = PamphletBuilder.BacklistFor(services, Path.Combine(catalogue.Sources, "alpha"), "alpha", alpha)!;
        Assert.Equal(heading, backlist.Heading);
        Assert.Equal(titles.Split('|'), backlist.Entries.Select(e => e.Title));
    }

    [Fact]
    public void A_changed_title_elsewhere_rebuilds_the_pamphlets_whose_backlist_shows_it()
    {
        using var catalogue = new ScaleCatalogue();
        const OutputFormat print = OutputFormat.Print;
        catalogue.Write("beta", "Beta Pamphlet", "theme: zine\nseries: Other\n"); // alone in its series: an empty back-list
        catalogue.Build(formats: print);
        catalogue.AgeOutputs();
        catalogue.Write("gamma", "Gamma Pamphlet, Revised", "");
        var second = catalogue.Build(formats: print);
        Assert.Equal(["alpha", "gamma"], second.Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug).Order());
        var text = Rendered(catalogue.OutputFile("alpha", "-print.pdf"));
        if (text is not null) Assert.Contains("Gamma Pamphlet, Revised", text);
    }

    private static string? Rendered(string pdf)
    {
        var tool = ExternalTool.Find("pdftotext");
        if (tool is null) return null;
        var (code, output) = ExternalTool.Run(tool, "-layout", pdf, "-");
        return code == 0 ? output : null;
    }
}
