using Xunit;

namespace Publish.Tests.Import.Scoring;

/// <summary>The scorer itself on tiny texts whose figures can be worked out by hand.</summary>
public class ScorerTests
{
    private static ExcerptScore Score(string reference, string hypothesis) =>
        ExcerptScorer.Score(ScoredText.Parse(reference), ScoredText.Parse(hypothesis));

    [Fact]
    public void Identical_text_scores_perfectly()
    {
        const string text = "# Title\n\nOne two three[^1] four.\n\nFive six.\n\n[^1]: A note.\n";
        var score = Score(text, text);
        Assert.Equal(0, score.WordEdits);
        Assert.Equal(1.0, score.ParagraphF1);
        Assert.Equal(1.0, score.NoteRecall);
        Assert.Equal(9, score.ReferenceWords);
    }

    [Fact]
    public void Word_error_rate_counts_substitutions_insertions_and_deletions()
    {
        var score = Score("the cat sat on the mat", "the cot sat on mat today");
        Assert.Equal(6, score.ReferenceWords);
        Assert.Equal(2, score.WordEdits);
    }

    [Fact]
    public void Excerpt_finds_its_place_inside_a_longer_hypothesis_for_free()
    {
        var score = Score("sat on the mat", "Before it all the cat sat on the mat and then it left.");
        Assert.Equal(0, score.WordEdits);
    }

    [Fact]
    public void Markdown_syntax_and_typography_are_not_words()
    {
        var score = Score("## A *bold* ‘word’ — here…", "# A bold 'word' - here... ");
        Assert.Equal(0, score.WordEdits);
        Assert.Equal(0, Score("# INTRODUCTION", "# Introduction").WordEdits);
    }

    [Fact]
    public void Paragraph_f1_counts_missing_and_extra_breaks()
    {
        // Reference breaks before "c" and "e"; the hypothesis finds "c", misses "e", adds one before "b".
        var score = Score("a\n\nb c d\n\ne f", "a\n\nb\n\nc d e f");
        Assert.Equal(2, score.ReferenceBreaks);
        Assert.Equal(2, score.HypothesisBreaks);
        Assert.Equal(1, score.MatchedBreaks);
        Assert.Equal(0.5, score.ParagraphF1);
    }

    [Fact]
    public void Note_reference_must_sit_after_the_same_word_and_carry_the_same_note()
    {
        const string truth = "One two[^1] three.\n\n[^1]: See the report of the commission, p. 48.\n";
        Assert.Equal(1.0, Score(truth, "One two[^a] three.\n\n[^a]: See the repart of the commission, p. 48.\n").NoteRecall);
        Assert.Equal(0.0, Score(truth, "One two three.[^a]\n\n[^a]: See the report of the commission, p. 48.\n").NoteRecall);
        Assert.Equal(0.0, Score(truth, "One two[^a] three.\n\n[^a]: Ibid.\n").NoteRecall);
        Assert.Equal(0.0, Score(truth, "One two2 three. See the report of the commission, p. 48.").NoteRecall);
    }

    [Fact]
    public void Note_text_left_in_the_running_text_is_still_found_for_the_word_error_rate()
    {
        var score = Score("Body text[^1] here.\n\n[^1]: The note words.\n", "Body text1 here.\n\n1 The note words.");
        Assert.Equal(6, score.ReferenceWords);
        Assert.Equal(1, score.WordEdits); // "text1" for "text"; the note's words are found after the stray "1"
    }

    [Fact]
    public void Chronology_entry_needs_year_date_and_event()
    {
        var truth = new[]
        {
            ChronologyScorer.Entry("1918", "January 6", "Dissolution of Constituent Assembly."),
            ChronologyScorer.Entry("1918", "March 6–8", "Seventh Party Congress."),
        };
        var right = new[]
        {
            ChronologyScorer.Entry("1918", "January 6", "Dissolution of Constituent Assemb1y."),
            ChronologyScorer.Entry("1918", "March 6-8", "Seventh Party Congress."),
        };
        var swapped = new[]
        {
            ChronologyScorer.Entry("1918", "January 6", "Seventh Party Congress."),
            ChronologyScorer.Entry("1918", "March 6-8", "Dissolution of Constituent Assembly."),
            ChronologyScorer.Entry("1919", "March 6-8", "Seventh Party Congress."),
        };
        var good = ChronologyScorer.Score(truth, right);
        Assert.Equal(1.0, good.ChronologyF1);
        Assert.Equal(1, good.WordEdits);
        var bad = ChronologyScorer.Score(truth, swapped);
        Assert.Equal(0.0, bad.ChronologyF1);
        Assert.Equal(8, bad.WordEdits); // 4 + 4: each event against the other
    }

    [Fact]
    public void Chronology_loads_the_source_format()
    {
        var entries = ChronologyScorer.Load("title: Chronology\nentries:\n  - { year: 1917, date: February 27, event: \"Abdication. Formation.\" }\n");
        var entry = Assert.Single(entries);
        Assert.Equal(("1917", "February 27"), (entry.Year, entry.Date));
        Assert.Equal(["Abdication.", "Formation."], entry.Event);
    }

    [Fact]
    public void Baselines_join_lines_and_read_date_lines()
    {
        Assert.Equal("a b\n\nc\n\n", Baselines.JoinedParagraphs("a\nb\n\nc\n"));
        var entries = Baselines.NaiveChronology("1920\nJanuary 10-21: Third Congress.\nAugust: Railways.\nnot a date\n");
        Assert.Equal(2, entries.Count);
        Assert.Equal("January 10-21", entries[0].Date);
    }
}
