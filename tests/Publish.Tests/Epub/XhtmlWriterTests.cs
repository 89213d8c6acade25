using System.Text;
using Publish.Epub;
using Publish.Model;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>Example-based specs: a small model in, the XHTML it becomes out.</summary>
public sealed class XhtmlWriterTests
{
    private static Text T(string s) => new(s);

    private static Document Doc(params Section[] sections) => new(
        "spec", "/nonexistent/pamphlet.md", new Metadata { Title = "Spec", Identifier = "urn:uuid:00000000-0000-4000-8000-000000000000" },
        sections, []);

    private static string File(Document doc, string name, EpubOptions? options = null) =>
        Encoding.UTF8.GetString(EpubFixture.Entries(EpubWriter.Build(doc, EpubFixture.Theme, options ?? new EpubOptions()))
            .Single(e => e.Name == "OEBPS/" + name).Bytes);

    private static string Body(string xhtml)
    {
        var start = xhtml.IndexOf("<h1", StringComparison.Ordinal);
        start = start < 0 ? xhtml.IndexOf("<p", StringComparison.Ordinal) : start;
        return xhtml[start..xhtml.IndexOf("</section>", StringComparison.Ordinal)].TrimEnd();
    }

    [Fact]
    public void Content_document_has_namespaces_language_title_and_stylesheet()
    {
        var xhtml = File(Doc(new Section("a", new Heading(1, [T("A & B")], "a"), [])), "a.xhtml");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en-GB\" xml:lang=\"en-GB\">", xhtml);
        Assert.Contains("<title>A &amp; B</title>", xhtml);
        Assert.Contains("<link rel=\"stylesheet\" type=\"text/css\" href=\"book.css\" />", xhtml);
        Assert.Contains("<body epub:type=\"bodymatter\">\n<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"a\">", xhtml);
    }

    [Fact]
    public void Headings_shift_so_section_headings_are_h1()
    {
        var doc = Doc(new Section("a", new Heading(2, [T("A")], "a"),
            [new Heading(3, [T("B")], "b"), new Paragraph([T("x")]), new Heading(4, [T("C")], "c")]));
        Assert.Equal(
            "<h1 id=\"a\">A</h1>\n<h2 id=\"b\">B</h2>\n<p id=\"p-a-1\" class=\"first\">x</p>\n<h3 id=\"c\">C</h3>",
            Body(File(doc, "a.xhtml")));
    }

    [Fact]
    public void Links_to_ids_are_rewritten_to_the_file_that_holds_them()
    {
        var doc = Doc(
            new Section("a", new Heading(1, [T("A")], "a"),
            [
                new Paragraph([new Link("#deep", null, [T("in b")]), T(" "), new Link("#nowhere", null, [T("gone")]),
                    T(" "), new Link("other.md", null, [T("relative")]), T(" "), new Link("mailto:x@example.org", "Mail", [T("mail")])]),
            ]),
            new Section("b", new Heading(1, [T("B")], "b"), [new Heading(2, [T("Deep")], "deep")]));
        Assert.Equal(
            "<p id=\"p-a-1\" class=\"first\"><a href=\"b.xhtml#deep\">in b</a> gone relative <a href=\"mailto:x@example.org\" title=\"Mail\">mail</a></p>",
            Body(File(doc, "a.xhtml"))[("<h1 id=\"a\">A</h1>\n".Length)..]);
    }

    [Fact]
    public void Note_references_link_to_the_endnote()
    {
        var doc = Doc(new Section("a", new Heading(1, [T("A")], "a"),
            [new Paragraph([T("x"), new NoteRef("n") { Number = 4, RefId = "ref-4", NoteId = "note-4" }])]))
            with { Notes = [new Note("n", 4, "note-4", [new Paragraph([T("n")])]) { RefIds = ["ref-4"], SectionId = "a" }] };
        Assert.Contains(
            "x<a epub:type=\"noteref\" role=\"doc-noteref\" id=\"ref-4\" class=\"noteref\" href=\"notes.xhtml#note-4\"><sup>4</sup></a></p>",
            File(doc, "a.xhtml"));
        Assert.Contains(
            "<li id=\"note-4\" epub:type=\"endnote\">\n<p class=\"first\"><span class=\"note-number\">4.</span> n " +
            "<a href=\"a.xhtml#ref-4\" role=\"doc-backlink\" class=\"backlink\" aria-label=\"Back to reference 4\">↩\uFE0E</a></p>\n</li>",
            File(doc, "notes.xhtml"));
    }

    [Fact]
    public void Text_is_escaped_and_characters_xml_forbids_are_dropped()
    {
        var doc = Doc(new Section("a", null, [new Paragraph([T("a < b & \"c\" \u0001\u000Bd\uD800 e😀")])]));
        Assert.Contains("<p id=\"p-a-1\" class=\"first\">a &lt; b &amp; \"c\" d e😀</p>", File(doc, "a.xhtml"));
    }

    [Fact]
    public void Untitled_opening_section_is_listed_under_the_document_title()
    {
        var doc = Doc(new Section("text", null, [new Paragraph([T("Opening.")])]),
            new Section("notes", new Heading(1, [T("Notes on method")], "notes"), []));
        var nav = File(doc, "nav.xhtml");
        Assert.Contains("<li><a href=\"text.xhtml\">Spec</a></li>", nav);
        Assert.Contains("<li><a href=\"text-02.xhtml\">Notes on method</a></li>", nav);
        Assert.Contains("<section id=\"text\" epub:type=\"chapter\" role=\"doc-chapter\">", File(doc, "text.xhtml"));
    }

    [Fact]
    public void Page_breaks_precede_their_element_and_unknown_targets_are_left_out()
    {
        var doc = Doc(new Section("a", new Heading(1, [T("A")], "a"), [new Paragraph([T("one")]), new Paragraph([T("two")])]));
        var options = new EpubOptions(PageBreaks: [new("7", "a"), new("8", "p-a-2"), new("9", "no-such-id")]);
        var xhtml = File(doc, "a.xhtml", options);
        Assert.Contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-7\" aria-label=\"7\"></span><h1 id=\"a\">", xhtml);
        Assert.Contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-8\" aria-label=\"8\"></span><p id=\"p-a-2\">two</p>", xhtml);
        var nav = File(doc, "nav.xhtml", options);
        Assert.Contains("<li><a href=\"a.xhtml#page-7\">7</a></li>\n<li><a href=\"a.xhtml#page-8\">8</a></li>\n</ol>", nav);
        Assert.DoesNotContain("page-9", nav);
    }

    [Fact]
    public void Paragraph_ids_follow_the_shared_scheme()
    {
        var doc = EpubFixture.Document();
        var epub = EpubFixture.Build(doc);
        foreach (var section in doc.Sections)
        {
            var xml = EpubFixture.Xml(epub, $"OEBPS/{section.Id}.xhtml");
            var written = xml.Descendants(EpubFixture.Xhtml + "p").Select(p => (string?)p.Attribute("id")).OfType<string>().ToList();
            Assert.Equal(EpubIds.Paragraphs(section).Select(p => p.Id), written);
        }
        Assert.Equal("p-introduction-3", EpubIds.Paragraph("introduction", 3));
    }

    [Fact]
    public void Chronology_is_an_appendix_of_years_with_dates_and_events()
    {
        var xhtml = File(EpubFixture.Document() with { Notes = [] }, "chronology.xhtml");
        Assert.Contains("epub:type=\"appendix\" role=\"doc-appendix\"", xhtml);
        Assert.Contains("<h2 id=\"year-1917\">1917</h2>\n<dl>\n<dt>February 27</dt>\n<dd>Abdication of the Tsar.</dd>", xhtml);
        Assert.Contains("<dt class=\"undated\">1918</dt>\n<dd>Civil war.</dd>", xhtml);
        Assert.Contains("<a class=\"see-also\" href=\"the-struggle.xhtml#the-struggle\">The Struggle</a>", xhtml);
    }
}
