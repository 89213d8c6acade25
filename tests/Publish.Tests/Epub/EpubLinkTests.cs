using System.Xml.Linq;
using Publish.Model;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>
/// Every content document is well-formed XML, and every href, src and idref inside the EPUB
/// leads to a file in the zip and, with a fragment, to an id in that file.
/// </summary>
public sealed class EpubLinkTests
{
    public static TheoryData<string> Variants => new() { "endnotes", "chapter-endnotes" };

    private static byte[] Build(string variant) => variant == "endnotes"
        ? EpubFixture.Build()
        : EpubFixture.Build(EpubFixture.Document(NotesMode.ChapterEndnotes), EpubFixture.Options(cover: false, pages: false));

    [Theory, MemberData(nameof(Variants))]
    public void Every_xml_file_parses(string variant)
    {
        foreach (var (name, bytes) in EpubFixture.Entries(Build(variant)))
            if (name.EndsWith(".xhtml") || name.EndsWith(".opf") || name.EndsWith(".ncx") || name.EndsWith(".xml"))
                XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory, MemberData(nameof(Variants))]
    public void Every_link_resolves(string variant)
    {
        var epub = Build(variant);
        var files = EpubFixture.Entries(epub).ToDictionary(e => e.Name, e => e.Bytes);
        var ids = files.Where(f => f.Key.EndsWith(".xhtml"))
            .ToDictionary(f => f.Key, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Value))
                .Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList());
        foreach (var (file, list) in ids)
            Assert.True(list.Count == list.Distinct().Count(), $"duplicate ids in {file}");

        int checkedLinks = 0;
        foreach (var file in files.Keys.Where(f => f.EndsWith(".xhtml") || f.EndsWith(".ncx") || f.EndsWith(".opf")))
        {
            var xml = EpubFixture.Xml(epub, file);
            var references = xml.Descendants()
                .SelectMany(e => new[] { e.Attribute("href"), e.Attribute("src") })
                .OfType<XAttribute>().Select(a => a.Value);
            foreach (var reference in references)
            {
                if (reference.Contains("://")) continue;
                var (path, fragment) = Split(Combine(file, reference));
                Assert.True(files.ContainsKey(path), $"{file}: {reference} → missing {path}");
                if (fragment is not null)
                    Assert.True(ids[path].Contains(fragment), $"{file}: {reference} → no id '{fragment}' in {path}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 40);

        var opf = EpubFixture.Xml(epub, "OEBPS/content.opf");
        var manifestIds = opf.Descendants(EpubFixture.Opf + "item").Select(i => (string)i.Attribute("id")!).ToHashSet();
        Assert.All(opf.Descendants(EpubFixture.Opf + "itemref"), r => Assert.Contains((string)r.Attribute("idref")!, manifestIds));
        var metaIds = opf.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        Assert.All(opf.Descendants().Select(e => (string?)e.Attribute("refines")).OfType<string>(),
            r => Assert.Contains(r.TrimStart('#'), metaIds));
    }

    [Fact]
    public void Every_note_links_back_to_each_of_its_references()
    {
        var doc = EpubFixture.Document();
        var notes = EpubFixture.Xml(EpubFixture.Build(doc), "OEBPS/notes.xhtml");
        foreach (var note in doc.Notes)
        {
            var li = notes.Descendants(EpubFixture.Xhtml + "li").Single(e => (string?)e.Attribute("id") == note.Id);
            Assert.Equal("endnote", (string?)li.Attribute(EpubFixture.Ops + "type"));
            Assert.Null(li.Attribute("role")); // doc-endnote is deprecated (DPUB-ARIA 1.1)
            Assert.StartsWith($"{note.Number}.", li.Value.Trim());
            var backlinks = li.Descendants(EpubFixture.Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-backlink")
                .Select(a => ((string)a.Attribute("href")!).Split('#')[1]).ToList();
            Assert.Equal(note.RefIds, backlinks);
        }
    }

    [Fact]
    public void Chapter_endnotes_are_grouped_under_their_chapter()
    {
        var notes = EpubFixture.Xml(EpubFixture.Build(EpubFixture.Document(NotesMode.ChapterEndnotes)), "OEBPS/notes.xhtml");
        var group = notes.Descendants(EpubFixture.Xhtml + "h2").Single();
        Assert.Equal("Introduction", group.Value);
        Assert.Equal(3, group.Parent!.Descendants(EpubFixture.Xhtml + "li").Count(li => li.Attribute("id") is not null));
    }

    private static string Combine(string file, string reference)
    {
        var folder = file.Contains('/') ? file[..file.LastIndexOf('/')] : "";
        var parts = (folder.Length > 0 ? folder + "/" + reference : reference).Split('/').ToList();
        for (int i = 0; i < parts.Count; i++)
            if (parts[i] == ".." && i > 0) { parts.RemoveRange(i - 1, 2); i -= 2; }
        return string.Join('/', parts);
    }

    private static (string Path, string? Fragment) Split(string target)
    {
        int hash = target.IndexOf('#');
        return hash < 0 ? (target, null) : (target[..hash], Uri.UnescapeDataString(target[(hash + 1)..]));
    }
}
