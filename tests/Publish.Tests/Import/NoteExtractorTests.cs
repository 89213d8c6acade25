using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class NoteExtractorTests
{
    [Fact]
    public void Cuts_page_bottom_notes_and_marks_where_the_text_resumes()
    {
        var lines = OcrLine.Split("the central committee1 decided and\n\n1 Smith, A History, p. 4.\n2 Ibid., p. 5.\n resumed its work2.");
        var notes = NoteExtractor.ExtractPageNotes(lines, ImportTestSupport.Context());
        Assert.Equal([1, 2], notes.Select(n => n.Number));
        Assert.Equal("Smith, A History, p. 4.", notes[0].Lines[0].Text);
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("1 Smith"));
        Assert.Contains(lines, l => l.AfterCut && l.Text.StartsWith("resumed"));
    }

    [Fact]
    public void Reads_a_notes_section_with_inline_numbers()
    {
        var lines = OcrLine.Split("Body text1.\n\nNOTES\n\n1. First note\ngoes on.\n2. Second note.\n\nMORE TEXT\nAfter the notes.");
        var sections = NoteExtractor.ExtractSections(lines, ImportTestSupport.Context());
        var section = Assert.Single(sections);
        Assert.Equal([1, 2], section.Notes.Select(n => n.Number));
        Assert.Contains(lines, l => l.Text == "MORE TEXT");
        Assert.DoesNotContain(lines, l => l.Text == "NOTES");
    }

    [Fact]
    public void Finds_the_real_start_of_a_section_whose_heading_was_misplaced()
    {
        var lines = OcrLine.Split("THE END\n\n1.\nThe first note text\n\nFOOT NOTES\ngoes on here.\n\n2.\nSecond note.\n3.\nThird note.");
        var section = Assert.Single(NoteExtractor.ExtractSections(lines, ImportTestSupport.Context()));
        Assert.Equal(3, section.Notes.Count);
        Assert.Equal(["THE END", ""], lines.Select(l => l.Text));
    }

    [Fact]
    public void Reads_repeated_note_numbers_as_filling_a_gap()
    {
        var lines = OcrLine.Split("NOTES\n1.\nOne.\n2.\nTwo.\n4.\nThree.\n4.\nFour.\n5.\nFive.");
        var section = Assert.Single(NoteExtractor.ExtractSections(lines, ImportTestSupport.Context()));
        Assert.Equal([1, 2, 3, 4, 5], section.Notes.Select(n => n.Number));
    }
}
