using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Diagnostics;
using Publish.Pipeline;
using Publish.Tests.Support;

namespace Publish.Tests.Properties;

/// <summary>
/// Random and hostile sources — broken YAML, odd front matter values, Markdown edge cases,
/// control characters, invalid UTF-8 — never make <see cref="PamphletLoader.Load"/> throw:
/// every problem comes back as a diagnostic, and a null result always has an error with it.
/// </summary>
public sealed class ReaderProperties
{
    private const int Cases = 200;
    private static readonly BuildServices Services = new(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };

    private static readonly string[] FrontMatterLines =
    [
        "title: A Pamphlet", "title:", "title: ''", "title: [a, b]", "title: { x: 1 }", "title: |\n  multi\n  line",
        "subtitle: ~", "author: Anon", "author: [A, B]", "authors: [A, [B]]", "authors: 7", "translator: { name: x }",
        "date: 1921", "date: [1921, [1922]]", "date: 99999999999999999999", "edition: -", "publisher: \"unterminated",
        "series: S", "series-number: -1", "series-number: [1]", "lang: en-US", "lang: xx", "lang: ''", "lang: \"\\u0000\"",
        "rights: ©", "source: { title: t, url: 'not a url' }", "source: 5", "description: >\n  folded", "subjects: [a, b]",
        "subjects: { a: b }", "theme: zine", "theme: ../default", "theme: NoSuchTheme", "theme: ''", "theme: [x]",
        "cover: { template: band, colour: '#zzz' }", "cover: { image: ../../../x.png }", "cover: 3",
        "chronology: chronology.yaml", "chronology: missing.yaml", "chronology: { file: russia-1917-1921, from: 1918, to: 1900 }",
        "chronology: { file: russia-1917-1921, from: x }", "chronology: ../../etc/passwd", "chronology: { }", "chronology: no-such-shared",
        "notes: footnotes", "notes: chapter-endnotes", "notes: bogus", "identifier: ''", "modified: not-a-date", "modified: 1999-13-45",
        "flavour: mild", "&a anchor: 1", "alias: *a", "bin: !!binary AAAA", "n: !!int x", "\t- tabbed",
        "title: \u202Eevil\u202C", "{ inline: mapping }", "- a sequence", "title: A\ntitle: B", ":", "'", "%YAML 1.2",
        "date: [", "subjects: {", "? complex\n: key", "? [a, b]\n: c", ":\n:", "[[[[[[[[", "- [\n-",
    ];

    private static readonly string[] BodyFragments =
    [
        "# Heading", "## Sub {#sub}", "###### Deep", "# {#}", "## H {.cls #id key=value}", "#", "Plain words here.",
        "A note.[^1]", "[^1]: The note.", "[^1]: Again, duplicated.", "[^a]: refers [^b]", "[^b]: refers [^a]", "[^]", "[^ x]",
        "Unused[^zz]", "![img](figure.png)", "![remote](http://example.org/x.png)", "![](../../../)", "![x](<a b.png>)",
        "| a | b |\n|---|---|\n| 1 |", "| lone |", "|---|", "> quote\n> > nested", "- list\n  - nested\n    - deeper",
        "1. one\n1) two", "<div>html</div>", "<script>alert(1)</script>", "---", "***", "\\", "*emphasis", "**bold", "_a_b_",
        "[link](javascript:alert(1))", "<http://auto.link>", "&amp; &#0; &#xD800; &bogus;", "\u202E rtl \u202C", "\u0000",
        "\uFEFF", "\r\n", "\t\tindented code", "\u00AD\u200B\u2060", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 \uD800", "\"quotes\" 'and' `ticks`",
        "[ref]: figure.png", "![ref]", "<!-- comment", "-->", "```\ncode\n```", "```", "~~~", "```\n```",
        string.Concat(Enumerable.Repeat("> ", 400)) + "deep", string.Concat(Enumerable.Repeat("- ", 300)) + "deep",
        new string('*', 500) + "x" + new string('*', 500), string.Concat(Enumerable.Repeat("[", 300)) + "x", "    ", "\u3000全角", "Text with a very long word " + new string('x', 400),
    ];

    private static readonly string[] Separators = ["\n", "\n\n", " ", "", "\r\n", "\n\n\n"];

