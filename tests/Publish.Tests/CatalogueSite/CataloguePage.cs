using Xunit;
using System.Xml.Linq;

namespace Publish.Tests.CatalogueSite;

/// <summary>
/// The written catalogue page loaded as XML: the page is polyglot HTML5, so once the doctype is
/// stripped <see cref="XDocument"/> parses it, and a parse failure is itself a test failure.
/// </summary>
internal sealed class CataloguePage
{
    public static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    public string Text { get; }
    public XDocument Document { get; }

    public CataloguePage(string path)
    {
        Text = File.ReadAllText(path);
        const string doctype = "<!DOCTYPE html>\n";
        if (!Text.StartsWith(doctype, StringComparison.Ordinal)) throw new InvalidDataException("page does not start with <!DOCTYPE html>");
        Document = XDocument.Parse(Text[doctype.Length..], LoadOptions.None);
    }

    public IEnumerable<XElement> All(string name) => Document.Descendants(Html + name);

    public XElement One(string name) => Assert.Single(All(name));

    /// <summary>An element's text with white space collapsed.</summary>
    public static string TextOf(XElement element) =>
        string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
