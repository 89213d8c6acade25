using System.Globalization;
using System.Text;
using System.Xml;

namespace Publish.Epub;

/// <summary>
/// Writes <c>toc.ncx</c> for EPUB 2 reading systems: the same table of contents as the nav
/// document, as nested navPoints numbered in play order.
/// </summary>
internal static class NcxWriter
{
    private const string NcxNs = "http://www.daisy.org/z3986/2005/ncx/";

    public static byte[] Write(EpubContext context, IReadOnlyList<TocEntry> toc)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings
               { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CheckCharacters = false }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("ncx", NcxNs);
            w.WriteAttributeString("version", "2005-1");
            w.WriteAttributeString("xml", "lang", null, context.Lang);
            w.WriteStartElement("head", NcxNs);
            Meta(w, "dtb:uid", context.Identifier);
            Meta(w, "dtb:depth", TocBuilder.Depth(toc).ToString(CultureInfo.InvariantCulture));
            Meta(w, "dtb:totalPageCount", "0");
            Meta(w, "dtb:maxPageNumber", "0");
            w.WriteEndElement();
            w.WriteStartElement("docTitle", NcxNs);
            w.WriteElementString("text", NcxNs, XhtmlBuilder.Clean(context.Doc.Metadata.Title));
            w.WriteEndElement();
            if (context.Doc.Metadata.AuthorLine is { } author)
            {
                w.WriteStartElement("docAuthor", NcxNs);
                w.WriteElementString("text", NcxNs, XhtmlBuilder.Clean(author));
                w.WriteEndElement();
            }
            w.WriteStartElement("navMap", NcxNs);
            int order = 0;
            WritePoints(w, toc, ref order);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WritePoints(XmlWriter w, IReadOnlyList<TocEntry> entries, ref int order)
    {
        foreach (var entry in entries)
        {
            order++;
            var number = order.ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("navPoint", NcxNs);
            w.WriteAttributeString("id", "navpoint-" + number);
            w.WriteAttributeString("playOrder", number);
            w.WriteStartElement("navLabel", NcxNs);
            w.WriteElementString("text", NcxNs, XhtmlBuilder.Clean(entry.Label));
            w.WriteEndElement();
            w.WriteStartElement("content", NcxNs);
            w.WriteAttributeString("src", entry.Href);
            w.WriteEndElement();
            WritePoints(w, entry.Children, ref order);
            w.WriteEndElement();
        }
    }

    private static void Meta(XmlWriter w, string name, string content)
    {
        w.WriteStartElement("meta", NcxNs);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("content", XhtmlBuilder.Clean(content));
        w.WriteEndElement();
    }
}