    /// <summary>UTF-8 that writes a lone surrogate as U+FFFD instead of throwing.</summary>
    private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static Gen<string> Pick(string[] items) => Gen.Elements(items);

    /// <summary>Random text: fragments of the lists above, FsCheck strings, separators.</summary>
    private static Gen<string> Mixed(string[] fragments) =>
        from parts in Gen.ListOf(Gen.Frequency((6, Pick(fragments)), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        from separators in Gen.NonEmptyListOf(Pick(Separators))
        select string.Concat(parts.Select((part, i) => part + separators[i % separators.Count]));

    private static readonly Gen<string> Source =
        from frontMatter in Mixed(FrontMatterLines)
        from body in Mixed(BodyFragments)
        from shape in Gen.Choose(0, 5)
        select shape switch
        {
            0 => "Text.\n" + body,                             // no front matter at all
            1 => $"---\n{frontMatter}\n",                       // unclosed front matter
            2 => $"---\n{frontMatter}\n---\n",                  // front matter, no body
            _ => $"---\ntitle: T\n{frontMatter}\n---\n\n{body}\n",
        };

    private static readonly Gen<string> Chronology = Mixed(
    [
        "title: Chronology", "note: n", "entries:", "  - { year: 1917, date: February 27, event: An event. }",
        "  - { year: 1916, date: later, event: Out of order. }", "  - year: abc", "  - { event: no year }", "entries: 7",
        "- { year", "entries: []", "  - { year: 1918, date: May 24–June 4, event: \"*emphasis* [^1]\" }",
    ]);

    [Property(MaxTest = Cases)]
    public Property Hostile_text_sources_give_diagnostics_not_exceptions() =>
        Prop.ForAll(Source.ToArbitrary(), Chronology.ToArbitrary(), (source, chronology) =>
            Loads(dir =>
            {
                File.WriteAllText(Path.Combine(dir, "pamphlet.md"), source, Lenient);
                File.WriteAllText(Path.Combine(dir, "chronology.yaml"), chronology, Lenient);
            }));

    private static readonly Gen<byte[]> Bytes =
        from prefix in Gen.Elements(new byte[0], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], Encoding.UTF8.GetBytes("---\ntitle: T\n---\n\n"))
        from body in ArbMap.Default.GeneratorFor<byte[]>()
        from tail in Gen.Elements(new byte[0], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00, 0x0A])
        select prefix.Concat(body ?? []).Concat(tail).ToArray();

    [Property(MaxTest = Cases)]
    public Property Arbitrary_bytes_give_diagnostics_not_exceptions() =>
        Prop.ForAll(Bytes.ToArbitrary(), bytes => Loads(dir => File.WriteAllBytes(Path.Combine(dir, "pamphlet.md"), bytes)));

    /// <summary>
    /// Found by the property above (YamlDotNet 16.3.0 throws <see cref="InvalidOperationException"/>
    /// for a flow collection left open before another line, and <see cref="ArgumentException"/>
    /// for an explicit key followed by an empty key): each is now a PUB1002 at the line where the
    /// YAML stops making sense, never an exception.
    /// </summary>
    [Xunit.Theory]
    [Xunit.InlineData("title: T\ndate: [\nlang: en", 3)]
    [Xunit.InlineData("title: T\nsubjects: {\nlang: en", 3)]
    [Xunit.InlineData("title: T\n? a\n: b\n:", 5)]
    public void Malformed_front_matter_yaml_is_a_diagnostic(string yaml, int line)
    {
        var diagnostics = LoadDiagnostics(dir => File.WriteAllText(Path.Combine(dir, "pamphlet.md"), $"---\n{yaml}\n---\n\nText.\n"));
        var error = Xunit.Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Xunit.Assert.Equal(Codes.FrontMatterYaml, error.Code);
        Xunit.Assert.Equal(line, error.Line); // the open bracket's line, or the empty key's
        Xunit.Assert.True(error.Column >= 1);
    }

    /// <summary>Brackets nested thousands deep are refused with a position, not a stack overflow.</summary>
    [Xunit.Fact]
    public void Deeply_nested_yaml_is_a_diagnostic()
    {
        var diagnostics = LoadDiagnostics(dir => File.WriteAllText(Path.Combine(dir, "pamphlet.md"), $"---\ntitle: T\ndate: {new string('[', 20000)}\n---\n\nText.\n"));
        var error = Xunit.Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Xunit.Assert.Equal((Codes.FrontMatterYaml, 3), (error.Code, error.Line));
    }

