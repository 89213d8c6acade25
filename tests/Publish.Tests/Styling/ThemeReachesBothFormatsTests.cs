using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Styling;

/// <summary>
/// The theme is the single source of every visual decision: change one value in a theme that
/// extends the default, build the same text on both, and the change shows in the EPUB's CSS and
/// in the PDF's pages, while everything else stays as it was.
/// </summary>
public sealed class ThemeReachesBothFormatsTests : IDisposable
{
    private const string ProbeColour = "#8a1c2b";
    private const double ProbeIndentEm = 3;
    private const double BodySize = 10.5;
    private const double DefaultIndentEm = 1.2;

    private readonly TempFolder _temp = TestPaths.Temp();

    public ThemeReachesBothFormatsTests()
    {
        TestPaths.CopyDirectory(TestPaths.Styles, Path.Combine(_temp.Path, "styles"));
        File.WriteAllText(Path.Combine(_temp.Path, "styles", "probe.yaml"),
            $"extends: default\nname: Probe\ncolours: {{ headings: \"{ProbeColour}\" }}\nparagraph: {{ indent: {ProbeIndentEm}em }}\n");
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
            $"Paragraph {i} of the probe text runs on for long enough to fill several lines of the measure, " +
            "so that its first line stands out against the lines that follow it and the indent can be read " +
            "from the page as well as from the stylesheet."));
        _temp.Pamphlet("plain", $"---\ntitle: Plain\n---\n\n# Section one\n\n{body}\n");
        _temp.Pamphlet("probe", $"---\ntitle: Probe\ntheme: probe\n---\n\n# Section one\n\n{body}\n");

        var services = new BuildServices(new Workspace(_temp.Path)) { SourceDateEpoch = "0" };
        var output = Path.Combine(_temp.Path, "artifacts");
        var results = new CatalogueBuilder(services) { UseCache = false }.Build(
            services.Workspace.AllPamphlets(), output, OutputFormat.Epub | OutputFormat.Pdf, 1);
        foreach (var result in results)
            Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
    }

    private string Artifact(string slug, string extension) => Path.Combine(_temp.Path, "artifacts", slug, slug + extension);

    [Fact]
    public void Heading_colour_reaches_the_epub_stylesheet()
    {
        var probe = Stylesheet("probe");
        var plain = Stylesheet("plain");
        Assert.Contains($"color: {ProbeColour}", Rule(probe, "h1"));
        Assert.DoesNotContain(ProbeColour, plain);
    }

    [Fact]
    public void Paragraph_indent_reaches_the_epub_stylesheet()
    {
        Assert.Contains($"text-indent: {ProbeIndentEm.ToString(CultureInfo.InvariantCulture)}em;", Rule(Stylesheet("probe"), "p"));
        Assert.Contains($"text-indent: {DefaultIndentEm.ToString(CultureInfo.InvariantCulture)}em;", Rule(Stylesheet("plain"), "p"));
    }

    [SkippableFact]
    public void Heading_colour_reaches_the_pdf_page()
    {
        var expected = Rgb(ProbeColour);
        Assert.Contains(FillColours("probe"), c => Close(c, expected));
        Assert.DoesNotContain(FillColours("plain"), c => Close(c, expected));
    }

    [SkippableFact]
    public void Paragraph_indent_reaches_the_pdf_page()
    {
        Assert.Equal(ProbeIndentEm * BodySize, MostCommonIndent("probe"), 0.6);
        Assert.Equal(DefaultIndentEm * BodySize, MostCommonIndent("plain"), 0.6);
    }

    private string Stylesheet(string slug)
    {
        using var zip = ZipFile.OpenRead(Artifact(slug, ".epub"));
        var css = zip.Entries.Where(e => e.FullName.EndsWith(".css", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(css);
        return string.Concat(css.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    /// <summary>The declarations of every rule whose selector list names <paramref name="selector"/>, in order.</summary>
    private static string Rule(string css, string selector)
    {
        var bodies = Regex.Matches(css, @"(?<sel>[^{}]+)\{(?<body>[^{}]*)\}")
            .Where(m => m.Groups["sel"].Value.Split(',').Select(s => s.Trim()).Contains(selector))
            .Select(m => m.Groups["body"].Value)
            .ToList();
        Assert.True(bodies.Count > 0, $"no rule for '{selector}' in the stylesheet");
        return string.Concat(bodies);
    }

    /// <summary>Every fill colour set in the PDF's content streams (uncompressed by qpdf).</summary>
    private List<double[]> FillColours(string slug)
    {
        var qpdf = ExternalTool.Require("qpdf");
        var plain = Path.Combine(_temp.Path, slug + ".qdf.pdf");
        var (code, output) = ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", Artifact(slug, ".pdf"), plain);
        Assert.True(code == 0, output);
        var text = File.ReadAllText(plain, System.Text.Encoding.Latin1);
        return Regex.Matches(text, @"([\d.]+) ([\d.]+) ([\d.]+) rg\b")
            .Select(m => new[] { Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value) })
            .ToList();
    }

    /// <summary>
    /// The first-line indent most often seen on the PDF's pages: each text line's left edge less
    /// the leftmost edge on its page, rounded to half a point.
    /// </summary>
    private double MostCommonIndent(string slug)
    {
        var pdftotext = ExternalTool.Require("pdftotext");
        var html = Path.Combine(_temp.Path, slug + ".bbox.html");
        var (code, output) = ExternalTool.Run(pdftotext, "-bbox-layout", Artifact(slug, ".pdf"), html);
        Assert.True(code == 0, output);
        var offsets = new List<double>();
        foreach (Match page in Regex.Matches(File.ReadAllText(html), @"<page .*?</page>", RegexOptions.Singleline))
        {
            var lefts = Regex.Matches(page.Value, @"<line xMin=""([\d.]+)""").Select(m => Num(m.Groups[1].Value)).ToList();
            if (lefts.Count < 10) continue;
            var edge = lefts.Min();
            offsets.AddRange(lefts.Select(x => Math.Round((x - edge) * 2) / 2).Where(d => d > 1));
        }
        Assert.NotEmpty(offsets);
        return offsets.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static double[] Rgb(string hex) =>
        [Convert.ToInt32(hex[1..3], 16) / 255.0, Convert.ToInt32(hex[3..5], 16) / 255.0, Convert.ToInt32(hex[5..7], 16) / 255.0];

    private static bool Close(double[] a, double[] b) => a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 0.003);

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    public void Dispose() => _temp.Dispose();
}
