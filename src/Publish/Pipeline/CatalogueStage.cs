using Publish.Catalogue;
using Publish.Diagnostics;

namespace Publish.Pipeline;

/// <summary>
/// After the pamphlets: the catalogue page and OPDS feed over every pamphlet that built,
/// with its files and their sizes as they are on disk.
/// </summary>
internal static class CatalogueStage
{
    private static readonly (string Suffix, string Format, string MediaType)[] Formats =
    [
        (".epub", "epub", "application/epub+zip"),
        (".pdf", "pdf", "application/pdf"),
        ("-print.pdf", "print", "application/pdf"),
        ("-booklet-a4.pdf", "booklet", "application/pdf"),
        ("-cover.pdf", "cover-pdf", "application/pdf"),
    ];

    public static void Write(IReadOnlyList<PamphletResult> results, string outputRoot, DiagnosticBag diagnostics)
    {
        var entries = new List<CatalogueEntry>();
        foreach (var result in results.Where(r => !r.Failed && r.Metadata is not null))
        {
            var files = Formats
                .Select(f => (f, Path: Path.Combine(outputRoot, result.Slug, result.Slug + f.Suffix)))
                .Where(x => File.Exists(x.Path))
                .Select(x => new CatalogueFile(x.f.Format, $"{result.Slug}/{result.Slug}{x.f.Suffix}", new FileInfo(x.Path).Length, x.f.MediaType))
                .ToList();
            var cover = Path.Combine(outputRoot, result.Slug, result.Slug + "-cover.png");
            entries.Add(new CatalogueEntry(result.Slug, result.Metadata!, files, File.Exists(cover) ? $"{result.Slug}/{result.Slug}-cover.png" : null, result.Trim));
        }
        if (entries.Count == 0) return;
        var publishers = entries.Select(e => e.Metadata.Publisher).OfType<string>().Distinct().ToList();
        CatalogueWriter.Write(entries, new CatalogueOptions(Title: "Catalogue", PublisherName: publishers.Count == 1 ? publishers[0] : null), outputRoot, diagnostics);
    }
}
