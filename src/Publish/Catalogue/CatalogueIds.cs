using Publish.Transforms;

namespace Publish.Catalogue;

/// <summary>
/// Name-based (version 5) UUIDs for the catalogue: the feed's id comes from its published
/// address when known, else from its title, so rebuilding never changes it.
/// </summary>
internal static class CatalogueIds
{
    /// <summary>RFC 9562's URL namespace.</summary>
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>Our catalogue namespace: a version-5 UUID of "publish.catalogue" in the URL namespace.</summary>
    public static readonly Guid Namespace = MetadataCompleter.Uuid5(UrlNamespace, "publish.catalogue");

    /// <summary>
    /// <c>urn:uuid:…</c> for the feed: from the feed's absolute URL when the base URL is set
    /// (so two presses with the same title differ), else from the catalogue title.
    /// </summary>
    public static string FeedId(CatalogueOptions options)
    {
        var guid = string.IsNullOrWhiteSpace(options.BaseUrl)
            ? MetadataCompleter.Uuid5(Namespace, "title:" + MarkupText.OneLine(options.Title))
            : MetadataCompleter.Uuid5(UrlNamespace, CatalogueLinks.Resolve(CatalogueLinks.FeedFile, options.BaseUrl));
        return "urn:uuid:" + guid.ToString("D");
    }
}
