using Publish.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;
using Xunit.Abstractions;

namespace Publish.Tests.Pdf;

/// <summary>The PDF backend: text extraction, embedded subsets, reproducibility, navigation, validity.</summary>
public sealed class PdfRendererTests
{
    private static readonly DateTimeOffset Date = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ITestOutputHelper _output;

    public PdfRendererTests(ITestOutputHelper output) => _output = output;

    private static PdfRenderOptions Options(bool print = false) => new()
    {
        Title = "The Workers' Opposition", Author = "Alexandra Kollontai", Language = "en-GB",
        CreationDate = Date, PrintMode = print, Bleed = print ? 8.5 : 0,
    };

    internal static IReadOnlyList<Page> SamplePages() =>
    [
        TestFrames.A5(
            new OutlineEntry("Introduction", 1, 56),
            new Anchor("intro", 56),
            TestFrames.Run("Introduction", 56, 80, 18, TestFrames.Bold),
            TestFrames.Run("The office of the final officer", 56, 110),
            TestFrames.Run("spaced out words", 56, 126, extraSpacing: 0.8),
            new Rule(56, 140, 363.53, 140, 0.5, Colour.Black),
            new FilledRect(new Rect(56, 150, 100, 20), new Colour(179, 38, 30)),
            TestFrames.Run("See note 1 and the website.", 56, 190, colour: new Colour(179, 38, 30)),
            new LinkArea(new Rect(56, 180, 60, 14), "note-1", External: false),
            new LinkArea(new Rect(120, 180, 80, 14), "https://example.org/", External: true),
            TestFrames.Run("1", 200, 570)) with { Index = 1, Folio = "1" },
        TestFrames.A5(
            new OutlineEntry("Notes", 1, 56),
            new OutlineEntry("Note one", 2, 90),
            new Anchor("note-1", 90),
            TestFrames.Run("Notes", 56, 80, 18, TestFrames.Bold),
            TestFrames.Run("1. A note on efficiency.", 56, 110)) with { Index = 2, Folio = "2" },
    ];

    private static string WriteTemp(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "publish-pdf-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [SkippableFact]
    public void Text_including_ligatures_extracts()
    {
        var tool = ExternalTool.Require("pdftotext");
        var path = WriteTemp(PdfRenderer.Render(SamplePages(), Options(), TestFrames.Fonts), "text.pdf");
        var (code, text) = ExternalTool.Run(tool, "-layout", path, "-");
        _output.WriteLine(text);
        Assert.Equal(0, code);
        Assert.Contains("The office of the final officer", text);
        Assert.Contains("1. A note on efficiency.", text);
        Assert.Contains("Introduction", text);
    }

    [SkippableFact]
    public void Fonts_are_embedded_subsets()
    {
        var tool = ExternalTool.Require("pdffonts");
        var path = WriteTemp(PdfRenderer.Render(SamplePages(), Options(), TestFrames.Fonts), "fonts.pdf");
        var (code, listing) = ExternalTool.Run(tool, path);
        _output.WriteLine(listing);
        Assert.Equal(0, code);
        var fonts = listing.Split('\n').Where(l => l.Contains("CID TrueType")).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, l => Assert.Matches(@"^[A-Z]{6}\+.*Identity-H\s+yes\s+yes\s+yes", l));
    }

    [Fact]
    public void Same_frames_give_identical_bytes()
    {
        var a = PdfRenderer.Render(SamplePages(), Options(), TestFrames.Fonts);
        var b = PdfRenderer.Render(SamplePages(), Options(), TestFrames.Fonts);
        if (!a.AsSpan().SequenceEqual(b)) { WriteTemp(a, "same-a.pdf"); WriteTemp(b, "same-b.pdf"); }
        Assert.Equal(a, b);
        var p1 = PdfRenderer.Render(SamplePages(), Options(print: true), TestFrames.Fonts);
        var p2 = PdfRenderer.Render(SamplePages(), Options(print: true), TestFrames.Fonts);
        Assert.Equal(p1, p2);
    }

