using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Publish.Tests.Import.Scoring;

/// <summary>One chronology entry as scored: year, date text and event words.</summary>
internal sealed record ScoredEntry(string Year, string Date, IReadOnlyList<string> Event);

/// <summary>
/// Chronology entry F1: an entry is right when its year and date equal the excerpt's (after
/// folding dashes, spaces and case) and its event is the excerpt's event within
/// <see cref="ExcerptScorer.SameNoteTolerance"/> word error rate, so a date paired with the wrong
/// event counts as wrong while an OCR slip inside the right event does not. Event words also go
/// into the word error rate (an entry that is missing costs all its words).
/// </summary>
internal static partial class ChronologyScorer
{
    /// <summary>Scores <paramref name="hypothesis"/>; entries not matched are added to <paramref name="errors"/> when given.</summary>
    public static ExcerptScore Score(IReadOnlyList<ScoredEntry> reference, IReadOnlyList<ScoredEntry> hypothesis, List<string>? errors = null)
    {
        var used = new bool[hypothesis.Count];
        int matched = 0, words = 0, edits = 0;
        foreach (var entry in reference)
        {
            words += entry.Event.Count;
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var j = 0; j < hypothesis.Count; j++)
            {
                if (used[j] || hypothesis[j].Year != entry.Year || FoldDate(hypothesis[j].Date) != FoldDate(entry.Date)) continue;
                var distance = WordAligner.Distance(entry.Event, hypothesis[j].Event);
                if (distance < bestDistance) { best = j; bestDistance = distance; }
            }
            if (best < 0) { edits += entry.Event.Count; errors?.Add($"no entry {entry.Year} {entry.Date}"); continue; }
            edits += bestDistance;
            if (bestDistance > 0) errors?.Add($"{entry.Year} {entry.Date}: {bestDistance} word edits in '{string.Join(' ', hypothesis[best].Event)}'");
            if (bestDistance <= ExcerptScorer.SameNoteTolerance * entry.Event.Count) { used[best] = true; matched++; }
        }
        return ExcerptScore.Zero with
        {
            ReferenceWords = words, WordEdits = edits,
            ReferenceEntries = reference.Count, HypothesisEntries = hypothesis.Count, MatchedEntries = matched,
        };
    }

    /// <summary>The entries of a chronology file in the source format (<c>entries: - { year, date, event }</c>).</summary>
    public static List<ScoredEntry> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var entries = new List<ScoredEntry>();
        if (!root.Children.TryGetValue(new YamlScalarNode("entries"), out var node)) return entries;
        foreach (var item in ((YamlSequenceNode)node).Children.OfType<YamlMappingNode>())
        {
            string Field(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            entries.Add(Entry(Field("year"), Field("date"), Field("event")));
        }
        return entries;
    }

    public static ScoredEntry Entry(string year, string date, string @event) =>
        new(year.Trim(), date.Trim(), ScoredText.Words(@event).Select(w => w.Word).ToList());

    private static string FoldDate(string date) =>
        Spaces().Replace(ScoredText.Normalise(date).ToLowerInvariant().Replace(" - ", "-"), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
