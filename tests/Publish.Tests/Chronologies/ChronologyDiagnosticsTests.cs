using Publish.Diagnostics;
using Xunit;

namespace Publish.Tests.Chronologies;

/// <summary>One small chronology per diagnostic code, asserting the code, the file, the line and the column.</summary>
public sealed class ChronologyDiagnosticsTests : IDisposable
{
    private readonly ChronologyTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Diagnostic LoadSingle(string yaml)
    {
        var path = _folder.WriteLocal(yaml);
        _folder.Load("chronology.yaml");
        var diagnostic = _folder.Single();
        Assert.Equal(path, diagnostic.Path);
        return diagnostic;
    }

    private static void AssertAt(Diagnostic d, DiagnosticCode code, Severity severity, int line, int column)
    {
        Assert.Equal(code.Id, d.Code.Id);
        Assert.Equal(severity, d.Severity);
        Assert.Equal((line, column), (d.Line, d.Column));
    }

    [Fact]
    public void Unclosed_flow_mapping_is_PUB4001_at_the_brace_left_open()
    {
        var d = LoadSingle("title: Chronology\nentries:\n  - { year: 1917, event: A\n  - { year: 1918, event: B }\n");
        AssertAt(d, Codes.ChronologyYaml, Severity.Error, 3, 5);
        Assert.Contains("never closed", d.Message);
    }

    [Fact]
    public void Tab_in_indentation_is_PUB4001_at_the_tab()
    {
        var d = LoadSingle("entries:\n  - year: 1917\n\tevent: A\n");
        AssertAt(d, Codes.ChronologyYaml, Severity.Error, 3, 1);
        Assert.Contains("tab", d.Message);
    }

    [Fact]
    public void Duplicate_key_is_PUB4001_at_the_second_key()
    {
        var d = LoadSingle("title: A\ntitle: B\nentries:\n  - { year: 1917, event: A }\n");
        AssertAt(d, Codes.ChronologyYaml, Severity.Error, 2, 1);
    }

    [Fact]
    public void Bad_indentation_is_PUB4001_at_the_misplaced_key()
    {
        var d = LoadSingle("entries:\n  - year: 1917\n   event: A\n");
        AssertAt(d, Codes.ChronologyYaml, Severity.Error, 3, 4);
    }

    [Fact]
    public void Year_going_backwards_is_PUB4002_at_the_year()
    {
        var d = LoadSingle("entries:\n  - year: 1918\n    event: B\n  - year: 1917\n    event: A\n");
        AssertAt(d, Codes.ChronologyYearOrder, Severity.Error, 4, 11);
    }

    [Fact]
    public void Date_going_backwards_within_a_year_is_PUB4003_at_the_date()
    {
        var d = LoadSingle("entries:\n  - { year: 1917, date: March 5, event: A }\n  - { year: 1917, date: Late February, event: B }\n");
        AssertAt(d, Codes.ChronologyDateOrder, Severity.Warning, 3, 25);
    }

    [Fact]
    public void Dates_are_compared_only_within_one_year()
    {
        _folder.WriteLocal("entries:\n  - { year: 1917, date: December 7, event: A }\n  - { year: 1918, date: January 5, event: B }\n");
        Assert.NotNull(_folder.Load("chronology.yaml"));
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Fact]
    public void Unparseable_dates_are_not_compared()
    {
        _folder.WriteLocal("entries:\n  - { year: 1917, date: March 5, event: A }\n  - { year: 1917, date: Winter, event: B }\n  - { year: 1917, date: March 6, event: C }\n");
        Assert.NotNull(_folder.Load("chronology.yaml"));
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Theory]
    [InlineData(1917, "February 30")]
    [InlineData(1917, "April 31")]
    [InlineData(1918, "February 29")]
    [InlineData(1900, "29 Feb.")]
    [InlineData(1917, "May 24–June 31")]
    public void Impossible_day_is_PUB4004_at_the_date(int year, string date)
    {
        var d = LoadSingle($"entries:\n  - {{ year: {year}, date: {date}, event: A }}\n");
        AssertAt(d, Codes.ChronologyBadDay, Severity.Error, 2, 25);
    }

    [Fact]
    public void February_29_of_a_leap_year_is_fine()
    {
        _folder.WriteLocal("entries:\n  - { year: 1916, date: February 29, event: A }\n  - { year: 2000, date: February 29, event: B }\n");
        Assert.NotNull(_folder.Load("chronology.yaml"));
        Assert.Empty(_folder.Diagnostics.Items);
    }

    [Fact]
    public void Missing_year_is_PUB4005_at_the_entry()
    {
        var d = LoadSingle("entries:\n  - { year: 1917, event: A }\n  - date: March 3\n    event: Treaty signed.\n");
        AssertAt(d, Codes.ChronologyFieldMissing, Severity.Error, 3, 5);
        Assert.Contains("year", d.Message);
    }

    [Fact]
    public void Missing_event_is_PUB4005_at_the_entry()
    {
        var d = LoadSingle("entries:\n  - { year: 1917, event: A }\n  - { year: 1918, date: March 3, event: }\n");
        AssertAt(d, Codes.ChronologyFieldMissing, Severity.Error, 3, 5);
        Assert.Contains("event", d.Message);
    }

