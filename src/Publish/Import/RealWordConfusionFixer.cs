using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Repairs OCR misreadings that happen to be words themselves ("ail" for "all", "bands" for
/// "hands", "modem" for "modern"), which no word list can catch. Only the classic pairs below
/// are tried, and only where the text itself says so: the neighbours of the word must occur next
/// to the intended word elsewhere in the text clearly more often than next to the misreading.
/// Closed-class words capitalised in mid-sentence ("to Itself") are lower-cased. Every change is reported.
/// </summary>
internal static class RealWordConfusionFixer
{
    /// <summary>Classic OCR misreadings that are words: printed → meant (l/i, h/b, rn/m, J/l).</summary>
    private static readonly Dictionary<string, string> Pairs = new(StringComparer.Ordinal)
    {
        ["ail"] = "all", ["Ail"] = "All", ["Ali"] = "All", ["arid"] = "and", ["bands"] = "hands", ["band"] = "hand",
        ["modem"] = "modern", ["tum"] = "turn", ["tums"] = "turns", ["Jack"] = "lack", ["Jess"] = "less",
        ["bis"] = "his", ["ber"] = "her", ["tbe"] = "the", ["fiat"] = "that", ["wben"] = "when",
    };

    /// <summary>The printed forms whose contexts in the text decide a fix (see <see cref="DocumentVocabulary.Contexts"/>).</summary>
    public static IReadOnlySet<string> Printed { get; } = Pairs.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Share of the printed word's occurrences whose neighbours are also seen next to the intended
    /// word for the text to count as misreading it throughout (a real "bands" keeps its own company).
    /// </summary>
    private const double SupportedShare = 0.6;

    /// <summary>Closed-class words a capital never starts mid-sentence in running text ("to Itself.").</summary>
    private static readonly HashSet<string> NeverCapitalisedInside = new(StringComparer.Ordinal)
    {
        "Itself", "Himself", "Herself", "Themselves", "Ourselves", "Yourself", "Myself", "Oneself",
        "Which", "Whom", "Whose", "Than", "Because", "Although", "Whereas", "Unless", "Upon", "Into", "Onto",
    };

    public static string Repair(string text, ImportContext context)
    {
        var tokens = WordToken.Tokenise(text);
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > 0 && NeverCapitalisedInside.Contains(t.Core) && t.Lead.Length == 0 && tokens[i - 1] is { Trail.Length: 0, Core: [var c, ..] } && char.IsLower(c))
            {
                var lower = t.Core.ToLowerInvariant();
                tokens[i] = t with { Core = lower };
                changed = true;
                context.Report.Count("real-word confusions fixed");
                context.Report.Note(Codes.OcrConfusionFixed, $"'{t.Core}' mid-sentence read as '{lower}'", lower);
                continue;
            }
            if (!Pairs.TryGetValue(t.Core, out var meant)) continue;
            if (!MisreadThroughout(t.Core, meant, context)) continue;
            tokens[i] = t with { Core = meant };
            changed = true;
            context.Report.Count("real-word confusions fixed");
            context.Report.Note(Codes.OcrConfusionFixed, $"'{t.Core}' read as '{meant}': the words around it go with '{meant}' elsewhere in the text", meant);
        }
        return changed ? WordToken.Join(tokens) : text;
    }

    /// <summary>True when most occurrences of <paramref name="printed"/> stand where the text elsewhere has <paramref name="meant"/>.</summary>
    private static bool MisreadThroughout(string printed, string meant, ImportContext context)
    {
        var cache = context.Cache<string, bool>(nameof(RealWordConfusionFixer));
        if (cache.TryGetValue(printed, out var known)) return known;
        var vocab = context.Vocabulary;
        var contexts = vocab.Contexts(printed);
        var supported = contexts.Count(c => c.Before is { } b && vocab.PairCount(b, meant) > 0 || c.After is { } a && vocab.PairCount(meant, a) > 0);
        return cache[printed] = contexts.Count > 0 && supported >= SupportedShare * contexts.Count;
    }
}
