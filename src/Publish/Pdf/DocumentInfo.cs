using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Pdf.Objects;

namespace Publish.Pdf;

/// <summary>
/// The document's description, twice as PDF wants it: the /Info dictionary (title, author,
/// subject, keywords, creator, producer, dates) and the same facts as an XMP packet in the
/// catalogue's /Metadata, uncompressed so that tools which only scan for XMP find it. The XMP
/// document id is a name-based UUID of the title and date, so it is the same on every build.
/// </summary>
internal static class DocumentInfo
{
    private const string Producer = "Publish";

    /// <summary>Writes the /Info dictionary and returns its object number.</summary>
    public static int WriteInfo(PdfFileWriter writer, PdfRenderOptions options)
    {
        int number = writer.Reserve();
        var sb = new StringBuilder("<<");
        if (options.Title.Length > 0) sb.Append("/Title").AppendText(options.Title);
        if (options.Author.Length > 0) sb.Append("/Author").AppendText(options.Author);
        if (options.Subject.Length > 0) sb.Append("/Subject").AppendText(options.Subject);
        if (options.Keywords.Length > 0) sb.Append("/Keywords").AppendText(options.Keywords);
        sb.Append("/Creator(Publish)/Producer").AppendText(Producer).Append("/CreationDate").AppendDate(options.CreationDate)
            .Append("/ModDate").AppendDate(options.ModificationDate ?? options.CreationDate);
        writer.WriteObject(number, sb.Append(">>"));
        return number;
    }

    /// <summary>Writes the XMP metadata stream and returns its object number.</summary>
    public static int WriteMetadata(PdfFileWriter writer, PdfRenderOptions options)
    {
        int number = writer.Reserve();
        var created = Iso(options.CreationDate);
        var modified = Iso(options.ModificationDate ?? options.CreationDate);
        var id = NameBasedUuid.Version5(NameBasedUuid.PamphletNamespace, "pdf:" + options.Title + "@" + created);
        var sb = new StringBuilder(2048);
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n");
        if (options.Title.Length > 0)
            sb.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Xml(options.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (options.Author.Length > 0)
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Xml(options.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (options.Subject.Length > 0)
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Xml(options.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (options.Language.Length > 0)
            sb.Append("<dc:language><rdf:Bag><rdf:li>").Append(Xml(options.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (options.Keywords.Length > 0) sb.Append("<pdf:Keywords>").Append(Xml(options.Keywords)).Append("</pdf:Keywords>\n");
        sb.Append("<pdf:Producer>").Append(Producer).Append("</pdf:Producer>\n<xmp:CreatorTool>Publish</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(created).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(modified).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(modified).Append("</xmp:MetadataDate>\n")
            .Append("<xmpMM:DocumentID>uuid:").Append(id).Append("</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:").Append(id).Append("</xmpMM:InstanceID>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        writer.WriteStream(number, "/Type/Metadata/Subtype/XML", Encoding.UTF8.GetBytes(sb.ToString()));
        return number;
    }

    private static string Iso(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Escapes <paramref name="text"/> for XML, replacing what XML 1.0 cannot hold at all
    /// (control characters, lone surrogates, U+FFFE/U+FFFF) with U+FFFD, so a stray character in
    /// a title never makes the whole packet unreadable.
    /// </summary>
    private static string Xml(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < ' ' && c is not '\t' and not '\n' and not '\r')) { sb.Append('\uFFFD'); continue; }
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&apos;", _ => c.ToString() });
        }
        return sb.ToString();
    }
}