    [Fact]
    public void Entries_with_errors_are_left_out_and_the_rest_kept()
    {
        _folder.WriteLocal("entries:\n  - { year: 1917, event: A }\n  - { date: March 3, event: B }\n  - { year: 1918, event: C }\n");
        var chronology = _folder.Load("chronology.yaml");
        Assert.NotNull(chronology);
        Assert.Equal([1917, 1918], chronology.Entries.Select(e => e.Year));
    }

    [Fact]
    public void Unknown_shared_chronology_is_PUB4006_at_the_front_matter()
    {
        _folder.WriteShared("russia-1917-1921", "entries:\n  - { year: 1917, event: A }\n");
        Assert.Null(_folder.Load("spain-1936"));
        var d = _folder.Single();
        AssertAt(d, Codes.ChronologyUnknown, Severity.Error, ChronologyTestFolder.ReferenceSpan.Line, ChronologyTestFolder.ReferenceSpan.Column);
        Assert.Equal(_folder.FrontMatterPath, d.Path);
        Assert.Contains("russia-1917-1921", d.Message);
    }

    [Fact]
    public void Shared_name_with_a_path_in_it_is_PUB4006()
    {
        Assert.Null(_folder.Load("../test-pamphlet/chronology"));
        AssertAt(_folder.Single(), Codes.ChronologyUnknown, Severity.Error, 7, 14);
    }

    [Fact]
    public void Range_that_selects_nothing_is_PUB4007_at_the_front_matter()
    {
        _folder.WriteShared("short", "entries:\n  - { year: 1917, event: A }\n  - { year: 1918, event: B }\n");
        Assert.Null(_folder.Load("short", from: 1919, to: 1921));
        var d = _folder.Single();
        AssertAt(d, Codes.ChronologyEmptyRange, Severity.Error, 7, 14);
        Assert.Equal(_folder.FrontMatterPath, d.Path);
        Assert.Contains("1917 to 1918", d.Message);
    }

    [Fact]
    public void Range_with_from_after_to_is_PUB4007()
    {
        _folder.WriteShared("short", "entries:\n  - { year: 1917, event: A }\n");
        Assert.Null(_folder.Load("short", from: 1921, to: 1917));
        AssertAt(_folder.Single(), Codes.ChronologyEmptyRange, Severity.Error, 7, 14);
    }

    [Fact]
    public void Unknown_entry_key_is_a_PUB4008_warning_at_the_key()
    {
        var d = LoadSingle("entries:\n  - year: 1917\n    event: A\n    place: Petrograd\n");
        AssertAt(d, Codes.ChronologyUnknownKey, Severity.Warning, 4, 5);
        Assert.Contains("'place'", d.Message);
    }

    [Fact]
    public void Unknown_top_level_key_is_a_PUB4008_warning_at_the_key()
    {
        var d = LoadSingle("title: Chronology\nsubtitle: Russia\nentries:\n  - { year: 1917, event: A }\n");
        AssertAt(d, Codes.ChronologyUnknownKey, Severity.Warning, 2, 1);
    }

    [Theory]
    [InlineData("c. 1917")]
    [InlineData("1917–1918")]
    [InlineData("1917.5")]
    public void Year_that_is_not_a_whole_number_is_PUB4009_at_the_year(string year)
    {
        var d = LoadSingle($"entries:\n  - year: {year}\n    event: A\n");
        AssertAt(d, Codes.ChronologyBadYear, Severity.Error, 2, 11);
    }

    [Fact]
    public void Entries_that_are_not_a_list_is_PUB4010_at_the_value()
    {
        var d = LoadSingle("title: Chronology\nentries: 1917\n");
        AssertAt(d, Codes.ChronologyShape, Severity.Error, 2, 10);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("# only a comment\n", 1, 1)]
    [InlineData("- { year: 1917, event: A }\n", 1, 1)]
    [InlineData("title: Chronology\nentries: []\n", 1, 1)]
    [InlineData("title: Chronology\n", 1, 1)]
    public void File_that_is_not_a_chronology_is_PUB4010(string yaml, int line, int column)
    {
        var d = LoadSingle(yaml);
        AssertAt(d, Codes.ChronologyShape, Severity.Error, line, column);
    }

    [Fact]
    public void Event_that_is_a_list_is_PUB4010_at_the_value()
    {
        var d = LoadSingle("entries:\n  - year: 1917\n    event: [A, B]\n");
        AssertAt(d, Codes.ChronologyShape, Severity.Error, 3, 12);
    }

    [Fact]
    public void Missing_pamphlet_chronology_file_is_PUB4011_at_the_front_matter()
    {
        Assert.Null(_folder.Load("chronology.yaml"));
        var d = _folder.Single();
        AssertAt(d, Codes.ChronologyFileMissing, Severity.Error, 7, 14);
        Assert.Equal(_folder.FrontMatterPath, d.Path);
    }

    [Fact]
    public void Missing_pamphlet_file_named_like_a_shared_one_hints_at_it()
    {
        _folder.WriteShared("russia-1917-1921", "entries:\n  - { year: 1917, event: A }\n");
        Assert.Null(_folder.Load("russia-1917-1921.yaml"));
        Assert.Contains("file: russia-1917-1921", _folder.Single().Message);
    }
}
