namespace Publish.Catalogue;

/// <summary>
/// Settings for the whole catalogue: what the page and the feed are called, where they will be
/// published, and the date used when no pamphlet carries one.
/// </summary>
/// <param name="Title">The catalogue's title: the page's <c>h1</c> and the feed's <c>atom:title</c>.</param>
/// <param name="BaseUrl">Where the output directory is published (<c>https://press.example/pamphlets/</c>);
/// when set, the feed uses absolute links and derives its id from it. The page always links relatively.</param>
/// <param name="Updated">ISO 8601 UTC timestamp used when no entry has a modification date.</param>
/// <param name="PublisherName">Who publishes the catalogue: the feed's author and the page's strapline.</param>
internal sealed record CatalogueOptions(
    string Title = "Catalogue",
    string? BaseUrl = null,
    string Updated = "2000-01-01T00:00:00Z",
    string? PublisherName = null);
