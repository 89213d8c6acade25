using Publish.Diagnostics;
using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class NoteLinkerTests
{
    private sealed class Holder(string text) : IHasText
    {
        public string Text { get; set; } = text;
    }

    private static List<OcrNote> Notes(int count) =>
        Enumerable.Range(1, count).Select(n => new OcrNote(n, 0) { Label = "n" + n }).ToList();

    [Fact]
    public void Turns_glued_note_numbers_into_references_in_sequence()
    {
        var t = new Holder("in several languages1• and the Committee2. In September, 19203 it met");
        NoteLinker.Link([t], Notes(3), ImportTestSupport.Context());
        Assert.Equal("in several languages[^n1] and the Committee[^n2]. In September, 1920[^n3] it met", t.Text);
    }

    [Fact]
    public void A_bullet_after_the_number_at_a_sentence_end_is_the_full_stop()
    {
        var t = new Holder("of skeletons1• The camps'2• Trotsky wrote about production'3•");
        NoteLinker.Link([t], Notes(3), ImportTestSupport.Context());
        Assert.Equal("of skeletons.[^n1] The camps'.[^n2] Trotsky wrote about production'.[^n3]", t.Text);
    }

    [Fact]
    public void Reads_note_numbers_printed_as_letters_or_accents()
    {
        var t = new Holder("a word3 and the ground8 of political centralismê is this: assert the Tenlo in their Theses, the German systeml4 founded");
        var notes = Notes(14).Where(n => n.Number is 3 or 8 or 9 or 10 or 14).ToList();
        NoteLinker.Link([t], notes, ImportTestSupport.Context("", "word", "ground", "political", "centralism", "assert", "ten", "theses", "german", "system", "founded"));
        Assert.Equal("a word[^n3] and the ground[^n8] of political centralism[^n9] is this: assert the Ten[^n10] in their Theses, the German system[^n14] founded", t.Text);
    }

    [Fact]
    public void A_run_of_glyphs_is_the_two_digit_mark_the_sequence_needs()
    {
        var t = new Holder("as Kritzman4 wrote, the soviets and councilsêê. Lenin's severest stricturesê''. Then");
        var notes = Notes(14).Where(n => n.Number is 4 or 10 or 11).ToList();
        var context = ImportTestSupport.Context("", "wrote", "then");
        NoteLinker.Link([t], notes, context);
        Assert.Equal("as Kritzman[^n4] wrote, the soviets and councils[^n10]. Lenin's severest strictures[^n11]. Then", t.Text);
        Assert.Contains(context.Report.Items, i => i.Code == Codes.ImportNoteGuessed);
    }

    [Fact]
    public void Ignores_numbers_that_break_the_sequence_and_misread_letters()
    {
        var t = new Holder("draw a11 the lessons of p.48 and the party1 then");
        NoteLinker.Link([t], Notes(1), ImportTestSupport.Context());
        Assert.Equal("draw a11 the lessons of p.48 and the party[^n1] then", t.Text);
    }

    [Fact]
    public void Places_a_note_without_a_mark_after_the_previous_one_and_reports_it()
    {
        var first = new Holder("First paragraph1 here.");
        var second = new Holder("Second paragraph.");
        var context = ImportTestSupport.Context();
        NoteLinker.Link([first, second], Notes(2), context);
        Assert.Equal("First paragraph[^n1] here.[^n2]", first.Text);
        Assert.Contains(context.Report.Items, i => i.Code == Codes.ImportNoteUnmatched);
    }
}
