using Publish.Model;

namespace Publish.Catalogue;

/// <summary>
/// Name-based (version 5) UUIDs for the catalogue: the feed's id comes from its published
/// address when known, else from its title, so rebuilding never changes it.
/// </summary>
internal static class CatalogueIds
{
    /// <summary>Our catalogue namespace: a version-5 UUID of "publish.catalogue" in the URL namespace.</summary>
    public static readonly Guid Namespace = NameBasedUuid.Version5(NameBasedUuid.UrlNamespace, "publish.catalogue");

    /// <summary>
    /// <c>urn:uuid:…</c> for the feed: from the feed's absolute URL when the base URL is set
    /// (so two presses with the same title differ), else from the catalogue title.
    /// </summary>
    public static string FeedId(CatalogueOptions options)
    {
        var guid = string.IsNullOrWhiteSpace(options.BaseUrl)
            ? NameBasedUuid.Version5(Namespace, "title:" + MarkupText.OneLine(options.Title))
            : NameBasedUuid.Version5(NameBasedUuid.UrlNamespace, CatalogueLinks.Resolve(CatalogueLinks.FeedFile, options.BaseUrl));
        return "urn:uuid:" + guid.ToString("D");
    }
}
