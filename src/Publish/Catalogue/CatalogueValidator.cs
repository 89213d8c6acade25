using Publish.Diagnostics;

namespace Publish.Catalogue;

/// <summary>
/// Entries as built → the <see cref="CatalogueListing"/> both writers project. Links are only
/// offered to files that exist under the output directory (PUB8001); the feed keeps the first
/// of entries sharing an identifier (PUB8002) and leaves out entries with nothing a reading
/// app can open (PUB8003). Problems are warnings: one pamphlet never sinks the catalogue.
/// </summary>
internal static class CatalogueValidator
{
    public static CatalogueListing Validate(IReadOnlyList<CatalogueEntry> entries, CatalogueOptions options,
        string outputDir, DiagnosticBag diagnostics)
    {
        var where = Path.Combine(outputDir, CatalogueLinks.PageFile);
        var checkedEntries = entries.Select(e => CheckFiles(e, outputDir, where, diagnostics)).ToList();
        var groups = CatalogueGrouper.Group(checkedEntries);

        var anchors = new Dictionary<CatalogueEntry, string>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<string>(groups.Select(g => g.Anchor), StringComparer.Ordinal) { "main" };
        foreach (var entry in groups.SelectMany(g => g.Entries))
            anchors[entry] = CatalogueGrouper.UniqueAnchor(taken, "p-" + CatalogueGrouper.Slugify(entry.Slug));

        var feed = new List<CatalogueEntry>();
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in groups.SelectMany(g => g.Entries))
        {
            if (!entry.Files.Any(f => FormatLabels.IsAcquisition(f.Format)))
            {
                diagnostics.Warning(Codes.CatalogueNothingToAcquire, where, 1, 1,
                    $"'{entry.Slug}' has no EPUB or screen PDF; it is listed on the page but not in the OPDS feed");
                continue;
            }
            var id = FeedIdentifier(entry);
            if (identifiers.TryGetValue(id, out var first))
            {
                diagnostics.Warning(Codes.CatalogueDuplicateId, where, 1, 1,
                    $"'{entry.Slug}' has the same identifier as '{first}' ({id}); the OPDS feed lists only '{first}'");
                continue;
            }
            identifiers.Add(id, entry.Slug);
            feed.Add(entry);
        }
        return new CatalogueListing(groups, feed, CatalogueDates.Updated(checkedEntries, options), anchors);
    }

    /// <summary>The entry's Atom id: its identifier, or one derived from its slug when empty.</summary>
    public static string FeedIdentifier(CatalogueEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Metadata.Identifier)
            ? "urn:uuid:" + Model.NameBasedUuid.Version5(CatalogueIds.Namespace, "pamphlet:" + entry.Slug)
            : MarkupText.OneLine(entry.Metadata.Identifier);

    /// <summary>Drops files and the cover that are not on disk, and fills in unknown sizes.</summary>
    private static CatalogueEntry CheckFiles(CatalogueEntry entry, string outputDir, string where, DiagnosticBag diagnostics)
    {
        var files = new List<CatalogueFile>();
        foreach (var file in entry.Files)
        {
            var full = CatalogueLinks.Locate(outputDir, file.RelativePath);
            if (full is null || !File.Exists(full))
            {
                Missing(diagnostics, where, entry, file.RelativePath);
                continue;
            }
            var bytes = file.Bytes > 0 ? file.Bytes : new FileInfo(full).Length;
            files.Add(file with { RelativePath = CatalogueLinks.Normalise(file.RelativePath), Bytes = bytes });
        }

        var cover = entry.CoverPng;
        if (cover is not null)
        {
            var full = CatalogueLinks.Locate(outputDir, cover);
            if (full is null || !File.Exists(full))
            {
                Missing(diagnostics, where, entry, cover);
                cover = null;
            }
            else cover = CatalogueLinks.Normalise(cover);
        }
        return entry with { Files = FormatLabels.Sorted(files).ToList(), CoverPng = cover };
    }

    private static void Missing(DiagnosticBag diagnostics, string where, CatalogueEntry entry, string path) =>
        diagnostics.Warning(Codes.CatalogueFileMissing, where, 1, 1,
            $"'{entry.Slug}' lists '{path}', which is not in the output directory; the catalogue does not link to it");
}
