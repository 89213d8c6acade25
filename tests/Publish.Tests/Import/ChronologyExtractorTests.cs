using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class ChronologyExtractorTests
{
    [Fact]
    public void Reads_dated_lines_under_year_lines()
    {
        var lines = OcrLine.Split("Text before.\n\nCHRONOLOGY\nAll dates are old style.\n\n1905\nJanuary 9: Bloody Sunday.\nOctober 17: Manifesto issued\nby the Tsar.\nDecember: Moscow rising.");
        var chronology = ChronologyExtractor.Extract(lines, ImportTestSupport.Context())!;
        Assert.Equal("All dates are old style.", chronology.Note);
        Assert.Equal(3, chronology.Entries.Count);
        Assert.Equal(new ImportedChronologyEntry(1905, "October 17", "Manifesto issued by the Tsar."), chronology.Entries[1]);
        Assert.Equal(["Text before.", ""], lines.Select(l => l.Text));
    }

    [Fact]
    public void Pairs_dates_printed_before_their_year_with_the_events_after_it()
    {
        var text = "CHRONOLOGY\n\nMarch 3:\nMay 24.June 4:\n\nJanuary 16-25:\nDecembes 17:\n\n1918\nSignature of the treaty.\nA long event that fills the whole column of the page and goes\non to a second line.\n\n1919\nSecond congress.\nThird congress.";
        var chronology = ChronologyExtractor.Extract(OcrLine.Split(text), ImportTestSupport.Context())!;
        Assert.Equal(
            [
                new ImportedChronologyEntry(1918, "March 3", "Signature of the treaty."),
                new ImportedChronologyEntry(1918, "May 24–June 4", "A long event that fills the whole column of the page and goes on to a second line."),
                new ImportedChronologyEntry(1919, "January 16–25", "Second congress."),
                new ImportedChronologyEntry(1919, "December 17", "Third congress."),
            ],
            chronology.Entries);
    }

    [Theory]
    [InlineData("March6-8:", "March 6–8", 3)]
    [InlineData("Early September: Setting up", "Early September", 9)]
    [InlineData("Decembes 17:", "December 17", 12)]
    public void Parses_dates_as_ocr_prints_them(string line, string text, int month)
    {
        var date = ChronologyDate.Parse(line)!;
        Assert.Equal(text, date.Text);
        Assert.Equal(month, date.Month);
    }

    [Fact]
    public void Writes_yaml_that_parses_back()
    {
        var yaml = ChronologyWriter.Write(new ImportedChronology("Chronology", "Dates: old style.",
            [new ImportedChronologyEntry(1917, "February 27", "Abdication of \"Tsar\" Nicholas II, at last: *end*.")]));
        var parsed = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(yaml);
        var entry = (Dictionary<object, object>)((List<object>)parsed["entries"])[0];
        Assert.Equal("Abdication of \"Tsar\" Nicholas II, at last: *end*.", entry["event"]);
        Assert.Equal("1917", entry["year"]);
        Assert.Equal("Dates: old style.", parsed["note"]);
    }
}
