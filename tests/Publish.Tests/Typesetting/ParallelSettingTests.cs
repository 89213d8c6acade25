using Publish.Pdf;
using Publish.Pipeline;
using Publish.Tests.Support;
using Publish.Typesetting.Pagination;
using Xunit;

namespace Publish.Tests.Typesetting;

/// <summary>
/// Paragraphs set at once on several cores (a pamphlet built alone) give the same pages and the
/// same problems, in the same order, as paragraphs set one after another.
/// </summary>
public sealed class ParallelSettingTests
{
    /// <summary>A character in none of the fonts, for problems reported from text, a heading, a quotation and a note.</summary>
    private const string Missing = "\U00013000";

    private static string Markdown() =>
        NoteHeavyText.Markdown(seed: 11, paragraphs: 60) + $"""


        A paragraph with {Missing}, set later than the heading after it unless set at once.

        ## A heading with {Missing} in it

        A paragraph with {Missing} in it.

        - First item, set with its marker.
        - - A nested list opens this item: both markers go on its first line.
          - Its second item.
        - Third item

          with a second paragraph.

        > A quotation with {Missing}, then a list:
        >
        > 1. one
        > 2. two

        Last paragraph.[^last]

        [^last]: A note with {Missing}.

            And a second paragraph of the note.
        """;

    [Theory]
    [InlineData("")]
    [InlineData("notes: footnotes\n")]
    [InlineData("notes: chapter-endnotes\n")]
    public void Setting_paragraphs_at_once_changes_nothing(string frontMatter)
    {
        var doc = TypesetFixture.Read(Markdown(), frontMatter);
        var theme = TypesetFixture.Theme;
        var services = TypesetFixture.Services.Typesetting;
        var alone = Typesetter.Typeset(doc, theme, services, TestPaths.Root, parallel: false);
        var atOnce = Typesetter.Typeset(doc, theme, services, TestPaths.Root, parallel: true);

        Assert.True(alone.Problems.Count(p => p.Missing && p.Line > 1) >= 5, "a problem of the text, a heading, a quotation or a note is missing");
        // The paragraph's problem before the heading's after it, as the text has them, though the paragraph is set later.
        var inText = alone.Problems.Where(p => p.Missing && p.Line > 1).Select(p => p.Line).ToList();
        Assert.True(inText[0] < inText[1], $"problems out of order: lines {string.Join(", ", inText)}");
        Assert.Equal(alone.Problems.Select(p => (p.Line, p.Message, p.Missing)), atOnce.Problems.Select(p => (p.Line, p.Message, p.Missing)));
        Assert.Equal(alone.Pages.Count, atOnce.Pages.Count);
        var options = new PdfRenderOptions { CreationDate = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };
        var fonts = new LibraryFontSource(services.Fonts);
        Assert.Equal(PdfRenderer.Render(alone.Pages, options, fonts), PdfRenderer.Render(atOnce.Pages, options, fonts));
    }
}
