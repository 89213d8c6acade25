namespace Publish.Epub;

/// <summary>
/// One file of the publication: its manifest id, its path relative to the package document,
/// its media type and bytes, manifest properties, and whether (and how) it is in the spine.
/// </summary>
internal sealed record EpubItem(string Id, string Href, string MediaType, byte[] Content)
{
    /// <summary>Manifest properties ("nav", "cover-image"), or null.</summary>
    public string? Properties { get; init; }
    /// <summary>True for content documents read in order (the spine).</summary>
    public bool InSpine { get; init; }
    /// <summary>False for spine items outside the primary reading order.</summary>
    public bool Linear { get; init; } = true;
}
