using Publish.Tests.Support;
using System.IO.Compression;
using System.Xml.Linq;
using Publish.Epub;
using Publish.Model;
using Publish.Styling;

namespace Publish.Tests.Epub;

/// <summary>
/// A small pamphlet built by hand, as the transforms would leave it: two sections with nested
/// headings, a note referenced twice, a note of two paragraphs, a quote, a list, a table, a
/// figure, a chronology and series metadata; plus helpers to read the EPUB it becomes.
/// </summary>
internal static class EpubFixture
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly Lazy<string> Folder = new(CreateFolder);

    public static string RepositoryRoot =>
        EpubCss.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Publish.sln not found");

    public static Theme Theme => new() { Name = "test" };

    public static EpubOptions Options(bool cover = true, bool pages = true) => new(
        CoverPng: cover ? TestPng.Grey(3, 4) : null,
        PageBreaks: pages
            ? [new("1", "introduction"), new("2", EpubIds.Paragraph("introduction", 2)), new("3", "the-struggle"),
               new("4", "chronology"), new("5", "notes")]
            : null)
    { BaseCss = EpubCss.LoadBaseCss(RepositoryRoot) };

    public static byte[] Build(Document? doc = null, EpubOptions? options = null) =>
        EpubWriter.Build(doc ?? Document(), Theme, options ?? Options());

    public static Document Document(NotesMode notes = NotesMode.Endnotes)
    {
        static Text T(string s) => new(s);
        NoteRef Ref(int n, string refId) => new(n.ToString()) { Number = n, RefId = refId, NoteId = $"note-{n}" };

        var intro = new Section("introduction", new Heading(1, [T("Introduction")], "introduction"),
        [
            new Paragraph([T("The “opposition” said "), new Emphasis([T("this")]), T(" & "), new Strong([T("that")]), T("."), Ref(1, "ref-1")]),
            new Paragraph([T("See "), new Link("#the-struggle", "Next chapter", [T("the struggle")]), T(" and "),
                new Link("https://example.org/a?b=1&c=2", null, [T("a site")]), T(", run "), new Code("x < y"), T(".")]),
            new Heading(2, [T("Background")], "background"),
            new BlockQuote([new Paragraph([T("All power to the soviets!")]), new Paragraph([T("Second quoted paragraph.")])]),
            new ListBlock(true, 3, [[new Paragraph([T("third")])], [new Paragraph([T("fourth"), Ref(2, "ref-2")])]]),
            new Heading(3, [T("Details <& more>")], "details"),
            new Paragraph([T("H"), new Subscript([T("2")]), T("O and E = mc"), new Superscript([T("2")]), new LineBreak(), T("next line")]),
        ]);
        var struggle = new Section("the-struggle", new Heading(1, [T("The Struggle")], "the-struggle"),
        [
            new Paragraph([T("Again the first note."), Ref(1, "ref-1-2"), T(" Back to "), new Link("#background", null, [T("background")]), T(".")]),
            new Table([CellAlignment.Left, CellAlignment.Right, CellAlignment.None],
                [[[T("Year")], [T("Members")], [T("Note")]]],
                [[[T("1920")], [T("5,000")], [new Emphasis([T("est.")])]], [[T("1921")], [T("7,500")], []]]),
            new CodeBlock("line one\n  line <two>\n"),
            new ThematicBreak(),
            new Figure("images/diagram.png", "A diagram of the factory committee", [T("The committee, 1921")]),
            new Figure("images/missing.png", "A missing picture", []),
            new Paragraph([T("After the figure "), new Image("images/diagram.png", "small diagram"), T(".")]),
        ]);
        var notesList = new List<Note>
        {
            new("1", 1, "note-1", [new Paragraph([T("A note cited twice.")])]) { RefIds = ["ref-1", "ref-1-2"], SectionId = "introduction" },
            new("2", 2, "note-2", [new Paragraph([T("First paragraph of note two.")]), new Paragraph([T("Second paragraph, citing "), Ref(3, "ref-3"), T(".")])])
                { RefIds = ["ref-2"], SectionId = "introduction" },
            new("3", 3, "note-3", [new BlockQuote([new Paragraph([T("A note that is a quote.")])])]) { RefIds = ["ref-3"], SectionId = "introduction" },
        };
        var chronology = new Chronology("Chronology", [T("All dates Old Style until 1918.")],
        [
            new ChronologyEntry(1917, "February 27", [T("Abdication of the Tsar.")]),
            new ChronologyEntry(1917, "October 25", [T("The Bolsheviks take power.")], SeeAlso: "the-struggle"),
            new ChronologyEntry(1918, null, [T("Civil war.")]),
        ]);
        var metadata = new Metadata
        {
            Title = "The Workers’ Opposition",
            Subtitle = "A pamphlet & its history",
            Contributors = [new("Alexandra Kollontai", "aut"), new("Ann Other", "trl"), new("Solidarity (London)", "edt")],
            Date = "1921",
            Edition = "Third Solidarity edition, 1979",
            Publisher = "Solidarity",
            Series = "Solidarity pamphlets",
            SeriesNumber = "7",
            Lang = "en-GB",
            Rights = "Public domain.",
            Source = new SourceReference("Marxists Internet Archive", "https://www.marxists.org/archive/kollontai/1921/workers-opposition/"),
            Description = "Kollontai’s 1921 platform.",
            Subjects = ["Russian Revolution", "workers’ control"],
            Identifier = "urn:uuid:0f3c2a4e-5b1d-4c8e-9a7f-2d6b8e1c3a90",
            Modified = "2024-05-01T12:00:00Z",
            Notes = notes,
        };
        return new Document("workers-opposition", Path.Combine(Folder.Value, "pamphlet.md"), metadata, [intro, struggle], notesList, chronology);
    }

    /// <summary>Every zip entry's name and bytes, in archive order.</summary>
    public static List<(string Name, byte[] Bytes)> Entries(byte[] epub)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).ToList();
    }

    public static XDocument Xml(byte[] epub, string name) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(Entries(epub).Single(e => e.Name == name).Bytes));

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "publish-epub-fixture-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllBytes(Path.Combine(folder, "images", "diagram.png"), TestPng.Grey(8, 5));
        return folder;
    }
}