    [SkippableFact]
    public void Qpdf_check_passes_without_warnings()
    {
        var tool = ExternalTool.Require("qpdf");
        foreach (var print in new[] { false, true })
        {
            var path = WriteTemp(PdfRenderer.Render(SamplePages(), Options(print), TestFrames.Fonts), $"check-{print}.pdf");
            var (code, output) = ExternalTool.Run(tool, "--check", path);
            _output.WriteLine(output);
            Assert.Equal(0, code);
            Assert.DoesNotContain("WARNING", output);
        }
    }

    [Fact]
    public void Links_destinations_and_outlines_are_present()
    {
        var pdf = PdfRenderer.Render(SamplePages(), Options(), TestFrames.Fonts);
        using var doc = PdfFile.Open(pdf);
        Assert.Equal(2, doc.PageCount);
        var annotations = doc.Pages[0].Elements.GetArray("/Annots");
        Assert.NotNull(annotations);
        Assert.Equal(2, annotations!.Elements.Count);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/URI(https://example.org/)", text.Replace(" ", ""));
        Assert.Contains("(note-1)", text);
        Assert.Contains("(intro)", text);
        Assert.Equal(2, doc.Outlines.Count);
        Assert.Equal("Note one", doc.Outlines[1].Outlines[0].Title);
        Assert.Contains("/Lang(en-GB)", text);
    }

    [Fact]
    public void Print_mode_sets_boxes_and_drops_links()
    {
        var pdf = PdfRenderer.Render(SamplePages(), Options(print: true), TestFrames.Fonts);
        using var doc = PdfFile.Open(pdf);
        foreach (var page in doc.Pages)
        {
            Assert.Equal(419.53 + 17, page.MediaBox.Width, 2);
            Assert.Equal(595.28 + 17, page.MediaBox.Height, 2);
            Assert.Equal(8.5, page.TrimBox.X1, 2);
            Assert.Equal(419.53 + 8.5, page.TrimBox.X2, 2);
            Assert.Equal(page.MediaBox.Width, page.BleedBox.Width, 2);
            Assert.Null(page.Elements.GetArray("/Annots"));
        }
    }

    [Fact]
    public void Print_mode_writes_an_sRGB_output_intent_and_a_marks_margin_outside_the_bleed_box()
    {
        var pdf = PdfRenderer.Render(SamplePages(), Options(print: true) with { MarksMargin = 20 }, TestFrames.Fonts);
        using var doc = PdfFile.Open(pdf);
        var intents = doc.Internals.Catalog.Elements.GetArray("/OutputIntents");
        Assert.NotNull(intents);
        var intent = Assert.IsType<PdfSharp.Pdf.Advanced.PdfReference>(Assert.Single(intents.Elements)).Value as PdfSharp.Pdf.PdfDictionary;
        Assert.Equal("/GTS_PDFX", intent!.Elements.GetName("/S"));
        Assert.Equal(OutputIntent.Condition, intent.Elements.GetString("/OutputConditionIdentifier"));
        var profile = intent.Elements.GetDictionary("/DestOutputProfile");
        Assert.Equal(3, profile!.Elements.GetInteger("/N"));
        foreach (var page in doc.Pages)
        {
            Assert.Equal(419.53 + 2 * (8.5 + 20), page.MediaBox.Width, 2);
            Assert.Equal(20, page.BleedBox.X1, 2);
            Assert.Equal(419.53 + 17, page.BleedBox.Width, 2);
            Assert.Equal(28.5, page.TrimBox.X1, 2);
        }
        Assert.Null(PdfFile.Open(PdfRenderer.Render(SamplePages(), Options(print: false), TestFrames.Fonts))
            .Internals.Catalog.Elements.GetArray("/OutputIntents"));
    }
}
