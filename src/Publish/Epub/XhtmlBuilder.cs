using System.Text;
using System.Xml;

namespace Publish.Epub;

/// <summary>
/// Writes one well-formed XHTML5 content document through an <see cref="XmlWriter"/>: the
/// html/head/body frame, elements with optional attributes, escaped text with characters that
/// XML forbids dropped. Block elements end with a newline so the files read well unzipped;
/// inline content is never re-indented.
/// </summary>
internal sealed class XhtmlBuilder
{
    public const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    public const string OpsNs = "http://www.idpf.org/2007/ops";
    private static readonly HashSet<string> VoidElements = ["br", "hr", "img", "link", "meta", "wbr"];

    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _writer;
    private readonly Stack<string> _open = new();

    private XhtmlBuilder()
    {
        _writer = XmlWriter.Create(_buffer, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            NewLineChars = "\n",
            CheckCharacters = false,
        });
    }

    /// <summary>Starts a document: declaration, doctype, head with title and stylesheet, open body.</summary>
    public static XhtmlBuilder Begin(string title, string lang, string cssHref, string? bodyType)
    {
        var b = new XhtmlBuilder();
        b._writer.WriteStartDocument();
        b._writer.WriteRaw("\n");
        b._writer.WriteRaw("<!DOCTYPE html>\n");
        b._writer.WriteStartElement("html", XhtmlNs);
        b._writer.WriteAttributeString("xmlns", XhtmlNs);
        b._writer.WriteAttributeString("xmlns", "epub", null, OpsNs);
        b._writer.WriteAttributeString("lang", lang);
        b._writer.WriteAttributeString("xml", "lang", null, lang);
        b._open.Push("html");
        b.Line();
        b.Start("head").Line();
        b.Empty("meta", ("charset", "utf-8"));
        b.Line();
        b.Start("title").Text(title).EndLine();
        b.Empty("link", ("rel", "stylesheet"), ("type", "text/css"), ("href", cssHref));
        b.Line();
        b.EndLine();
        b.Start("body", ("epub:type", bodyType)).Line();
        return b;
    }

    /// <summary>Opens an element; attributes with a null value are left out. "epub:" and "xml:" prefixes are understood.</summary>
    public XhtmlBuilder Start(string name, params (string Name, string? Value)[] attributes)
    {
        _writer.WriteStartElement(name, XhtmlNs);
        foreach (var (attrName, value) in attributes)
        {
            if (value is null) continue;
            if (attrName.StartsWith("epub:", StringComparison.Ordinal))
                _writer.WriteAttributeString("epub", attrName[5..], OpsNs, Clean(value));
            else if (attrName.StartsWith("xml:", StringComparison.Ordinal))
                _writer.WriteAttributeString("xml", attrName[4..], null, Clean(value));
            else
                _writer.WriteAttributeString(attrName, Clean(value));
        }
        _open.Push(name);
        return this;
    }

    /// <summary>Writes an element with no content (img, br, hr…).</summary>
    public XhtmlBuilder Empty(string name, params (string Name, string? Value)[] attributes) => Start(name, attributes).End();

    /// <summary>Closes the innermost element: void elements self-close, all others get an end tag.</summary>
    public XhtmlBuilder End()
    {
        var name = _open.Pop();
        if (VoidElements.Contains(name)) _writer.WriteEndElement();
        else _writer.WriteFullEndElement();
        return this;
    }

    /// <summary>Closes the innermost element and starts a new line (for block elements).</summary>
    public XhtmlBuilder EndLine() => End().Line();

    /// <summary>A newline between block elements.</summary>
    public XhtmlBuilder Line()
    {
        _writer.WriteWhitespace("\n");
        return this;
    }

    /// <summary>Escaped text.</summary>
    public XhtmlBuilder Text(string text)
    {
        _writer.WriteString(Clean(text));
        return this;
    }

    /// <summary>Closes body and html and returns the UTF-8 bytes.</summary>
    public byte[] Finish()
    {
        while (_open.Count > 0) EndLine();
        _writer.WriteEndDocument();
        _writer.Flush();
        return _buffer.ToArray();
    }

    /// <summary>Drops characters XML 1.0 cannot hold (C0 controls, lone surrogates, U+FFFE/FFFF).</summary>
    public static string Clean(string text)
    {
        int i = 0;
        while (i < text.Length && IsAllowed(text, i, out int width)) i += width;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length);
        for (i = 0; i < text.Length;)
        {
            if (IsAllowed(text, i, out int width)) builder.Append(text, i, width);
            i += width;
        }
        return builder.ToString();
    }

    private static bool IsAllowed(string text, int i, out int width)
    {
        width = 1;
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { width = 2; return true; }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
    }
}
