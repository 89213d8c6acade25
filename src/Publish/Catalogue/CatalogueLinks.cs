namespace Publish.Catalogue;

/// <summary>
/// Turns paths relative to the output directory into link targets: each segment
/// percent-encoded, '/' as the separator, and prefixed with the base URL when the feed is
/// published at a known address.
/// </summary>
internal static class CatalogueLinks
{
    public const string PageFile = "index.html";
    public const string FeedFile = "catalog.opds.xml";
    public const string AcquisitionFeedType = "application/atom+xml;profile=opds-catalog;kind=acquisition";

    /// <summary>A relative URL for a path under the output directory: <c>my slug/a.epub</c> → <c>my%20slug/a.epub</c>.</summary>
    public static string Relative(string relativePath)
    {
        var segments = Normalise(relativePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    /// <summary>The relative URL, made absolute against <paramref name="baseUrl"/> when one is given.</summary>
    public static string Resolve(string relativePath, string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? Relative(relativePath) : baseUrl.Trim().TrimEnd('/') + "/" + Relative(relativePath);

    /// <summary>'\' becomes '/', and a leading "./" is dropped.</summary>
    public static string Normalise(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path;
    }

    /// <summary>
    /// The file a relative path names inside <paramref name="outputDir"/>, or null when the path
    /// is rooted or climbs out of the directory (such a link would not work once published).
    /// </summary>
    public static string? Locate(string outputDir, string relativePath)
    {
        var path = Normalise(relativePath);
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Split('/').Contains("..")) return null;
        return Path.GetFullPath(Path.Combine(outputDir, path));
    }
}
