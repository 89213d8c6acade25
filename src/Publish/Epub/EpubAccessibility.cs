namespace Publish.Epub;

/// <summary>
/// The accessibility metadata (EPUB Accessibility 1.1, schema.org properties) the package
/// declares, derived from what the book actually contains: images, a cover, a page list.
/// </summary>
internal sealed record EpubAccessibility(bool HasImages, bool HasPageList, bool HasNotes, string? PageBreakSource = null)
{
    public const string ConformsTo = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    public IEnumerable<string> AccessModes => HasImages ? ["textual", "visual"] : ["textual"];

    public IEnumerable<string> Features
    {
        get
        {
            yield return "structuralNavigation";
            yield return "tableOfContents";
            yield return "readingOrder";
            if (HasImages) yield return "alternativeText";
            if (HasPageList)
            {
                yield return "pageNavigation";
                yield return "printPageNumbers";
            }
        }
    }

    /// <summary>
    /// The printed edition the page list follows, for a <c>dc:source</c> of its own (EPUB
    /// Accessibility 1.1, "Page source"; Ace's epub-pagesource). EPUB 3.3's <c>pageBreakSource</c>
    /// property would say the same, but epubcheck 4.2 does not know it yet.
    /// </summary>
    public string? PrintSource => HasPageList && !string.IsNullOrWhiteSpace(PageBreakSource) ? PageBreakSource : null;

    /// <summary>A plain-language summary of the book's accessibility.</summary>
    public string Summary =>
        "This reflowable publication has a table of contents, structured headings and a logical reading order"
        + (HasNotes ? "; its endnotes are linked to and from the text" : "")
        + (HasImages ? "; every image has a text alternative" : "")
        + (HasPageList ? "; the page numbers of the print edition are marked and can be navigated" : "")
        + ". It has no known hazards and aims to meet WCAG 2.1 Level AA.";

    /// <summary>Writes each property through <paramref name="meta"/> (property, value).</summary>
    public void Write(Action<string, string> meta)
    {
        foreach (var mode in AccessModes) meta("schema:accessMode", mode);
        meta("schema:accessModeSufficient", "textual");
        foreach (var feature in Features) meta("schema:accessibilityFeature", feature);
        meta("schema:accessibilityHazard", "none");
        meta("schema:accessibilitySummary", Summary);
        meta("dcterms:conformsTo", ConformsTo);
    }
}
