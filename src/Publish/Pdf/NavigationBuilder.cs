using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Adds the document's navigation: a named destination for every <see cref="Anchor"/> (the
/// targets of internal links) and the outline (bookmarks) from <see cref="OutlineEntry"/> items,
/// nested by level.
/// </summary>
internal sealed class NavigationBuilder
{
    private readonly PdfDocument _document;
    private readonly HashSet<string> _destinations = new(StringComparer.Ordinal);
    private readonly List<(int Level, PdfOutline Outline)> _open = new();
    private readonly List<(string Name, PdfPage Page, double Left, double Top)> _named = [];

    /// <summary>
    /// Writes the named destinations as a name tree in the catalogue (/Names /Dests), each an
    /// explicit [page /XYZ left top null] array holding a real reference to its page object.
    /// (PDFsharp 6.5's AddNamedDestination writes the page's object number as text, which goes
    /// stale when objects are renumbered on saving, so its destinations pointed at other objects.)
    /// </summary>
    public void WriteDestinations()
    {
        if (_named.Count == 0) return;
        var names = new PdfArray(_document);
        foreach (var (name, page, left, top) in _named.OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            var destination = new PdfArray(_document);
            destination.Elements.Add(page.Reference!);
            destination.Elements.Add(new PdfName("/XYZ"));
            destination.Elements.Add(new PdfReal(Math.Round(left, 2)));
            destination.Elements.Add(new PdfReal(Math.Round(top, 2)));
            destination.Elements.Add(PdfNull.Value);
            names.Elements.Add(new PdfString(name));
            names.Elements.Add(destination);
        }
        var tree = new PdfDictionary(_document);
        tree.Elements["/Names"] = names;
        _document.Internals.AddObject(tree);
        var nameDictionary = new PdfDictionary(_document);
        nameDictionary.Elements["/Dests"] = tree.Reference!;
        _document.Internals.Catalog.Elements["/Names"] = nameDictionary;
    }

    public NavigationBuilder(PdfDocument document) => _document = document;

    /// <summary>
    /// True once an outline entry was added. (Reading <c>PdfDocument.Outlines</c> creates an
    /// /Outlines object, which PDFsharp 6.5 lists in the xref but does not write when empty.)
    /// </summary>
    public bool HasOutlines { get; private set; }

    /// <summary>Adds the anchors and outline entries of one page (pages in document order).</summary>
    public void Add(Page page, PdfPage pdfPage, int pageNumber, PageGeometry geometry)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case Anchor anchor when _destinations.Add(anchor.Name):
                    _named.Add((anchor.Name, pdfPage, geometry.X(0), geometry.Y(anchor.Y)));
                    break;
                case OutlineEntry entry:
                    AddOutline(entry, pdfPage, geometry);
                    break;
            }
        }
    }

    private void AddOutline(OutlineEntry entry, PdfPage pdfPage, PageGeometry geometry)
    {
        int level = Math.Max(1, entry.Level);
        while (_open.Count > 0 && _open[^1].Level >= level) _open.RemoveAt(_open.Count - 1);
        var siblings = _open.Count == 0 ? _document.Outlines : _open[^1].Outline.Outlines;
        var outline = siblings.Add(entry.Title, pdfPage, opened: level == 1);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = geometry.X(0);
        outline.Top = geometry.Y(entry.Y);
        _open.Add((level, outline));
        HasOutlines = true;
    }
}
