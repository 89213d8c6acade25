namespace Publish.Tests.Import.Scoring;

/// <summary>
/// Counts behind the four figures, summable over excerpts: word edits against reference words
/// (word error rate), paragraph breaks (F1), note references (recall), chronology entries (F1).
/// </summary>
internal sealed record ExcerptScore(
    int ReferenceWords, int WordEdits,
    int ReferenceBreaks, int HypothesisBreaks, int MatchedBreaks,
    int ReferenceNotes, int FoundNotes,
    int ReferenceEntries, int HypothesisEntries, int MatchedEntries)
{
    public static readonly ExcerptScore Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double WordErrorRate => ReferenceWords == 0 ? 0 : (double)WordEdits / ReferenceWords;
    public double ParagraphF1 => F1(ReferenceBreaks, HypothesisBreaks, MatchedBreaks);
    public double NoteRecall => ReferenceNotes == 0 ? 1 : (double)FoundNotes / ReferenceNotes;
    public double ChronologyF1 => F1(ReferenceEntries, HypothesisEntries, MatchedEntries);

    public static ExcerptScore operator +(ExcerptScore a, ExcerptScore b) => new(
        a.ReferenceWords + b.ReferenceWords, a.WordEdits + b.WordEdits,
        a.ReferenceBreaks + b.ReferenceBreaks, a.HypothesisBreaks + b.HypothesisBreaks, a.MatchedBreaks + b.MatchedBreaks,
        a.ReferenceNotes + b.ReferenceNotes, a.FoundNotes + b.FoundNotes,
        a.ReferenceEntries + b.ReferenceEntries, a.HypothesisEntries + b.HypothesisEntries, a.MatchedEntries + b.MatchedEntries);

    /// <summary>F1 of a detection task; 1 when there was nothing to find and nothing was found.</summary>
    private static double F1(int reference, int hypothesis, int matched) =>
        reference + hypothesis == 0 ? 1 : 2.0 * matched / (reference + hypothesis);

    public override string ToString() =>
        $"WER {WordErrorRate:P2} ({WordEdits}/{ReferenceWords} words), paragraph F1 {ParagraphF1:0.000} " +
        $"({MatchedBreaks} of {ReferenceBreaks} breaks, {HypothesisBreaks} proposed), note recall {NoteRecall:0.000} " +
        $"({FoundNotes}/{ReferenceNotes}), chronology F1 {ChronologyF1:0.000} ({MatchedEntries} of {ReferenceEntries}, {HypothesisEntries} proposed)";
}
