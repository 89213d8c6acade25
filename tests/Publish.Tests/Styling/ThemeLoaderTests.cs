using Publish.Diagnostics;
using Publish.Styling;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Styling;

/// <summary>Themes load with units converted once, inherit with extends, and report bad values in place.</summary>
public sealed class ThemeLoaderTests
{
    private static (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string name, params (string Name, string Yaml)[] files)
    {
        using var temp = TestPaths.Temp();
        var styles = Path.Combine(temp.Path, "styles");
        Directory.CreateDirectory(Path.Combine(styles, "fonts"));
        foreach (var font in Directory.GetFiles(Path.Combine(TestPaths.Styles, "fonts"), "CharisSIL-*.ttf"))
            File.Copy(font, Path.Combine(styles, "fonts", Path.GetFileName(font)));
        File.WriteAllBytes(Path.Combine(styles, "fonts", "Cff.otf"), "OTTO\0\0\0\0"u8.ToArray());
        foreach (var (file, yaml) in files) File.WriteAllText(Path.Combine(styles, file + ".yaml"), yaml);
        var bag = new DiagnosticBag();
        var theme = new ThemeLoader(styles).Load(name, bag);
        return (theme, bag.Items);
    }

    [Fact]
    public void Default_theme_loads_with_lengths_in_points()
    {
        var bag = new DiagnosticBag();
        var theme = new ThemeLoader(TestPaths.Styles).Load("default", bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(theme);
        Assert.Equal(419.53, theme.Page.Width, 1);   // 148 mm
        Assert.Equal(10.5 * 1.2, theme.ParagraphIndent, 3); // 1.2em of 10.5pt
        Assert.Equal("Charis SIL", theme.Body.Name);
    }

    [Fact]
    public void Extends_inherits_and_overrides()
    {
        var (theme, diagnostics) = Load("child",
            ("base", "size: 10pt\nleading: 13pt\ncolours: { headings: \"#112233\" }\n"),
            ("child", "extends: base\nsize: 12pt\n"));
        Assert.Empty(diagnostics);
        Assert.Equal(12, theme!.BodySize);
        Assert.Equal(13, theme.Leading);
        Assert.Equal(0x22, theme.HeadingColour.G);
    }

    [Theory]
    [InlineData("sections: new-page\n", SectionOpening.NewPage)]
    [InlineData("sections: run-on\n", SectionOpening.RunOn)]
    [InlineData("size: 10pt\n", SectionOpening.NewPage)]
    public void Sections_key_chooses_how_sections_open(string yaml, SectionOpening expected)
    {
        var (theme, diagnostics) = Load("t", ("t", yaml));
        Assert.Empty(diagnostics);
        Assert.Equal(expected, theme!.Sections);
    }

    [Fact]
    public void Default_theme_sets_the_imprint_on_the_title_page_and_the_colophon_at_the_foot()
    {
        var theme = new ThemeLoader(TestPaths.Styles).Load("default", new DiagnosticBag());
        Assert.Equal((ImprintPlacement.TitlePage, ColophonPlacement.Foot), (theme!.Imprint, theme.Colophon));
        var (verso, diagnostics) = Load("verso", ("verso", "imprint: verso\ncolophon: page\n"));
        Assert.Empty(diagnostics);
        Assert.Equal((ImprintPlacement.Verso, ColophonPlacement.Page), (verso!.Imprint, verso.Colophon));
    }

    [Fact]
    public void Default_theme_runs_sections_on()
    {
        var theme = new ThemeLoader(TestPaths.Styles).Load("default", new DiagnosticBag());
        Assert.Equal(SectionOpening.RunOn, theme!.Sections);
    }

    [Theory]
    [InlineData("size: 10\n", "PUB3004", 1, 7)]
    [InlineData("colours: { text: reddish }\n", "PUB3005", 1, 18)]
    [InlineData("\nmargins: 3mm\n", "PUB3003", 2, 10)]
    [InlineData("fonts: { body: { regular: Missing.ttf } }\n", "PUB3006", 1, 27)]
    [InlineData("fonts: { body: { regular: Cff.otf } }\n", "PUB3006", 1, 27)]
    [InlineData("size: [1\n", "PUB3002", 2, 1)]
    [InlineData("print: { padding: adverts }\n", "PUB6401", 1, 19)]
    [InlineData("sections: fresh\n", "PUB6050", 1, 11)]
    [InlineData("imprint: back\n", "PUB6060", 1, 10)]
    [InlineData("colophon: last\n", "PUB6061", 1, 11)]
    public void Bad_values_are_reported_where_written(string yaml, string code, int line, int column)
    {
        var (theme, diagnostics) = Load("bad", ("bad", yaml));
        Assert.Null(theme);
        var d = Assert.Single(diagnostics);
        Assert.Equal((code, line, column), (d.Code.Id, d.Line, d.Column));
        Assert.EndsWith("bad.yaml", d.Path);
    }

    [Fact]
    public void Extends_cycle_is_PUB3007()
    {
        var (theme, diagnostics) = Load("a", ("a", "extends: b\n"), ("b", "extends: a\n"));
        Assert.Null(theme);
        Assert.Contains(diagnostics, d => d.Code == Codes.ThemeExtendsCycle);
    }

    [Fact]
    public void Unknown_theme_is_PUB3001() =>
        Assert.Contains(Load("nope").Diagnostics, d => d.Code == Codes.ThemeUnknown);
}
