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

    /// <summary>The stamp beside the catalogue: a digest of what it was written from.</summary>
    public const string StampName = ".publish-catalogue";

    /// <summary>
    /// Writes the catalogue unless it already exists and was written, without a diagnostic, from
    /// the same pamphlets under the same cache keys (a no-change rebuild). Returns true when written.
    /// </summary>
    public static bool WriteIfChanged(IReadOnlyList<PamphletResult> results, string outputRoot, DiagnosticBag diagnostics)
    {
        var stampPath = Path.Combine(outputRoot, StampName);
        var stamp = Stamp(results);
        if (stamp is not null && File.Exists(Path.Combine(outputRoot, CatalogueLinks.PageFile))
            && File.Exists(Path.Combine(outputRoot, CatalogueLinks.FeedFile)) && ReadStamp(stampPath) == stamp)
            return false;

        TryDelete(stampPath);
        int before = diagnostics.Items.Count;
        Write(results, outputRoot, diagnostics);
        if (stamp is not null && diagnostics.Items.Count == before && File.Exists(Path.Combine(outputRoot, CatalogueLinks.PageFile)))
        {
            try
            {
                AtomicFile.WriteAllBytes(stampPath, System.Text.Encoding.ASCII.GetBytes(stamp));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(stampPath); // the next build writes the catalogue again
            }
        }
        return true;
    }

    /// <summary>SHA-256 over every pamphlet's slug, cache key and outcome, in order; null when one has no key.</summary>
    private static string? Stamp(IReadOnlyList<PamphletResult> results)
    {
        var text = new System.Text.StringBuilder();
        foreach (var result in results)
        {
            if (result.CacheDigest is null) return null;
            text.Append(result.Slug).Append('\t').Append(result.CacheDigest).Append('\t').Append(result.Failed ? "failed" : "built").Append('\n');
        }
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? ReadStamp(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

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
