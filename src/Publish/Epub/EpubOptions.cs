namespace Publish.Epub;

/// <summary>
/// What the EPUB writer needs besides the document and theme: an optional cover image, the
/// print page map (for the page-list), the fonts the print edition was set in, the generator
/// version for the colophon, and the text of <c>styles/base.css</c>.
/// </summary>
/// <param name="CoverPng">The cover raster; no cover page when null.</param>
/// <param name="PageBreaks">Where print pages start, in reading order; no page-list when null or empty.</param>
/// <param name="FontsUsed">Font names for the colophon; the theme's families when null.</param>
/// <param name="GeneratorVersion">Publish's version, named in the colophon.</param>
internal sealed record EpubOptions(
    byte[]? CoverPng = null,
    IReadOnlyList<PageBreak>? PageBreaks = null,
    IReadOnlyList<string>? FontsUsed = null,
    string GeneratorVersion = "0.1.0")
{
    /// <summary>
    /// The contents of <c>styles/base.css</c>; the theme's generated rules follow it in the
    /// EPUB's stylesheet. The caller reads the file (see <see cref="EpubCss.LoadBaseCss"/>).
    /// </summary>
    public string BaseCss { get; init; } = "";

    /// <summary>
    /// The printed edition the page list's numbers come from, declared as a <c>dc:source</c>
    /// of the package (EPUB Accessibility 1.1, "Page source").
    /// </summary>
    public string? PageBreakSource { get; init; }
}
