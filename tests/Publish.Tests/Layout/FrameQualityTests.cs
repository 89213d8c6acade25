using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Layout;

/// <summary>
/// The PDF quality bars checked on the frames of every pamphlet in sources/: nothing outside the
/// type area but running heads and folios, no overfull lines, no widows or orphans, no heading
/// left at the foot of a page, no more than two hyphenated line ends in a row.
/// </summary>
public sealed class FrameQualityTests
{
    public static TheoryData<string> Pamphlets => CatalogueLayouts.All();

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void Glyph_runs_stay_inside_the_type_area_horizontally(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var outside = pamphlet.Pages
            .SelectMany(p => p.Items.OfType<GlyphRun>().Where(r => r.X < p.TypeArea.X - FrameLines.Tolerance || r.X + r.Width > p.TypeArea.Right + FrameLines.Tolerance)
                .Select(r => $"p{p.Index}: \"{r.Text}\" x={r.X:0.##}..{r.X + r.Width:0.##} (type area {p.TypeArea.X:0.##}..{p.TypeArea.Right:0.##})"))
            .ToList();
        Assert.True(outside.Count == 0, $"{slug}: {outside.Count} glyph runs outside the type area:\n" + string.Join("\n", outside.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void No_line_is_wider_than_the_measure(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var overfull = pamphlet.Pages
            .SelectMany(p => FrameLines.Lines(p).Where(l => l.Width > p.TypeArea.Width + FrameLines.Tolerance)
                .Select(l => $"{l} is {l.Width - p.TypeArea.Width:0.##}pt wider than the measure"))
            .ToList();
        Assert.True(overfull.Count == 0, $"{slug}: {overfull.Count} overfull lines:\n" + string.Join("\n", overfull.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void Baselines_lie_inside_the_type_area_except_running_heads_and_folios(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var problems = new List<string>();
        foreach (var page in pamphlet.Pages)
        {
            foreach (var line in FrameLines.Furniture(page))
            {
                bool head = line.Baseline < page.TypeArea.Y && line.Baseline > 0;
                bool folio = line.Baseline > page.TypeArea.Bottom && line.Baseline < page.Height && page.Folio is not null && line.Text == page.Folio;
                if (!head && !folio) problems.Add($"{line}: outside the type area ({page.TypeArea.Y:0.##}..{page.TypeArea.Bottom:0.##}) and neither running head nor folio");
                if (head && page.Folio is null) problems.Add($"{line}: running head on a page without a folio");
            }
            if (FrameLines.Furniture(page).Count(l => l.Baseline < page.TypeArea.Y) > 1)
                problems.Add($"p{page.Index}: more than one line above the type area");
        }
        Assert.True(problems.Count == 0, $"{slug}:\n" + string.Join("\n", problems.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void No_widows_or_orphans(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var problems = new List<string>();
        var paragraphs = ParagraphLines.Paragraphs(pamphlet.Pages);
        // The detector must see the paragraphs that run on over a page, or it checks nothing.
        int crossing = paragraphs.Count(p => p.Select(l => l.Page.Index).Distinct().Count() > 1);
        if (pamphlet.Pages.Count > 12) Assert.True(crossing > 0, $"{slug}: no paragraph found that runs over a page break");
        problems.AddRange(ParagraphLines.WidowsAndOrphans(paragraphs));
        Assert.True(problems.Count == 0, $"{slug}: {problems.Count} widows/orphans:\n" + string.Join("\n", problems.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void No_heading_is_the_last_thing_on_a_page(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var headings = ParagraphLines.HeadingTexts(pamphlet.Document);
        int firstBody = pamphlet.Pages.FirstOrDefault(p => p.Items.OfType<OutlineEntry>().Any())?.Index ?? 1;
        var bodyFont = pamphlet.BodyFontKey();
        var problems = new List<string>();
        foreach (var page in pamphlet.Pages.Where(p => p.Index >= firstBody && p.Index < pamphlet.Pages.Count))
        {
            var lines = FrameLines.BodyLines(page);
            if (lines.Count == 0) continue;
            var last = lines[^1];
            var text = ParagraphLines.Normalise(last.Text);
            bool headingStyle = last.Size > pamphlet.Theme.BodySize + 0.01 || last.Runs.All(r => r.FontKey != bodyFont);
            if (text.Length > 0 && headingStyle && headings.Any(h => h.Contains(text, StringComparison.Ordinal)))
                problems.Add($"stranded heading: {last}");
        }
        Assert.True(problems.Count == 0, $"{slug}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Pamphlets))]
    public void At_most_two_consecutive_hyphenated_line_ends(string slug)
    {
        var pamphlet = CatalogueLayouts.Get(slug);
        var compounds = ParagraphLines.SourceCompounds(File.ReadAllText(pamphlet.Document.SourcePath));
        var flow = ParagraphLines.Flow(pamphlet.Pages);
        var problems = new List<string>();
        int streak = 0;
        for (int i = 0; i < flow.Count; i++)
        {
            var next = i + 1 < flow.Count && !flow[i + 1].StartsParagraph ? flow[i + 1].Line.Text : null;
            if (flow[i].StartsParagraph) streak = 0;
            if (ParagraphLines.EndsWithAddedHyphen(flow[i].Line.Text, next, compounds))
            {
                streak++;
                if (streak == 3) problems.Add($"three hyphenated line ends in a row, ending {flow[i].Line}");
            }
            else streak = 0;
        }
        Assert.True(problems.Count == 0, $"{slug}: {problems.Count} hyphen ladders:\n" + string.Join("\n", problems.Take(20)));
    }
}

internal static class LaidOutPamphletExtensions
{
    /// <summary>The font key of the body text: the most common font of full-size runs.</summary>
    public static string BodyFontKey(this LaidOutPamphlet pamphlet) =>
        pamphlet.Pages.SelectMany(p => p.Items.OfType<GlyphRun>())
            .Where(r => Math.Abs(r.Size - pamphlet.Theme.BodySize) < 0.01)
            .GroupBy(r => r.FontKey).OrderByDescending(g => g.Sum(r => r.Glyphs.Count)).First().Key;
}
