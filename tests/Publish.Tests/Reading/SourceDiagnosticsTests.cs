using Publish.Diagnostics;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Reading;

/// <summary>Every user-caused problem with a source gets its stable code at the right line and column.</summary>
public sealed class SourceDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Check(string text, Action<string>? prepare = null)
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("sample", text);
        prepare?.Invoke(dir);
        var bag = new DiagnosticBag();
        PamphletLoader.Load(dir, new BuildServices(new Workspace(TestPaths.Root)), bag);
        return bag.Items;
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> items, DiagnosticCode code) =>
        Assert.Single(items, d => d.Code == code);

    [Fact]
    public void Missing_source_is_PUB1001()
    {
        using var temp = TestPaths.Temp();
        var bag = new DiagnosticBag();
        PamphletLoader.Load(Path.Combine(temp.Path, "nothing"), new BuildServices(new Workspace(TestPaths.Root)), bag);
        var d = Single(bag.Items, Codes.SourceMissing);
        Assert.Equal((1, 1), (d.Line, d.Column));
    }

    [Fact]
    public void Front_matter_yaml_error_is_mapped_to_the_file_line()
    {
        var d = Single(Check("---\ntitle: A\nauthor: [unclosed\n---\n\nText.\n"), Codes.FrontMatterYaml);
        Assert.True(d.Line >= 3, $"line {d.Line}");
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Missing_title_is_PUB1003() =>
        Single(Check("---\nauthor: Someone\n---\n\nText.\n"), Codes.TitleMissing);

    [Fact]
    public void No_front_matter_is_PUB1003() =>
        Single(Check("Just text.\n"), Codes.TitleMissing);

    [Fact]
    public void Unclosed_front_matter_is_PUB1008() =>
        Single(Check("---\ntitle: A\n\nText.\n"), Codes.FrontMatterUnclosed);

    [Fact]
    public void Unknown_key_is_a_warning_at_its_line()
    {
        var d = Single(Check("---\ntitle: A\ncolour: red\n---\n\nText.\n"), Codes.UnknownKey);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal((3, 1), (d.Line, d.Column));
    }

    [Fact]
    public void Bad_field_shape_is_PUB1007() =>
        Single(Check("---\ntitle: A\nnotes: sidenotes\n---\n\nText.\n"), Codes.BadFieldValue);

    [Fact]
    public void Undefined_note_reference_is_PUB2001_at_its_line()
    {
        var d = Single(Check("---\ntitle: A\n---\n\nFirst line.\n\nText with a note.[^missing]\n"), Codes.NoteUndefined);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void Unreferenced_note_is_PUB2002_warning()
    {
        var d = Single(Check("---\ntitle: A\n---\n\nText.\n\n[^lonely]: Never cited.\n"), Codes.NoteUnreferenced);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void Duplicate_note_label_is_PUB2003_at_the_second_definition()
    {
        var d = Single(Check("---\ntitle: A\n---\n\nText.[^a]\n\n[^a]: One.\n\n[^a]: Two.\n"), Codes.NoteDuplicate);
        Assert.Equal(9, d.Line);
    }

    [Fact]
    public void Heading_jump_is_PUB2004_warning()
    {
        var d = Single(Check("---\ntitle: A\n---\n\n# One\n\nText.\n\n### Three\n\nMore.\n"), Codes.HeadingJump);
        Assert.Equal((Severity.Warning, 9), (d.Severity, d.Line));
    }

    [Fact]
    public void Missing_image_is_PUB2005()
    {
        var d = Single(Check("---\ntitle: A\n---\n\nText.\n\n![A map](map.png)\n"), Codes.ImageMissing);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void Present_image_is_fine() =>
        Assert.DoesNotContain(Check("---\ntitle: A\n---\n\n![A map](map.png)\n", dir => File.WriteAllBytes(Path.Combine(dir, "map.png"), [1])),
            d => d.Code == Codes.ImageMissing);

    [Fact]
    public void Unknown_theme_is_PUB3001_at_the_theme_line()
    {
        var d = Single(Check("---\ntitle: A\ntheme: nosuchtheme\n---\n\nText.\n"), Codes.ThemeUnknown);
        Assert.Equal(3, d.Line);
        Assert.Contains("default", d.Message);
    }

    [Fact]
    public void Invalid_utf8_is_PUB1005_with_position()
    {
        using var temp = TestPaths.Temp();
        var bytes = "---\ntitle: A\n---\n\nCaf"u8.ToArray().Concat(new byte[] { 0xE9, 0x20, 0x21, 0x0A }).ToArray();
        var dir = temp.PamphletBytes("bad", bytes);
        var bag = new DiagnosticBag();
        PamphletLoader.Load(dir, new BuildServices(new Workspace(TestPaths.Root)), bag);
        var d = Single(bag.Items, Codes.InvalidEncoding);
        Assert.Equal((5, 4), (d.Line, d.Column));
    }

    [Fact]
    public void Nul_byte_is_PUB1005()
    {
        using var temp = TestPaths.Temp();
        var dir = temp.PamphletBytes("nul", "---\ntitle: A\n---\n\nText\0.\n"u8.ToArray());
        var bag = new DiagnosticBag();
        PamphletLoader.Load(dir, new BuildServices(new Workspace(TestPaths.Root)), bag);
        Assert.Contains("NUL", Single(bag.Items, Codes.InvalidEncoding).Message);
    }

    [Fact]
    public void Empty_source_is_PUB1006() => Single(Check(""), Codes.EmptySource);

    [Fact]
    public void Front_matter_without_text_is_PUB1006() => Single(Check("---\ntitle: A\n---\n\n"), Codes.EmptySource);

    [Fact]
    public void Duplicate_explicit_ids_are_PUB2006() =>
        Single(Check("---\ntitle: A\n---\n\n# One {#same}\n\nText.\n\n# Two {#same}\n\nMore.\n"), Codes.DuplicateId);

    [Fact]
    public void Diagnostics_print_as_path_line_column_code()
    {
        var d = new Diagnostic(Codes.TitleMissing, Severity.Error, "sources/x/pamphlet.md", 2, 5, "front matter has no 'title'");
        Assert.Equal("sources/x/pamphlet.md:2:5: error PUB1003: front matter has no 'title'", d.ToString());
    }
}
