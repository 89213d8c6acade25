using Publish.Chronologies;
using Publish.Diagnostics;
using Publish.Model;
using Xunit;

namespace Publish.Tests.Chronologies;

/// <summary>Loading chronologies: the model they give, where files are looked for, and year ranges.</summary>
public sealed class ChronologyLoaderTests : IDisposable
{
    private const string Valid = """
        title: Chronology of the Revolution
        note: All dates according to the Julian calendar until February 1918.
        entries:
          - { year: 1917, date: February 27, event: "Abdication of Tsar Nicholas II. See [the text](#section-id)" }
          - year: 1918
            date: Early March
            event: Treaty of Brest-Litovsk signed.
            see: the-trade-unions
          - year: 1918
            event: No date given.
            see: "#with-hash"
        """;

    private const string ThreeYears = """
        entries:
          - { year: 1917, date: October 25, event: October. }
          - { year: 1918, date: March 3, event: Brest-Litovsk. }
          - { year: 1919, date: March 2–6, event: Comintern founded. }
          - { year: 1921, date: March 8–16, event: Tenth Congress. }
        """;

    private readonly ChronologyTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Valid_file_loads_title_note_and_entries()
    {
        _folder.WriteLocal(Valid);
        var chronology = _folder.Load("chronology.yaml");

        Assert.Empty(_folder.Diagnostics.Items);
        Assert.NotNull(chronology);
        Assert.Equal("Chronology of the Revolution", chronology.Title);
        Assert.Equal("All dates according to the Julian calendar until February 1918.", Inline.PlainText(chronology.Note!));
        Assert.Equal(3, chronology.Entries.Count);

        var first = chronology.Entries[0];
        Assert.Equal((1917, "February 27", null), (first.Year, first.Date, first.SeeAlso));
        Assert.Equal("Abdication of Tsar Nicholas II. See [the text](#section-id)", Inline.PlainText(first.Event));
        Assert.Equal(new SourceSpan(4, 5), first.Span);

        var second = chronology.Entries[1];
        Assert.Equal((1918, "Early March", "the-trade-unions"), (second.Year, second.Date, second.SeeAlso));
        Assert.Equal(new SourceSpan(5, 5), second.Span);

        var third = chronology.Entries[2];
        Assert.Null(third.Date);
        Assert.Equal("with-hash", third.SeeAlso);
    }

    [Fact]
    public void Events_and_note_go_through_the_inline_parser()
    {
        _folder.WriteLocal(Valid);
        var seen = new List<string>();
        var chronology = ChronologyLoader.Load(new ChronologyReference("chronology.yaml", null, null, SourceSpan.Start),
            _folder.PamphletDir, _folder.SourcesDir, s => { seen.Add(s); return [new Emphasis([new Text(s)])]; },
            _folder.Diagnostics, _folder.FrontMatterPath);
        Assert.NotNull(chronology);
        Assert.IsType<Emphasis>(Assert.Single(chronology.Entries[1].Event));
        Assert.Contains("Treaty of Brest-Litovsk signed.", seen);
        Assert.Contains("All dates according to the Julian calendar until February 1918.", seen);
    }

    [Fact]
    public void Title_defaults_and_note_is_optional()
    {
        _folder.WriteLocal("entries:\n  - { year: 1917, event: A }\n");
        var chronology = _folder.Load("chronology.yaml");
        Assert.NotNull(chronology);
        Assert.Equal(ChronologyYamlReader.DefaultTitle, chronology.Title);
        Assert.Null(chronology.Note);
    }

    [Theory]
    [InlineData("chronology.yaml")]
    [InlineData("dates.yml")]
    [InlineData("CHRONO.YAML")]
    public void File_name_with_yaml_extension_is_in_the_pamphlet_folder(string name)
    {
        _folder.WriteLocal(Valid, name);
        _folder.WriteShared(Path.GetFileNameWithoutExtension(name), ThreeYears);
        Assert.Equal(3, _folder.Load(name)?.Entries.Count);
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Fact]
    public void Bare_name_is_a_shared_chronology()
    {
        _folder.WriteLocal(Valid, "russia.yaml");
        _folder.WriteShared("russia", ThreeYears);
        Assert.Equal(4, _folder.Load("russia")?.Entries.Count);
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Fact]
    public void Shared_chronology_with_two_ranges_gives_two_entry_sets()
    {
        _folder.WriteShared("russia-1917-1921", ThreeYears);

        var early = _folder.Load("russia-1917-1921", from: 1917, to: 1918);
        var late = _folder.Load("russia-1917-1921", from: 1918, to: 1921);

        Assert.Empty(_folder.Diagnostics.Items);
        Assert.Equal([1917, 1918], early!.Entries.Select(e => e.Year));
        Assert.Equal([1918, 1919, 1921], late!.Entries.Select(e => e.Year));
    }

    [Theory]
    [InlineData(1919, null, new[] { 1919, 1921 })]
    [InlineData(null, 1918, new[] { 1917, 1918 })]
    [InlineData(1919, 1919, new[] { 1919 })]
    [InlineData(null, null, new[] { 1917, 1918, 1919, 1921 })]
    public void Range_keeps_from_to_inclusive(int? from, int? to, int[] years)
    {
        _folder.WriteShared("russia", ThreeYears);
        Assert.Equal(years, _folder.Load("russia", from, to)!.Entries.Select(e => e.Year));
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Fact]
    public void Checks_run_on_the_whole_file_not_just_the_range()
    {
        _folder.WriteShared("russia", "entries:\n  - { year: 1918, event: A }\n  - { year: 1917, event: B }\n  - { year: 1921, event: C }\n");
        var chronology = _folder.Load("russia", from: 1921);
        Assert.Equal([1921], chronology!.Entries.Select(e => e.Year));
        Assert.Equal(Codes.ChronologyYearOrder.Id, _folder.Single().Code.Id);
    }

    [Fact]
    public void Shared_example_in_the_repository_loads_cleanly()
    {
        var sources = RepositorySources();
        var bag = new DiagnosticBag();
        var reference = new ChronologyReference("russia-1917-1921", null, null, SourceSpan.Start);
        var all = ChronologyLoader.Load(reference, Path.Combine(sources, "x"), sources, ChronologyTestFolder.PlainInlines, bag, "pamphlet.md");
        var later = ChronologyLoader.Load(reference with { From = 1918, To = 1921 }, Path.Combine(sources, "x"), sources,
            ChronologyTestFolder.PlainInlines, bag, "pamphlet.md");

        Assert.Empty(bag.Items);
        Assert.InRange(all!.Entries.Count, 10, 15);
        Assert.NotNull(all.Note);
        Assert.Contains(all.Entries, e => e.Year == 1917);
        Assert.DoesNotContain(later!.Entries, e => e.Year == 1917);
        Assert.Contains(later.Entries, e => e.Year == 1921);
        Assert.All(all.Entries, e => Assert.NotNull(e.Date));
        Assert.All(all.Entries, e => Assert.NotNull(ChronologyDateParser.Parse(e.Date!, e.Year)));
    }

    /// <summary>The repository's sources/ folder, found by walking up from the test assembly.</summary>
    private static string RepositorySources()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
                return Path.Combine(dir.FullName, "sources");
        throw new InvalidOperationException("repository root (Publish.sln) not found above " + AppContext.BaseDirectory);
    }
}
