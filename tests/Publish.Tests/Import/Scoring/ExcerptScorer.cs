namespace Publish.Tests.Import.Scoring;

/// <summary>
/// Scores a hypothesis (the importer's whole output, or a baseline) against one hand-corrected
/// excerpt. The excerpt's body and each of its note texts are aligned separately against the
/// whole hypothesis (body words, then note words), so an excerpt need not say where it sits and
/// note texts are found wherever the hypothesis put them (at the end as definitions, or left in
/// the running text by a baseline).
/// </summary>
internal static class ExcerptScorer
{
    /// <summary>
    /// A note reference counts as found when the hypothesis has a reference at the same place
    /// whose note text is within this word error rate of the excerpt's note text. Another note
    /// scores near 1 (different words throughout); a short bibliographic note with two OCR slips
    /// ("Krltzman, L,, The Herolc Period…") scores 0.3. The OCR slips themselves are counted by
    /// the word error rate, so here only "is it the same note" is asked.
    /// </summary>
    public const double SameNoteTolerance = 0.5;

    /// <summary>Scores <paramref name="hypothesis"/>; word errors and missed notes are added to <paramref name="errors"/> when given.</summary>
    public static ExcerptScore Score(ScoredText reference, ScoredText hypothesis, List<string>? errors = null)
    {
        var stream = hypothesis.Stream();
        var words = stream.Select(w => w.Text).ToList();
        var score = ExcerptScore.Zero;
        var segments = new List<List<ScoredWord>> { reference.Body };
        segments.AddRange(reference.Notes.Values);
        foreach (var segment in segments.Where(s => s.Count > 0))
            score += ScoreSegment(segment, reference, stream, words, hypothesis, errors);
        return score;
    }

    private static ExcerptScore ScoreSegment(List<ScoredWord> segment, ScoredText reference,
        IReadOnlyList<ScoredWord> stream, List<string> words, ScoredText hypothesis, List<string>? errors)
    {
        var alignment = WordAligner.Align(segment.Select(w => w.Text).ToList(), words);
        if (errors is not null)
            foreach (var pair in alignment.Pairs.Where(p => p.Ref < 0 || p.Hyp < 0 || segment[p.Ref].Text != words[p.Hyp]))
                errors.Add($"'{(pair.Ref >= 0 ? segment[pair.Ref].Text : "")}' read as '{(pair.Hyp >= 0 ? words[pair.Hyp] : "")}'");

        var referenceBreaks = Enumerable.Range(1, segment.Count - 1).Where(i => segment[i].StartsBlock).ToHashSet();
        var hypothesisBreaks = new HashSet<int>();
        var hypothesisRefs = new List<(int Position, string Label)>();
        var consumed = 0;
        foreach (var pair in alignment.Pairs)
        {
            if (pair.Hyp >= 0 && pair.Hyp > alignment.HypStart && stream[pair.Hyp].StartsBlock && consumed > 0 && consumed < segment.Count)
                hypothesisBreaks.Add(consumed);
            if (pair.Ref >= 0) consumed++;
            if (pair.Hyp >= 0)
                foreach (var label in stream[pair.Hyp].References) hypothesisRefs.Add((consumed, label));
        }

        int notes = 0, found = 0;
        for (var i = 0; i < segment.Count; i++)
            foreach (var label in segment[i].References)
            {
                notes++;
                if (!reference.Notes.TryGetValue(label, out var text)) continue;
                var truth = text.Select(w => w.Text).ToList();
                if (hypothesisRefs.Any(r => r.Position == i + 1 && SameNote(truth, hypothesis, r.Label))) found++;
                else errors?.Add($"note [^{label}] after '{segment[i].Text}' not found");
            }

        return new ExcerptScore(segment.Count, alignment.Edits,
            referenceBreaks.Count, hypothesisBreaks.Count, referenceBreaks.Intersect(hypothesisBreaks).Count(),
            notes, found, 0, 0, 0);
    }

    private static bool SameNote(List<string> truth, ScoredText hypothesis, string label) =>
        hypothesis.Notes.TryGetValue(label, out var text) && truth.Count > 0 &&
        (double)WordAligner.Distance(truth, text.Select(w => w.Text).ToList()) / truth.Count <= SameNoteTolerance;
}
