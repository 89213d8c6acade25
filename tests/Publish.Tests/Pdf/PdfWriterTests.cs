using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Pdf;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Xunit;

namespace Publish.Tests.Pdf;

/// <summary>
/// Our PDF writer's own structures, read back with PDFsharp's parser (independent of the writer):
/// text strings outside ASCII, nested outlines with open and closed entries, the XMP packet, the
/// font descriptor, and a booklet that shares the interior's fonts instead of copying them.
/// </summary>
public sealed class PdfWriterTests
{
    private static readonly DateTimeOffset Date = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static PdfRenderOptions Options(string title = "Рабочая оппозиция (1921)") => new()
    {
        Title = title, Author = "Александра Коллонтай", Subject = "On trade unions & the party", Keywords = "unions, <party>",
        Language = "ru", CreationDate = Date,
    };

    private static IReadOnlyList<Page> NestedOutline() =>
    [
        TestFrames.A5(
            new OutlineEntry("Part one", 1, 56), new OutlineEntry("Chapter 1", 2, 90), new OutlineEntry("Section 1.1", 3, 120),
            new OutlineEntry("Chapter 2", 2, 200), TestFrames.Run("Part one", 56, 80)),
        TestFrames.A5(new OutlineEntry("Part two", 1, 56), new OutlineEntry("Chapter 3", 2, 90), TestFrames.Run("Part two", 56, 80)),
    ];

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [Fact]
    public void Text_outside_ASCII_round_trips_through_the_info_dictionary()
    {
        var pdf = PdfRenderer.Render(NestedOutline(), Options(), TestFrames.Fonts);
        using var doc = PdfFile.Open(pdf);
        Assert.Equal("Рабочая оппозиция (1921)", doc.Info.Title);
        Assert.Equal("Александра Коллонтай", doc.Info.Author);
        Assert.Equal("unions, <party>", doc.Info.Keywords);
        Assert.DoesNotContain(Latin1(pdf), c => c > '\u00FF');
    }

    [Fact]
    public void Outline_nests_by_level_with_the_top_level_open()
    {
        var pdf = PdfRenderer.Render(NestedOutline(), Options(), TestFrames.Fonts);
        using var doc = PdfFile.Open(pdf);
        Assert.Equal(["Part one", "Part two"], doc.Outlines.Select(o => o.Title));
        Assert.Equal(["Chapter 1", "Chapter 2"], doc.Outlines[0].Outlines.Select(o => o.Title));
        Assert.Equal("Section 1.1", Assert.Single(doc.Outlines[0].Outlines[0].Outlines).Title);
        // Open top level: its children show; "Chapter 1" is closed, so its one child is counted negatively.
        var text = Latin1(pdf);
        Assert.Matches(@"/Type/Outlines/First \d+ 0 R/Last \d+ 0 R/Count 5>>", text);
        Assert.Contains("/Title(Chapter 1)", text);
        Assert.Matches(@"/Title\(Chapter 1\)[^>]*/Count -1", text);
        Assert.Matches(@"/Title\(Part one\)[^>]*/Count 2", text);
    }

    [Fact]
    public void Xmp_packet_is_well_formed_and_agrees_with_the_info_dictionary()
    {
        var text = Encoding.UTF8.GetString(PdfRenderer.Render(NestedOutline(), Options(), TestFrames.Fonts));
        var start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        var xmp = XDocument.Parse(text[start..end]);
        XNamespace dc = "http://purl.org/dc/elements/1.1/", xmpNs = "http://ns.adobe.com/xap/1.0/";
        Assert.Equal("Рабочая оппозиция (1921)", xmp.Descendants(dc + "title").Single().Value);
        Assert.Equal("Александра Коллонтай", xmp.Descendants(dc + "creator").Single().Value);
        Assert.Equal("2024-05-01T12:00:00Z", xmp.Descendants(xmpNs + "CreateDate").Single().Value);
    }

    [Fact]
    public void Font_descriptor_has_a_negative_descent_and_an_italic_flag_only_for_italics()
    {
        var pages = new[] { TestFrames.A5(TestFrames.Run("Upright", 56, 80), TestFrames.Run("Sloped", 56, 100, font: "CharisSIL-Italic.ttf")) };
        var text = Latin1(PdfRenderer.Render(pages, Options(), TestFrames.Fonts));
        var descriptors = Regex.Matches(text, @"/Type/FontDescriptor/FontName/[A-Z]{6}\+(?<name>[^/]+)/Flags (?<flags>\d+)[^>]*/Descent (?<descent>-?\d+)");
        Assert.Equal(2, descriptors.Count);
        foreach (Match d in descriptors)
        {
            Assert.True(int.Parse(d.Groups["descent"].Value) < 0, d.Value);
            bool italic = (int.Parse(d.Groups["flags"].Value) & 64) != 0;
            Assert.Equal(d.Groups["name"].Value.Contains("Italic"), italic);
        }
    }

