using Publish.Import;
using Xunit;

namespace Publish.Tests.Import;

public class ScanNoiseRemoverTests
{
    [Fact]
    public void Removes_stray_marks_page_numbers_and_single_letters()
    {
        var lines = OcrLine.Split("First line of text.\n• ·\n12\nl\nSecond line of text.");
        var kept = ScanNoiseRemover.Remove(lines, ImportTestSupport.Context());
        Assert.Equal(["First line of text.", "Second line of text."], kept.Select(l => l.Text));
        Assert.True(kept[1].AfterCut);
    }

    [Fact]
    public void Removes_a_running_head_repeated_at_page_tops()
    {
        var text = "THE PAMPHLET TITLE\nby A. Writer\n" + string.Join("\n", Enumerable.Range(1, 3).Select(i => $" THE PAMPHLET TITLE\nText of page {i} goes on here.\n{i}"));
        var kept = ScanNoiseRemover.Remove(OcrLine.Split(text), ImportTestSupport.Context());
        Assert.Single(kept, l => l.Text.Contains("PAMPHLET"));
        Assert.Equal(5, kept.Count);
    }

    [Fact]
    public void Keeps_note_marks_glued_to_words_and_turns_bullets_into_list_marks()
    {
        Assert.Equal("in several languages1•", ScanNoiseRemover.CleanInline("in several languages1•"));
        Assert.Equal("- Is it so?", ScanNoiseRemover.CleanInline("• Is it so?"));
        Assert.Equal("the working class", ScanNoiseRemover.CleanInline("the·working class"));
    }
}
