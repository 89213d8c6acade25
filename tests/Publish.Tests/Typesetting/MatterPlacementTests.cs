using Publish.Styling;
using Publish.Tests.Layout;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;
using Xunit;

namespace Publish.Tests.Typesetting;

/// <summary>
/// The matter around the text on frames: the imprint at the title page's foot (<c>imprint:
/// title-page</c>), the contents opening the text on page 2 with page numbers that match, and the
/// colophon at the foot of the last page when it fits there (<c>colophon: foot</c>), else, or with
/// <c>colophon: page</c>, on a page of its own; nothing outside the type area.
/// </summary>
public sealed class MatterPlacementTests
{
    private const string FrontMatter = "author: A. Writer\ndate: 1971\npublisher: Test Press\nrights: Anti-copyright.\n";

    private static string Sections(int count, int paragraphs = 1) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"# Section {i}\n\n" + string.Concat(Enumerable.Repeat($"The text of section {i}, with words enough to fill a line or two of the page at the body size. ", 3)
            .Select(p => string.Concat(Enumerable.Repeat(p, paragraphs)) + "\n\n"))));

    /// <summary>A text of <paramref name="paragraphs"/> paragraphs of about five lines each, without headings.</summary>
    private static string Paragraphs(int paragraphs) => string.Concat(Enumerable.Range(1, paragraphs).Select(i =>
        string.Concat(Enumerable.Repeat($"Paragraph {i} says what the workers' councils were and how they met, and why the unions did not. ", 5)) + "\n\n"));

    private static string Text(Page page) => string.Join(" ", FrameLines.Lines(page).Select(l => l.Text));

    [Fact]
    public void The_imprint_sits_at_the_foot_of_the_title_page_and_the_text_starts_on_page_two()
    {
        var layout = TypesetFixture.Layout(Sections(3), FrontMatter);
        var title = layout.Pages[0];
        var lines = FrameLines.Lines(title);
        Assert.Contains("Sample Pamphlet", lines[0].Text);
        Assert.Contains(lines, l => l.Text.Contains("First published 1971 by Test Press.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Contains("Anti-copyright.", StringComparison.Ordinal));
        // The imprint's last line is the page's lowest, at the foot of the type area.
        Assert.Contains("Anti-copyright.", lines[^1].Text);
        Assert.InRange(lines[^1].Baseline, title.TypeArea.Bottom - TypesetFixture.Theme.NoteLeading, title.TypeArea.Bottom + FrameLines.Tolerance);
        Assert.Null(title.Folio);

        Assert.Equal(2, layout.SectionPages["section-1"]);
        var second = layout.Pages[1];
        Assert.StartsWith("Contents", FrameLines.BodyLines(second)[0].Text);
        Assert.Null(second.Folio); // the text's opening page carries no folio or running head
        Assert.Empty(FrameLines.Furniture(second));
    }

    [Fact]
    public void An_imprint_that_does_not_fit_under_a_long_title_goes_to_the_title_page_back()
    {
        // Longer and longer subtitles on the zine's A6 page: the imprint is at the foot of the title
        // page while it fits there, then at the foot of the title page's back; never split or spilled.
        var zine = TypesetFixture.Services.Themes.Load("zine", new Publish.Diagnostics.DiagnosticBag())!;
        int onBack = 0, onTitle = 0;
        for (int words = 4; words <= 40; words += 4)
        {
            var subtitle = string.Join(" ", Enumerable.Repeat("councils", words));
            var layout = TypesetFixture.Layout(Sections(3), $"subtitle: {subtitle}\n{FrontMatter}", zine);
            if (!Text(layout.Pages[0]).Contains("Test Press", StringComparison.Ordinal)) break; // a title page longer than a page: out of scope
            int home = Text(layout.Pages[0]).Contains("First published", StringComparison.Ordinal) ? 0 : 1;
            var lines = FrameLines.Lines(layout.Pages[home]);
            Assert.Contains(lines, l => l.Text.Contains("First published 1971 by Test Press.", StringComparison.Ordinal));
            Assert.Contains("Anti-copyright.", lines[^1].Text);
            Assert.InRange(lines[^1].Baseline, layout.Pages[home].TypeArea.Bottom - zine.NoteLeading, layout.Pages[home].TypeArea.Bottom + FrameLines.Tolerance);
            if (home == 0) { onTitle++; Assert.Equal(2, layout.SectionPages["section-1"]); }
            else
            {
                onBack++;
                Assert.Contains("councils", Text(layout.Pages[0])); // the whole title page stays on page 1
                Assert.Equal(1, layout.SectionPages["section-1"] % 2);
            }
            foreach (var page in layout.Pages) AssertInsideTypeArea(page);
        }
        Assert.True(onTitle > 0 && onBack > 0, $"imprint on the title page {onTitle} times, on its back {onBack} times");
    }

    [Fact]
    public void The_contents_page_numbers_match_where_the_sections_start()
    {
        var layout = TypesetFixture.Layout(Sections(12, paragraphs: 3), FrontMatter);
        var contents = layout.Pages[1];
        var numbers = new Dictionary<string, int>();
        foreach (var link in contents.Items.OfType<LinkArea>().Where(l => !l.External))
        {
            // The entry's title and its number both link to the section; the number is the run of digits.
            var runs = contents.Items.OfType<GlyphRun>().Where(r => r.X >= link.Area.X - 0.01 && r.X + r.Width <= link.Area.Right + 0.01
                && r.Baseline >= link.Area.Y && r.Baseline <= link.Area.Bottom && r.Text.All(char.IsAsciiDigit)).ToList();
            if (runs.Count == 1) numbers[link.Target] = int.Parse(runs[0].Text, System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(12, numbers.Count);
        foreach (var (id, page) in numbers) Assert.Equal(layout.SectionPages[id], page);
        Assert.True(layout.SectionPages["section-12"] > 3, "the sample should run over several pages");
        // Each section's heading is on the page the contents give.
        foreach (var (id, page) in numbers)
            Assert.Contains(layout.Pages[page - 1].Items.OfType<Anchor>(), a => a.Name == id);
    }

    [Fact]
    public void With_imprint_verso_the_title_page_carries_no_imprint_and_the_text_opens_on_a_recto()
    {
        var theme = TypesetFixture.Theme with { Imprint = ImprintPlacement.Verso };
        var layout = TypesetFixture.Layout(Sections(3), FrontMatter, theme);
        Assert.DoesNotContain("First published", Text(layout.Pages[0]));
        Assert.Contains("First published 1971 by Test Press.", Text(layout.Pages[1]));
        Assert.Equal(3, layout.SectionPages["section-1"]);
    }

    [Fact]
    public void The_colophon_goes_to_the_foot_of_the_last_page_when_it_fits_else_to_a_page_of_its_own()
    {
        var theme = TypesetFixture.Theme;
        bool sawFoot = false, sawOwnPage = false;
        // Texts of growing length: the last page fills up line by line, so both cases come round.
        for (int n = 6; n <= 16; n++)
        {
            var layout = TypesetFixture.Layout(Paragraphs(n), FrontMatter);
            var last = layout.Pages[^1];
            var lines = FrameLines.BodyLines(last);
            int colophonStart = lines.FindIndex(l => l.Text.StartsWith("Set in ", StringComparison.Ordinal));
            Assert.True(colophonStart >= 0, $"{n} paragraphs: no colophon on the last page");
            var rule = Assert.Single(last.Items.OfType<Rule>().Where(r => r.Y1 > lines[colophonStart].Baseline - 2 * theme.NoteLeading && r.Y1 < lines[colophonStart].Baseline));
            Assert.InRange(lines[^1].Baseline, last.TypeArea.Bottom - theme.NoteLeading, last.TypeArea.Bottom + FrameLines.Tolerance);
            Assert.Contains("urn:uuid:", lines[^1].Text);
            Assert.All(lines.Skip(colophonStart), l => Assert.Equal(theme.NoteSize, l.Size));
            double blockTop = rule.Y1 - theme.NoteLeading / 2; // the rule sits in the middle of the block's first line
            if (layout.ColophonOwnPage)
            {
                sawOwnPage = true;
                Assert.Equal(0, colophonStart); // nothing but the colophon on its page
                Assert.Null(last.Folio);
                // It did not fit under the text's last line with two blank lines between.
                Assert.True(Bottom(FrameLines.BodyLines(layout.Pages[^2]).Last()) + 2 * theme.Leading > blockTop + 0.01,
                    $"{n} paragraphs: the colophon had room under the text");
            }
            else
            {
                sawFoot = true;
                Assert.True(colophonStart > 0, $"{n} paragraphs: the colophon is at the foot but the page has no text");
                Assert.Equal(theme.BodySize, lines[colophonStart - 1].Size);
                Assert.True(blockTop - Bottom(lines[colophonStart - 1]) >= 2 * theme.Leading - 0.01,
                    $"{n} paragraphs: less than two lines between the text and the colophon");
            }
            foreach (var page in layout.Pages) AssertInsideTypeArea(page);
        }
        Assert.True(sawFoot, "no length put the colophon at the foot");
        Assert.True(sawOwnPage, "no length filled the last page");
    }

    [Fact]
    public void With_colophon_page_it_always_has_a_page_of_its_own()
    {
        var layout = TypesetFixture.Layout(Paragraphs(2), FrontMatter, TypesetFixture.Theme with { Colophon = ColophonPlacement.Page });
        Assert.True(layout.ColophonOwnPage);
        var lines = FrameLines.BodyLines(layout.Pages[^1]);
        Assert.StartsWith("Set in ", lines[0].Text);
        Assert.DoesNotContain(FrameLines.BodyLines(layout.Pages[^2]), l => l.Text.StartsWith("Set in ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_pamphlet_takes_a_title_page_and_its_text_pages_and_no_other_page_unless_the_colophon_needs_one()
    {
        int withoutColophonPage = 0;
        for (int n = 1; n <= 12; n++)
        {
            var layout = TypesetFixture.Layout(Paragraphs(n), FrontMatter);
            int textPages = layout.Pages.Skip(1).Count(p => FrameLines.BodyLines(p).Any(l => l.Size == TypesetFixture.Theme.BodySize));
            Assert.Equal(1 + textPages + (layout.ColophonOwnPage ? 1 : 0), layout.Pages.Count);
            Assert.All(layout.Pages.Skip(1).SkipLast(layout.ColophonOwnPage ? 1 : 0), p => Assert.NotEmpty(FrameLines.BodyLines(p)));
            if (!layout.ColophonOwnPage) withoutColophonPage++;
        }
        Assert.True(withoutColophonPage >= 6, $"the colophon had a page of its own in {12 - withoutColophonPage} of 12 lengths");
    }

    /// <summary>The bottom of a body line's box: its baseline less the ascent, plus the leading.</summary>
    private static double Bottom(TextLine line) =>
        line.Baseline - TypesetContext.AscentIn(TypesetFixture.Theme.Leading, line.Size) + TypesetFixture.Theme.Leading;

    /// <summary>Every glyph on the page lies inside the type area, but for the running head and folio of a page with a folio.</summary>
    private static void AssertInsideTypeArea(Page page)
    {
        var area = page.TypeArea;
        foreach (var line in page.Folio is null ? FrameLines.Lines(page) : FrameLines.BodyLines(page))
        {
            Assert.InRange(line.Baseline, area.Y - FrameLines.Tolerance, area.Bottom + FrameLines.Tolerance);
            Assert.InRange(line.Left, area.X - FrameLines.Tolerance, area.Right);
            Assert.InRange(line.Right, area.X, area.Right + FrameLines.Tolerance);
        }
        foreach (var rule in page.Items.OfType<Rule>())
        {
            Assert.InRange(rule.Y1, area.Y - FrameLines.Tolerance, area.Bottom + FrameLines.Tolerance);
            Assert.InRange(Math.Min(rule.X1, rule.X2), area.X - FrameLines.Tolerance, area.Right);
            Assert.InRange(Math.Max(rule.X1, rule.X2), area.X, area.Right + FrameLines.Tolerance);
        }
    }
}

/// <summary>
/// The baseline grid across page breaks: text after a block quote or a table is back on the grid,
/// also when the quote or the table began on the page before (the paginator places the first
/// line of a page where it lies on the flow's grid).
/// </summary>
public sealed class PageGridTests
{
    private static string Sample(int before) =>
        string.Concat(Enumerable.Range(1, before).Select(i => $"Paragraph {i} on the councils and the unions, long enough to take two lines or a little more at the body size.\n\n")) +
        "> " + string.Concat(Enumerable.Repeat("A long quotation from the resolution of the congress, set narrower and between half-line spaces. ", 9)) + "\n\n" +
        "After the quote the text runs on for a while, on the grid again, with words enough to fill three lines of the page at the body size, and then some more words.\n\n" +
        "| Year | Event |\n|---|---|\n| 1917 | The councils |\n| 1918 | The decrees |\n| 1921 | The congress and its ban on factions, in a cell long enough to wrap |\n\n" +
        string.Concat(Enumerable.Range(1, 8).Select(i => $"Closing paragraph {i}, which has to sit on the grid whatever came before it on this page or the page before.\n\n"));

    [Fact]
    public void Text_after_quotes_and_tables_stays_on_the_grid_across_page_breaks()
    {
        var theme = TypesetFixture.Theme;
        var problems = new List<string>();
        int splitQuotes = 0, splitTables = 0;
        for (int before = 14; before <= 30; before++)
        {
            var layout = TypesetFixture.Layout(Sample(before));
            foreach (var page in layout.Pages.Skip(1).Where(p => p.Folio is not null || FrameLines.BodyLines(p).Count > 0))
            {
                double first = page.TypeArea.Y + TypesetContext.AscentIn(theme.Leading, theme.BodySize);
                var lines = FrameLines.BodyLines(page).Where(l => l.Size == theme.BodySize).ToList();
                // Quote lines are indented on the left by more than a paragraph indent; they sit half a line off the grid.
                bool Quote(TextLine l) => l.Left > page.TypeArea.X + theme.ParagraphIndent + 1;
                if (lines.Count > 0 && Quote(lines[0]) && lines[0].Text.StartsWith("A long", StringComparison.Ordinal) is false) splitQuotes++;
                var all = FrameLines.BodyLines(page);
                if (all.Count > 0 && all[0].Text.StartsWith("19", StringComparison.Ordinal)) splitTables++;
                foreach (var line in lines.Where(l => !Quote(l)))
                {
                    double steps = (line.Baseline - first) / theme.Leading;
                    if (Math.Abs(steps - Math.Round(steps)) > 0.001) problems.Add($"{before} paragraphs: {line} is off the grid by {(steps - Math.Round(steps)) * theme.Leading:0.##}pt");
                }
            }
        }
        Assert.True(splitQuotes > 0, "no length split the quote over a page");
        Assert.True(splitTables > 0, "no length split the table over a page");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}

/// <summary>
/// Pages fill the type area to its foot as TeX fills them: a line fits while its baseline lies inside
/// the margins. Body lines stay on the grid of whole body lines; notes at their own leading take
/// the lines the full type area holds.
/// </summary>
public sealed class PageFillTests
{
    [Fact]
    public void Endnote_pages_hold_as_many_lines_as_the_type_area_has_baselines_and_none_below_it()
    {
        var theme = TypesetFixture.Theme;
        var layout = TypesetFixture.Layout(NoteHeavyText.Markdown());
        int notesStart = layout.SectionPages["notes"];
        var pages = layout.Pages.Where(p => p.Index > notesStart && FrameLines.BodyLines(p).Count > 0
            && FrameLines.BodyLines(p).All(l => l.Size == theme.NoteSize)).ToList();
        Assert.True(pages.Count >= 3, $"only {pages.Count} pages of notes alone");
        double height = theme.Page.Height - theme.Page.Top - theme.Page.Bottom;
        int expected = (int)Math.Floor((height - TypesetContext.AscentIn(theme.NoteLeading, theme.NoteSize)) / theme.NoteLeading) + 1;
        Assert.Equal(44, expected); // A5 with margins 18/22 mm: 481.9 pt, so 44 lines at 11 pt (43 boxes fit the 476 pt of 34 body lines)
        Assert.Equal(expected, pages.Max(p => FrameLines.BodyLines(p).Count));
        foreach (var page in pages)
            Assert.All(FrameLines.Lines(page).Where(l => l.Size == theme.NoteSize), l => Assert.True(l.Baseline <= page.TypeArea.Y + height + FrameLines.Tolerance, $"{l} below the type area"));
        // Body pages keep 34 lines: a 35th baseline would fall below the margin.
        var body = layout.Pages.Where(p => p.Index < notesStart && p.Folio is not null).Select(p => FrameLines.BodyLines(p).Count(l => l.Size == theme.BodySize)).Max();
        Assert.Equal(34, body);
    }
}
