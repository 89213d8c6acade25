using System.Text.Json;
using Publish.Tests.Catalogue;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Layout;

/// <summary>
/// The PDF quality bars checked on the files the real build writes for every pamphlet (the
/// catalogue is built once by <see cref="CatalogueFixture"/>): fonts embedded and subset, a
/// clean <c>qpdf --check</c>, the source's words given back by pdftotext, working links both
/// ways, and a print interior with whole sheets and trim/bleed boxes.
/// </summary>
public sealed class PdfQualityTests(CatalogueFixture catalogue) : IClassFixture<CatalogueFixture>
{
    public static TheoryData<string> Pamphlets => CatalogueLayouts.All();

    /// <summary>Share of the source's words pdftotext must give back, in order.</summary>
    private const double RequiredWordShare = 0.995;

    private string Pdf(string slug, string suffix = "")
    {
        var result = catalogue.Results.Single(r => r.Slug == slug);
        Assert.False(result.Failed, $"{slug} failed to build: " + string.Join("; ", result.Diagnostics));
        var path = Path.Combine(catalogue.Output, slug, slug + suffix + ".pdf");
        Assert.True(File.Exists(path), $"{path} was not written");
        return path;
    }

    private IEnumerable<string> AllPdfs(string slug) => [Pdf(slug), Pdf(slug, "-print"), Pdf(slug, "-booklet-a4")];

    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Every_font_is_embedded_and_subset(string slug)
    {
        var pdffonts = ExternalTool.Require("pdffonts");
        var problems = new List<string>();
        foreach (var pdf in AllPdfs(slug))
        {
            var (exit, output) = ExternalTool.Run(pdffonts, pdf);
            Assert.Equal(0, exit);
            var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                // name … emb sub uni object ID: the flags are the 5th-, 4th- and 3rd-last columns.
                var cols = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length < 6 || cols[^5] != "yes" || cols[^4] != "yes" || !cols[0].Contains('+'))
                    problems.Add($"{Path.GetFileName(pdf)}: {row.Trim()}");
            }
        }
        Assert.True(problems.Count == 0, "fonts not embedded or not subset:\n" + string.Join("\n", problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Qpdf_check_passes_without_warnings(string slug)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var problems = new List<string>();
        foreach (var pdf in AllPdfs(slug))
        {
            var (exit, output) = ExternalTool.Run(qpdf, "--check", pdf);
            if (exit != 0 || output.Contains("WARNING", StringComparison.OrdinalIgnoreCase) || output.Contains("error:", StringComparison.OrdinalIgnoreCase))
                problems.Add($"{Path.GetFileName(pdf)}: exit {exit}\n{output.Trim()}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Pdftotext_gives_back_the_source_words_in_order(string slug)
    {
        var pdftotext = ExternalTool.Require("pdftotext");
        var markdown = File.ReadAllText(Path.Combine(TestPaths.Sources, slug, "pamphlet.md"));
        // Footnotes interleave with the text page by page: the text and the notes each read in order.
        var (body, notes) = SourceWords.Parts(markdown);
        var sources = CatalogueLayouts.Get(slug).Document.Metadata.Notes == Model.NotesMode.Footnotes
            ? new[] { body, notes }.Where(s => s.Count > 0).ToArray()
            : [SourceWords.FromMarkdown(markdown)];
        var problems = new List<string>();
        foreach (var pdf in new[] { Pdf(slug), Pdf(slug, "-print") })
        {
            var (exit, text) = ExternalTool.Run(pdftotext, "-enc", "UTF-8", pdf, "-");
            Assert.Equal(0, exit);
            var extracted = SourceWords.FromPdfText(text);
            foreach (var source in sources)
            {
                int common = SourceWords.CommonSubsequence(source, extracted);
                double share = (double)common / source.Count;
                if (share < RequiredWordShare)
                {
                    var missing = source.Except(extracted).Take(30);
                    problems.Add($"{Path.GetFileName(pdf)}: {common} of {source.Count} source words in order ({share:P2}); never extracted: {string.Join(", ", missing)}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Every_named_destination_points_at_a_page(string slug)
    {
        ExternalTool.Require("qpdf");
        var problems = new List<string>();
        foreach (var pdf in new[] { Pdf(slug), Pdf(slug, "-print") })
        {
            var names = QpdfObjects.Load(pdf).NamedDestinations();
            var broken = names.Where(n => n.Value is null).Select(n => n.Key).Order(StringComparer.Ordinal).ToList();
            if (broken.Count > 0)
                problems.Add($"{Path.GetFileName(pdf)}: {broken.Count} of {names.Count} named destinations point at no page: {string.Join(", ", broken.Take(15))}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Links live in the screen PDF (the print interior has none).</summary>
    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Every_link_resolves_and_notes_link_both_ways(string slug)
    {
        ExternalTool.Require("qpdf");
        var problems = new List<string>();
        var pdf = Pdf(slug);
        var file = Path.GetFileName(pdf);
        var qpdf = QpdfObjects.Load(pdf);
        var names = qpdf.NamedDestinations();
        var links = qpdf.LinkTargets();
        var internalLinks = links.Where(l => !l.External).ToList();
        foreach (var link in internalLinks.Where(l => !l.Target.StartsWith("#page=", StringComparison.Ordinal)))
        {
            if (!names.TryGetValue(link.Target, out var destPage)) problems.Add($"{file} p{link.Page}: link to \"{link.Target}\" has no destination");
            else if (destPage is null) problems.Add($"{file} p{link.Page}: link to \"{link.Target}\" goes to a destination that points at no page");
        }
        foreach (var uri in links.Where(l => l.External && !Uri.IsWellFormedUriString(l.Target, UriKind.Absolute)))
            problems.Add($"{file} p{uri.Page}: web link \"{uri.Target}\" is not an absolute URI");

        // Notes both ways: every note is linked to from its reference, and its page links back to the reference.
        var document = CatalogueLayouts.Get(slug).Document;
        var noteTargets = internalLinks.Select(l => l.Target).Where(t => t.StartsWith("note-", StringComparison.Ordinal)).Distinct().ToList();
        if (noteTargets.Count < document.Notes.Count) problems.Add($"{file}: {document.Notes.Count} notes but only {noteTargets.Count} are linked to");
        foreach (var noteTarget in noteTargets)
        {
            var number = noteTarget["note-".Length..];
            var notePage = names.GetValueOrDefault(noteTarget);
            bool back = internalLinks.Any(l => l.Page == notePage && l.Target == "ref-" + number);
            if (!back) problems.Add($"{file}: note {number} (on p{notePage?.ToString() ?? "?"}) has no link back to ref-{number} from its page");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(30)));
    }

    [SkippableTheory]
    [MemberData(nameof(Pamphlets))]
    public void Print_pdf_has_whole_sheets_and_trim_and_bleed_boxes(string slug)
    {
        ExternalTool.Require("qpdf");
        var doc = QpdfObjects.Load(Pdf(slug, "-print"));
        var pages = doc.Pages();
        Assert.True(pages.Count % 4 == 0, $"{slug}-print.pdf has {pages.Count} pages, not a multiple of 4");
        var missing = pages.Select((p, i) => (p, i))
            .Where(x => !x.p.TryGetProperty("/TrimBox", out _) || !x.p.TryGetProperty("/BleedBox", out _))
            .Select(x => x.i + 1).ToList();
        Assert.True(missing.Count == 0, $"{slug}-print.pdf pages without TrimBox/BleedBox: {string.Join(", ", missing)}");
        foreach (var page in pages)
        {
            var media = Box(page, "/MediaBox"); var bleed = Box(page, "/BleedBox"); var trim = Box(page, "/TrimBox");
            Assert.True(Contains(media, bleed) && Contains(bleed, trim), $"{slug}-print.pdf: boxes not nested: media {string.Join(",", media)} bleed {string.Join(",", bleed)} trim {string.Join(",", trim)}");
        }
    }

    private static double[] Box(JsonElement page, string key) => page.GetProperty(key).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static bool Contains(double[] outer, double[] inner) =>
        inner[0] >= outer[0] - 0.01 && inner[1] >= outer[1] - 0.01 && inner[2] <= outer[2] + 0.01 && inner[3] <= outer[3] + 0.01;
}
