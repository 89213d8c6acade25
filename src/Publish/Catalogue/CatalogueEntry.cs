using Publish.Model;

namespace Publish.Catalogue;

/// <summary>
/// One pamphlet as the catalogue lists it: its slug (the folder name under the output
/// directory), its metadata, the files built for it and its cover image.
/// </summary>
/// <param name="Slug">The pamphlet's folder name; also the anchor of its entry on the page.</param>
/// <param name="Metadata">The pamphlet's completed metadata (identifier and modified date set).</param>
/// <param name="Files">Every built file, in any order; the catalogue sorts them by format.</param>
/// <param name="CoverPng">The cover image, relative to the output directory (<c>slug/slug-cover.png</c>), or null.</param>
/// <param name="Trim">The print trim named in the labels of the print files ("A5" unless the theme says otherwise).</param>
internal sealed record CatalogueEntry(
    string Slug,
    Metadata Metadata,
    IReadOnlyList<CatalogueFile> Files,
    string? CoverPng,
    string Trim = "A5");
