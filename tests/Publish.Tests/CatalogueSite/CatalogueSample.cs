using Publish.Catalogue;
using Publish.Model;
using Publish.Tests.Support;

namespace Publish.Tests.CatalogueSite;

/// <summary>
/// Three pamphlets built by hand in a temporary output folder: two in "Solidarity pamphlets"
/// (numbers 7 and 10, given in the wrong order), one in no series whose title needs escaping.
/// Files are sparse placeholders of known sizes; two pamphlets have a real cover PNG.
/// </summary>
internal sealed class CatalogueSample : IDisposable
{
    public const string EscapedTitle = "Bread & Roses: \"<Now>\"";
    public const int CoverWidth = 300, CoverHeight = 424;

    private readonly TempFolder _temp = TestPaths.Temp();

    public string Output => _temp.Path;
    public IReadOnlyList<CatalogueEntry> Entries { get; }
    public string IndexPath => Path.Combine(Output, "index.html");
    public string FeedPath => Path.Combine(Output, "catalog.opds.xml");

    public CatalogueSample()
    {
        Entries =
        [
            Entry("for-workers-power", new Metadata
            {
                Title = "For Workers' Power",
                Contributors = [new Contributor("Chris Pallis", "aut")],
                Date = "1965", Publisher = "Solidarity", Series = "Solidarity pamphlets", SeriesNumber = "10",
                Description = "A 1965 leaflet: a short critique of capitalism and of the trade unions, and a call to working-class action.",
                Subjects = ["trade unions", "workers' councils"],
                Identifier = "urn:uuid:3e4b1c0a-5d61-5b0e-9c2f-1f0d2b7a6c11", Modified = "2024-03-01T12:00:00Z",
                Cover = new CoverSpec("band", "#1d4e89", null),
            }, cover: false, epub: 98_304, pdf: 204_800, print: 190_000, booklet: 260_000),
            Entry("workers-opposition", new Metadata
            {
                Title = "The Workers' Opposition",
                Subtitle = "The trade unions and the tasks of the economy",
                Contributors = [new Contributor("Alexandra Kollontai", "aut"), new Contributor("A. Holt", "trl")],
                Date = "1921", Edition = "Third Solidarity edition, 1979", Publisher = "Solidarity",
                Series = "Solidarity pamphlets", SeriesNumber = "7",
                Description = "Kollontai's 1921 platform for the Workers' Opposition inside the Bolshevik party: workers' control of industry through the unions.",
                Subjects = ["Russian Revolution", "workers' control"],
                Identifier = "urn:uuid:9a1f6f52-8f0b-5c8e-8a65-1d3b0f4c2e77", Modified = "2025-06-30T08:15:00Z",
            }, cover: true, epub: 421_888, pdf: 1_468_006, print: 900_000, booklet: 1_200_000, coverPdf: 310_000),
            Entry("bread-and-roses", new Metadata
            {
                Title = EscapedTitle,
                Contributors = [new Contributor("Rose Schneiderman", "aut")],
                Date = "1912-03-01", Publisher = "Solidarity", Lang = "en-US",
                Description = "Speeches & songs from the Lawrence textile strike: <no markup> survives as \"text\".",
                Subjects = ["strikes", "women's labour"],
                Identifier = "urn:uuid:0c8e2b0e-3f7d-5a4b-b1c9-6e2a7d9f4b33", Modified = "2023-01-15T00:00:00Z",
            }, cover: true, epub: 812, pdf: 1_024),
        ];
    }

    private CatalogueEntry Entry(string slug, Metadata metadata, bool cover, long epub, long pdf,
        long print = 0, long booklet = 0, long coverPdf = 0)
    {
        Directory.CreateDirectory(Path.Combine(Output, slug));
        var files = new List<CatalogueFile> { File(slug, "epub", $"{slug}.epub", epub, "application/epub+zip") };
        files.Add(File(slug, "pdf", $"{slug}.pdf", pdf, "application/pdf"));
        if (print > 0) files.Add(File(slug, "print", $"{slug}-print.pdf", print, "application/pdf"));
        if (booklet > 0) files.Add(File(slug, "booklet", $"{slug}-booklet-a4.pdf", booklet, "application/pdf"));
        if (coverPdf > 0) files.Add(File(slug, "cover-pdf", $"{slug}-cover.pdf", coverPdf, "application/pdf"));
        files.Reverse(); // the writer must order formats itself
        string? png = null;
        if (cover)
        {
            png = $"{slug}/{slug}-cover.png";
            var colour = slug == "workers-opposition" ? ((byte)164, (byte)35, (byte)27) : ((byte)33, (byte)91, (byte)63);
            System.IO.File.WriteAllBytes(Path.Combine(Output, png), TestPng.Cover(CoverWidth, CoverHeight, colour));
        }
        return new CatalogueEntry(slug, metadata, files, png);
    }

    /// <summary>A sparse placeholder of exactly <paramref name="bytes"/> bytes.</summary>
    private CatalogueFile File(string slug, string format, string name, long bytes, string mediaType)
    {
        using (var stream = new FileStream(Path.Combine(Output, slug, name), FileMode.Create)) stream.SetLength(bytes);
        return new CatalogueFile(format, $"{slug}/{name}", bytes, mediaType);
    }

    public void Write(CatalogueOptions? options = null) =>
        CatalogueWriter.Write(Entries, options ?? Options, Output);

    public static CatalogueOptions Options { get; } = new("Pamphlets in print", PublisherName: "Solidarity (London)");

    public void Dispose() => _temp.Dispose();
}
