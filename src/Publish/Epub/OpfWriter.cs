using System.Text;
using System.Xml;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Writes <c>content.opf</c>, the EPUB 3 package document: Dublin Core metadata with
/// refinements (title types, MARC relator roles, series), <c>dcterms:modified</c>, the
/// accessibility metadata of EPUB Accessibility 1.1, the manifest and the spine.
/// </summary>
internal static class OpfWriter
{
    private const string OpfNs = "http://www.idpf.org/2007/opf";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(EpubContext context, IReadOnlyList<EpubItem> items, EpubAccessibility accessibility)
    {
        var meta = context.Doc.Metadata;
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings
               { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CheckCharacters = false }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("package", OpfNs);
            w.WriteAttributeString("version", "3.0");
            w.WriteAttributeString("unique-identifier", "pub-id");
            w.WriteAttributeString("xml", "lang", null, context.Lang);

            w.WriteStartElement("metadata", OpfNs);
            w.WriteAttributeString("xmlns", "dc", null, DcNs);
            Dc(w, "identifier", context.Identifier, "pub-id");
            Dc(w, "title", meta.Title, "title");
            Refine(w, "title", "title-type", "main");
            if (!string.IsNullOrWhiteSpace(meta.Subtitle))
            {
                Dc(w, "title", meta.Subtitle, "subtitle");
                Refine(w, "subtitle", "title-type", "subtitle");
            }
            WriteContributors(w, meta.Contributors);
            Dc(w, "language", context.Lang);
            Dc(w, "date", EpubDates.PublicationDate(meta.Date));
            Dc(w, "publisher", meta.Publisher);
            Dc(w, "rights", meta.Rights);
            Dc(w, "description", meta.Description);
            foreach (var subject in meta.Subjects) Dc(w, "subject", subject);
            Dc(w, "source", meta.Source is { } source ? NonEmpty(source.Url) ?? NonEmpty(source.Title) : null);
            if (accessibility.PrintSource is { } printSource)
            {
                // The edition the page list follows (EPUB Accessibility 1.1, "Page source").
                Dc(w, "source", printSource, "page-source");
                Refine(w, "page-source", "source-of", "pagination");
            }
            Meta(w, "dcterms:modified", EpubDates.Modified(meta.Modified));
            if (!string.IsNullOrWhiteSpace(meta.Series))
            {
                Meta(w, "belongs-to-collection", meta.Series, "series");
                Refine(w, "series", "collection-type", "series");
                if (decimal.TryParse(meta.SeriesNumber, System.Globalization.NumberStyles.Number,
                        System.Globalization.CultureInfo.InvariantCulture, out _))
                    Refine(w, "series", "group-position", meta.SeriesNumber!.Trim());
            }
            accessibility.Write((property, value) => Meta(w, property, value,
                lang: property == "schema:accessibilitySummary" && !context.Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : null));
            if (items.Any(i => i.Properties == "cover-image"))
            {
                w.WriteStartElement("meta", OpfNs);
                w.WriteAttributeString("name", "cover");
                w.WriteAttributeString("content", items.First(i => i.Properties == "cover-image").Id);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteStartElement("manifest", OpfNs);
            foreach (var item in items)
            {
                w.WriteStartElement("item", OpfNs);
                w.WriteAttributeString("id", item.Id);
                w.WriteAttributeString("href", item.Href);
                w.WriteAttributeString("media-type", item.MediaType);
                if (item.Properties is not null) w.WriteAttributeString("properties", item.Properties);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteStartElement("spine", OpfNs);
            w.WriteAttributeString("toc", "ncx");
            foreach (var item in items.Where(i => i.InSpine))
            {
                w.WriteStartElement("itemref", OpfNs);
                w.WriteAttributeString("idref", item.Id);
                if (!item.Linear) w.WriteAttributeString("linear", "no");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteContributors(XmlWriter w, IReadOnlyList<Contributor> contributors)
    {
        int creators = 0, others = 0;
        foreach (var person in contributors.Where(c => !string.IsNullOrWhiteSpace(c.Name)))
        {
            bool author = person.Role == "aut";
            var id = author ? $"creator-{++creators}" : $"contributor-{++others}";
            Dc(w, author ? "creator" : "contributor", person.Name, id);
            if (person.Role.Length == 3 && person.Role.All(char.IsAsciiLetterLower))
            {
                w.WriteStartElement("meta", OpfNs);
                w.WriteAttributeString("refines", "#" + id);
                w.WriteAttributeString("property", "role");
                w.WriteAttributeString("scheme", "marc:relators");
                w.WriteString(person.Role);
                w.WriteEndElement();
            }
        }
    }

    private static void Dc(XmlWriter w, string name, string? value, string? id = null)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        w.WriteStartElement("dc", name, DcNs);
        if (id is not null) w.WriteAttributeString("id", id);
        w.WriteString(XhtmlBuilder.Clean(value.Trim()));
        w.WriteEndElement();
    }

    private static void Meta(XmlWriter w, string property, string value, string? id = null, string? lang = null)
    {
        w.WriteStartElement("meta", OpfNs);
        w.WriteAttributeString("property", property);
        if (id is not null) w.WriteAttributeString("id", id);
        if (lang is not null) w.WriteAttributeString("xml", "lang", null, lang);
        w.WriteString(XhtmlBuilder.Clean(value.Trim()));
        w.WriteEndElement();
    }

    private static void Refine(XmlWriter w, string id, string property, string value)
    {
        w.WriteStartElement("meta", OpfNs);
        w.WriteAttributeString("refines", "#" + id);
        w.WriteAttributeString("property", property);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