    [Fact]
    public void Subset_tags_depend_only_on_the_font_and_its_glyphs()
    {
        static string Tags(params FrameItem[] items) => string.Join(" ", Regex.Matches(
            Latin1(PdfRenderer.Render([TestFrames.A5(items)], Options(), TestFrames.Fonts)), @"/BaseFont/([A-Z]{6})\+").Select(m => m.Groups[1].Value).Distinct());
        Assert.Equal(Tags(TestFrames.Run("same words", 56, 80)), Tags(TestFrames.Run("same words", 90, 300)));
        Assert.NotEqual(Tags(TestFrames.Run("same words", 56, 80)), Tags(TestFrames.Run("other words", 56, 80)));
    }

    [Fact]
    public void Booklet_writes_each_font_once_and_draws_every_page_as_a_form()
    {
        var pages = Enumerable.Range(1, 8).Select(n => TestFrames.A5(TestFrames.Run($"page {n}", 150, 300, 14)) with { Index = n }).ToList();
        var interior = RenderedDocument.Draw(pages, new PdfRenderOptions { CreationDate = Date, PrintMode = true, Bleed = 8.5 }, TestFrames.Fonts);
        var text = Latin1(BookletImposer.Impose(interior, new BookletOptions { CreationDate = Date, Title = "Booklet" }));
        Assert.Single(Regex.Matches(text, "/Subtype/Type0"));
        Assert.Equal(8, Regex.Matches(text, "/Subtype/Form").Count);
        Assert.Contains("/OutputIntents", text);
    }

    /// <summary>
    /// A blank page (print padding) has empty content; its stream must still be a whole zlib
    /// stream, or Ghostscript stops drawing with "premature end of data in flate filter"
    /// (qpdf --check does not notice).
    /// </summary>
    [Fact]
    public void A_blank_page_has_a_complete_deflated_content_stream()
    {
        var empty = ContentStreams.Deflate(ReadOnlySpan<byte>.Empty);
        Assert.Equal([0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01], empty);
        using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(empty), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(-1, inflate.ReadByte());
        var text = Latin1(PdfRenderer.Render([TestFrames.A5(TestFrames.Run("Text", 56, 80)), TestFrames.A5()], Options(), TestFrames.Fonts));
        Assert.DoesNotContain("/Filter/FlateDecode/Length 0>>", text);
    }

    /// <summary>
    /// Ghostscript is a stricter reader than qpdf --check (it caught the empty content stream of a
    /// blank page that qpdf let through): a screen PDF with links and outline, a print interior
    /// with a blank page, its booklet, and a page of images are all drawn without a complaint.
    /// </summary>
    [SkippableFact]
    public void Ghostscript_draws_every_page_without_complaint()
    {
        var gs = ExternalTool.Require("gs");
        var dir = Path.Combine(Path.GetTempPath(), "publish-pdf-tests");
        Directory.CreateDirectory(dir);
        var png = Path.Combine(dir, "gs-split.png");
        File.WriteAllBytes(png, TestPng.SplitRedBlue(80, 40));
        var pages = Enumerable.Range(1, 7).Select(n => TestFrames.A5(TestFrames.Run($"page {n}", 150, 300, 14)) with { Index = n })
            .Append(TestFrames.A5() with { Index = 8 }).ToList();
        var interior = RenderedDocument.Draw(pages, new PdfRenderOptions { CreationDate = Date, PrintMode = true, Bleed = 8.5 }, TestFrames.Fonts);
        var files = new Dictionary<string, byte[]>
        {
            ["gs-screen.pdf"] = PdfRenderer.Render(PdfRendererTests.SamplePages(), Options(), TestFrames.Fonts),
            ["gs-print.pdf"] = PdfRenderer.Write(interior),
            ["gs-booklet.pdf"] = BookletImposer.Impose(interior, new BookletOptions { CreationDate = Date, Marks = true }),
            ["gs-images.pdf"] = PdfRenderer.Render([new Page(200, 200, [new ImageFrame(png, new Rect(20, 20, 160, 80)),
                new ImageFrame(png, new Rect(50, 110, 80, 80), Cover: true)])], Options(), TestFrames.Fonts),
        };
        foreach (var (name, pdf) in files)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, pdf);
            var (code, output) = ExternalTool.Run(gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", path);
            Assert.True(code == 0 && output.Trim().Length == 0, $"{name}: {output}");
        }
    }
}
