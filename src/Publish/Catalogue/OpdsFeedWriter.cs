using System.Text;
using System.Xml;

namespace Publish.Catalogue;

/// <summary>
/// <see cref="CatalogueListing"/> → <c>catalog.opds.xml</c>: an OPDS 1.2 acquisition feed
/// (Atom) that is its own catalogue root. Each pamphlet is a complete catalogue entry with
/// acquisition links to its EPUB and screen PDF, artwork links to its cover, and an
/// alternate link to its entry on the catalogue page. UTF-8 without
/// BOM, '\n' newlines, two-space indent, no clock: the same listing gives the same bytes.
/// </summary>
internal static class OpdsFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string DublinCore = "http://purl.org/dc/terms/";
    private const string Opds = "http://opds-spec.org/2010/catalog";
    private const string AcquisitionRel = "http://opds-spec.org/acquisition";
    private const string ImageRel = "http://opds-spec.org/image";
    private const string ThumbnailRel = "http://opds-spec.org/image/thumbnail";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Render(CatalogueListing listing, CatalogueOptions options)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xmlns", Atom);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
            xml.WriteAttributeString("xmlns", "opds", null, Opds);

            xml.WriteElementString("id", Atom, CatalogueIds.FeedId(options));
            Link(xml, "self", CatalogueLinks.Resolve(CatalogueLinks.FeedFile, options.BaseUrl), CatalogueLinks.AcquisitionFeedType);
            Link(xml, "start", CatalogueLinks.Resolve(CatalogueLinks.FeedFile, options.BaseUrl), CatalogueLinks.AcquisitionFeedType);
            Link(xml, "alternate", CatalogueLinks.Resolve(CatalogueLinks.PageFile, options.BaseUrl), "text/html");
            Text(xml, "title", Atom, options.Title);
            xml.WriteElementString("updated", Atom, listing.Updated);
            Person(xml, "author", FeedAuthor(options));

            foreach (var entry in listing.FeedEntries) WriteEntry(xml, entry, listing.AnchorOf(entry), options);

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The catalogue's author: the publisher named in the options, else the catalogue's title.</summary>
    private static string FeedAuthor(CatalogueOptions options) =>
        string.IsNullOrWhiteSpace(options.PublisherName) ? options.Title : options.PublisherName;

    private static void WriteEntry(XmlWriter xml, CatalogueEntry entry, string anchor, CatalogueOptions options)
    {
        var meta = entry.Metadata;
        xml.WriteStartElement("entry", Atom);
        Text(xml, "title", Atom, string.IsNullOrWhiteSpace(meta.Subtitle) ? meta.Title : $"{meta.Title}: {meta.Subtitle}");
        xml.WriteElementString("id", Atom, CatalogueValidator.FeedIdentifier(entry));
        xml.WriteElementString("updated", Atom, CatalogueDates.Atom(meta.Modified));

        var authors = meta.Authors.ToList();
        if (authors.Count == 0) authors.Add(meta.Publisher ?? FeedAuthor(options));
        foreach (var name in authors) Person(xml, "author", name);
        foreach (var contributor in meta.Contributors.Where(c => c.Role != "aut")) Person(xml, "contributor", contributor.Name);

        if (!string.IsNullOrWhiteSpace(meta.Rights)) Text(xml, "rights", Atom, meta.Rights);
        Text(xml, "language", DublinCore, meta.Lang);
        if (!string.IsNullOrWhiteSpace(meta.Publisher)) Text(xml, "publisher", DublinCore, meta.Publisher);
        if (CatalogueDates.Issued(meta.Date) is { } issued) xml.WriteElementString("issued", DublinCore, issued);
        foreach (var subject in meta.Subjects.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", MarkupText.OneLine(subject));
            xml.WriteAttributeString("label", MarkupText.OneLine(subject));
            xml.WriteEndElement();
        }
        if (!string.IsNullOrWhiteSpace(meta.Description))
        {
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(MarkupText.Clean(meta.Description.Trim()));
            xml.WriteEndElement();
        }

        // Atom (RFC 4287 §4.1.2) asks an entry without atom:content for an alternate link: the entry on the page.
        Link(xml, "alternate", CatalogueLinks.Resolve(CatalogueLinks.PageFile, options.BaseUrl) + "#" + Uri.EscapeDataString(anchor), "text/html");
        if (entry.CoverPng is { } cover)
        {
            var href = CatalogueLinks.Resolve(cover, options.BaseUrl);
            Link(xml, ImageRel, href, "image/png");
            Link(xml, ThumbnailRel, href, "image/png");
        }
        foreach (var file in entry.Files.Where(f => FormatLabels.IsAcquisition(f.Format)))
        {
            var title = $"{FormatLabels.Label(file.Format, entry.Trim)} · {FormatLabels.Size(file.Bytes)}";
            Link(xml, AcquisitionRel, CatalogueLinks.Resolve(file.RelativePath, options.BaseUrl), file.MediaType, title);
        }
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type, string? title = null)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", MarkupText.OneLine(type));
        if (title is not null) xml.WriteAttributeString("title", title);
        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, string element, string name)
    {
        xml.WriteStartElement(element, Atom);
        Text(xml, "name", Atom, name);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string ns, string value) =>
        xml.WriteElementString(name, ns, MarkupText.OneLine(value));
}
