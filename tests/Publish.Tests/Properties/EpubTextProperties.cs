using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Diagnostics;
using Publish.Epub;
using Publish.Pipeline;
using Publish.Tests.Support;

namespace Publish.Tests.Properties;

/// <summary>
/// No text is lost between a source and its EPUB: random pamphlets (headings, paragraphs with
/// emphasis and note references, lists, nested quotes, tables, notes of one or two paragraphs)
/// are read, transformed and written; the body's words come out in order in the spine's XHTML,
/// and so do each note's words.
/// </summary>
public sealed class EpubTextProperties
{
    private const int Cases = 60;

    private static readonly BuildServices Services = new(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };

    /// <summary>Words with letters outside ASCII, an apostrophe, a hyphen and a digit, which typography and hyphenation touch.</summary>
    private static readonly string[] Vocabulary =
    [
        "workers", "council", "factory", "the", "of", "and", "Kollontai", "Shliapnikov", "café", "naïve", "Straße", "Œuvre",
        "don't", "self-management", "1921", "Petrograd", "trade-unions", "opposition", "bureaucracy", "delegates", "ſtrike",
        "extraordinarily", "incomprehensibilities", "x", "a", "I", "Zürich", "Łódź", "Ἀθῆναι", "Москва", "工人",
    ];

    private static readonly Gen<List<string>> WordRun = Gen.Choose(1, 25).SelectMany(n => Gen.ListOf(Gen.Elements(Vocabulary), n)).Select(w => w.ToList());

    private sealed record Source(string Markdown, List<string> Body, List<List<string>> Notes)
    {
        public override string ToString() => Markdown;
    }

    /// <summary>One block: its Markdown, the words it shows, and the note texts it refers to.</summary>
    private static readonly Gen<(string Markdown, List<string> Words, List<List<string>> Notes)> Block =
        from kind in Gen.Choose(0, 6)
        from words in WordRun
        from more in WordRun
        from note in WordRun
        select kind switch
        {
            0 => ($"## {string.Join(' ', words)}", words, new List<List<string>>()),
            1 => ($"- {string.Join(' ', words)}\n- {string.Join(' ', more)}", words.Concat(more).ToList(), new List<List<string>>()),
            2 => ($"> {string.Join(' ', words)}\n>\n> > {string.Join(' ', more)}", words.Concat(more).ToList(), new List<List<string>>()),
            3 => ($"| {words[0]} | {more[0]} |\n|---|---|\n| {string.Join(' ', words.Skip(1))} | {string.Join(' ', more.Skip(1))} |",
                  new[] { words[0], more[0] }.Concat(words.Skip(1)).Concat(more.Skip(1)).ToList(), new List<List<string>>()),
            4 => ($"{string.Join(' ', words)}[^NOTE] *{string.Join(' ', more)}*", words.Concat(more).ToList(), new List<List<string>> { note }),
            _ => ($"{string.Join(' ', words)} **{string.Join(' ', more)}**.", words.Concat(more).ToList(), new List<List<string>>()),
        };

    private static readonly Gen<Source> Sources =
        from blocks in Gen.NonEmptyListOf(Block).Select(b => b.Take(12).ToList())
        from title in WordRun
        select Build(title, blocks.ToList());

    private static Source Build(List<string> title, List<(string Markdown, List<string> Words, List<List<string>> Notes)> blocks)
    {
        var md = new StringBuilder($"---\ntitle: \"{string.Join(' ', title).Replace("\"", "")}\"\n---\n\n# Opening\n\n");
        var notes = new List<List<string>>();
        var definitions = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            md.Append(blocks[i].Markdown.Replace("[^NOTE]", $"[^n{i}]")).Append("\n\n");
            foreach (var note in blocks[i].Notes)
            {
                notes.Add(note);
                definitions.Append($"[^n{i}]: {string.Join(' ', note)}\n\n");
            }
        }
        md.Append(definitions);
        return new Source(md.ToString(), ["opening", .. blocks.SelectMany(b => b.Words)], notes);
    }

    [Property(MaxTest = Cases)]
    public Property Every_word_of_the_source_is_in_the_epub_in_order() =>
        Prop.ForAll(Sources.ToArbitrary(), source =>
        {
            using var temp = TestPaths.Temp();
            var dir = Path.Combine(temp.Path, "sources", "sample");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "pamphlet.md"), source.Markdown);
            var diagnostics = new DiagnosticBag();
            var loaded = PamphletLoader.Load(dir, Services, diagnostics);
            if (loaded is not var (doc, theme)) return false.Label("not loaded: " + string.Join("; ", diagnostics.Items));
            var epub = EpubWriter.Build(doc, theme, new EpubOptions());
            var text = Words(SpineText(epub));

            var body = Words(string.Join(' ', source.Body));
            var kept = ImporterProperties.CommonSubsequence(body, text);
            if (kept != body.Count) return false.Label($"body: {kept} of {body.Count} words in order");
            foreach (var note in source.Notes)
            {
                var noteWords = Words(string.Join(' ', note));
                if (ImporterProperties.CommonSubsequence(noteWords, text) != noteWords.Count) return false.Label($"note lost: {string.Join(' ', note)}");
            }
            return true.Label("ok");
        });

    /// <summary>The text of the spine's XHTML documents in reading order (soft hyphens and zero-width characters removed).</summary>
    private static string SpineText(byte[] epub)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }
        XNamespace container = "urn:oasis:names:tc:opendocument:xmlns:container";
        var opfPath = Load("META-INF/container.xml").Descendants(container + "rootfile").First().Attribute("full-path")!.Value;
        var opf = Load(opfPath);
        XNamespace ns = "http://www.idpf.org/2007/opf";
        var baseDir = opfPath.Contains('/') ? opfPath[..(opfPath.LastIndexOf('/') + 1)] : "";
        var items = opf.Descendants(ns + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i.Attribute("href")!.Value);
        var text = new StringBuilder();
        foreach (var itemref in opf.Descendants(ns + "itemref"))
        {
            var doc = Load(baseDir + items[itemref.Attribute("idref")!.Value]);
            XNamespace xhtml = "http://www.w3.org/1999/xhtml";
            foreach (var node in doc.Descendants(xhtml + "body").DescendantNodes().OfType<XText>()) text.Append(node.Value).Append(' ');
        }
        return text.ToString().Replace("\u00AD", "").Replace("\u200B", "");
    }

    /// <summary>Lower-case runs of letters and digits (typography changes punctuation, never letters).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) current.Append(char.ToLowerInvariant(ch));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
