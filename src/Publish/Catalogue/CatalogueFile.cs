namespace Publish.Catalogue;

/// <summary>
/// One downloadable file of a pamphlet.
/// </summary>
/// <param name="Format">What the file is: <c>epub</c>, <c>pdf</c>, <c>print</c>, <c>booklet</c> or <c>cover-pdf</c>
/// (see <see cref="FormatLabels"/>); other values are listed under their own name.</param>
/// <param name="RelativePath">The path relative to the output directory, with '/' separators: <c>slug/slug.epub</c>.</param>
/// <param name="Bytes">The file's size; zero or less means "read it from the disk".</param>
/// <param name="MediaType">The IANA media type: <c>application/epub+zip</c>, <c>application/pdf</c>.</param>
internal sealed record CatalogueFile(string Format, string RelativePath, long Bytes, string MediaType);