    /// <summary>
    /// Found by the property above: a fenced code block with no lines (a lone "```" at the end,
    /// or "```" straight after "```") made Reading/BlockConverter call Take on null. It is now an
    /// empty code block.
    /// </summary>
    [Xunit.Theory]
    [Xunit.InlineData("Text.\n\n```\n")]
    [Xunit.InlineData("Text.\n\n```\n```\n\nMore.\n")]
    [Xunit.InlineData("```")]
    public void Empty_fenced_code_block_is_not_an_exception(string body)
    {
        var diagnostics = LoadDiagnostics(dir => File.WriteAllText(Path.Combine(dir, "pamphlet.md"), $"---\ntitle: T\n---\n\n{body}"));
        Xunit.Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>Hundreds of nested quotes pass Markdig's depth limit: PUB1101 at that line, not an ArgumentException.</summary>
    [Xunit.Fact]
    public void Nesting_past_the_markdown_depth_limit_is_a_diagnostic()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 3000)) + "deep";
        var diagnostics = LoadDiagnostics(dir => File.WriteAllText(Path.Combine(dir, "pamphlet.md"), $"---\ntitle: T\n---\n\nText.\n\n{deep}\n"));
        var error = Xunit.Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Xunit.Assert.Equal((Codes.NestingTooDeep, 7), (error.Code, error.Line));
    }

    /// <summary>Malformed themes, series files and chronologies: a diagnostic at the damage, no exception.</summary>
    [Xunit.Theory]
    [Xunit.InlineData("date: [\nlang: en")]
    [Xunit.InlineData("? a\n: b\n:\n")]
    [Xunit.InlineData("? [a, b]\n: c\n")]
    public void Malformed_theme_series_and_chronology_yaml_are_diagnostics(string yaml)
    {
        using var temp = TestPaths.Temp();
        var styles = Path.Combine(temp.Path, "styles");
        Directory.CreateDirectory(styles);
        File.WriteAllText(Path.Combine(styles, "broken.yaml"), yaml);
        var themes = new Publish.Styling.ThemeLoader(styles);
        var bag = new DiagnosticBag();
        themes.Load("broken", bag);
        Xunit.Assert.All(bag.Items, d => Xunit.Assert.Equal(Path.Combine(styles, "broken.yaml"), d.Path));

        var series = Path.Combine(temp.Path, "sources", "_series");
        Directory.CreateDirectory(series);
        File.WriteAllText(Path.Combine(series, "broken.yaml"), yaml);
        bag = new DiagnosticBag();
        SeriesSettings.Load("Broken", Path.Combine(temp.Path, "sources"), bag);
        Xunit.Assert.All(bag.Items, d => Xunit.Assert.True(d.Line >= 1 && d.Column >= 1));

        var chronology = Path.Combine(temp.Path, "chronology.yaml");
        File.WriteAllText(chronology, "title: C\nentries:\n" + yaml);
        bag = new DiagnosticBag();
        Xunit.Assert.Null(Publish.Chronologies.ChronologyLoader.LoadFile(chronology, _ => [], bag));
        Xunit.Assert.Contains(bag.Items, d => d.Severity == Severity.Error && d.Line >= 1);
    }

    /// <summary>Writes a pamphlet folder, loads it, and checks the contract (any exception fails the property).</summary>
    private static bool Loads(Action<string> write)
    {
        LoadDiagnostics(write);
        return true;
    }

    /// <summary>Writes a pamphlet folder, loads it, checks the contract, and returns the diagnostics.</summary>
    private static IReadOnlyList<Diagnostic> LoadDiagnostics(Action<string> write)
    {
        using var temp = TestPaths.Temp();
        var dir = Path.Combine(temp.Path, "sources", "sample");
        Directory.CreateDirectory(dir);
        write(dir);
        var diagnostics = new DiagnosticBag();
        var result = PamphletLoader.Load(dir, Services, diagnostics);
        if (result is null && !diagnostics.HasErrors) throw new Xunit.Sdk.XunitException("no document and no error");
        if (result is not null && diagnostics.HasErrors)
            throw new Xunit.Sdk.XunitException("a document despite errors: " + string.Join("; ", diagnostics.Items.Where(d => d.Severity == Severity.Error)));
        return diagnostics.Items;
    }
}
