namespace Publish.Catalogue;

/// <summary>
/// The catalogue decided once, for both writers to project: the groups shown on the page, the
/// entries the feed lists (in the same order), and the catalogue's updated timestamp.
/// </summary>
/// <param name="Groups">Series groups in page order; entries hold only files that exist.</param>
/// <param name="FeedEntries">Entries the OPDS feed lists: unique identifiers, at least one acquisition file.</param>
/// <param name="Updated">Atom timestamp: the latest pamphlet modification, or the options' date.</param>
/// <param name="Anchors">Each entry's id on the page (by reference): the page's article ids and the feed's
/// <c>alternate</c> links (<c>index.html#p-slug</c>) agree.</param>
internal sealed record CatalogueListing(
    IReadOnlyList<SeriesGroup> Groups,
    IReadOnlyList<CatalogueEntry> FeedEntries,
    string Updated,
    IReadOnlyDictionary<CatalogueEntry, string> Anchors)
{
    /// <summary>The entry's anchor on the page.</summary>
    public string AnchorOf(CatalogueEntry entry) => Anchors[entry];
}
