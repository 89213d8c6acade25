using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Repairs words OCR misread by trying the classic confusions (l/I/1, rn/m, nn/rm, ii/u, cl/d,
/// c/e, b/h, f/t…, stray accents on English words: "Révolution", "severàl"), each with a cost
/// (common misreadings cost less), up to <see cref="MaxCost"/> per word. The cheapest candidates
/// that are core-list words win; a word is changed only when exactly one is cheapest, or one of
/// them is far more frequent in the text itself; otherwise it is flagged. A word no confusion
/// repairs is offered to <see cref="GluedWordSplitter"/>, then reported as suspicious.
/// </summary>
internal static partial class OcrConfusionFixer
{
    /// <summary>Most total cost of confusions repaired in one word ("Coinrnittee" needs in→m and rn→m, cost 2).</summary>
    private const double MaxCost = 3;

    /// <summary>Cost of the commonest misreadings (rn→m, 1→l, accents are cheaper still).</summary>
    private const double Common = 1;

    /// <summary>Cost of single-letter swaps that also turn real words into each other (c/e, b/h, a/o…).</summary>
    private const double Weak = 1.5;

    /// <summary>Cost of removing an accent from a letter of an English word.</summary>
    private const double Accent = 0.5;

    /// <summary>Shortest lower-case word capitalised as a name ("lenin"); shorter ones are more often fragments ("ing").</summary>
    private const int MinNameLength = 4;

    /// <summary>Cap on candidates generated for one word, to keep long garbled tokens cheap.</summary>
    private const int MaxCandidates = 600;

    /// <summary>Among equally cheap candidate words, one this many times more frequent in the text wins (reported).</summary>
    private const int DominanceRatio = 3;

    /// <summary>A word only the large list knows, or a capitalised word mid-sentence repaired with a weak swap, needs its repair this often in the text.</summary>
    private const int Evidence = 2;

    /// <summary>Misreadings: what OCR printed → what it may stand for, and how likely (cost).</summary>
    private static readonly (string From, string To, double Cost)[] Confusions =
    [
        ("rn", "m", Common), ("m", "rn", Common), ("nn", "rm", Common), ("in", "m", Common), ("ni", "m", Common),
        ("ii", "u", Common), ("li", "h", Common), ("tl", "th", Common), ("cl", "d", Common), ("<l", "d", Common),
        ("1", "l", Common), ("!", "l", Common), ("/", "l", Common), ("I", "l", Common), ("l..", "L", Common), ("1..", "L", Common),
        ("fl", "fi", Common), ("vv", "w", Common), ("U", "ll", Common),
        ("c", "e", Weak), ("e", "c", Weak), ("l", "i", Weak), ("i", "l", Weak), ("1", "i", Weak), ("!", "i", Weak),
        ("/", "f", Weak), ("0", "o", Weak), ("5", "s", Weak), ("b", "h", Weak), ("h", "b", Weak), ("f", "t", Weak),
        ("t", "f", Weak), ("u", "n", Weak), ("n", "u", Weak), ("a", "o", Weak), ("o", "a", Weak), ("fi", "fl", Weak),
        ("r", "t", Weak), ("t", "r", Weak), ("ri", "n", Weak), ("ii", "n", Weak), (".", "", Weak), ("~", "", Weak), ("'", "", Weak),
    ];

    /// <summary>Confusions only tried at the start of a word ("ln" → "In", "1s" → "Is", "lt" → "It").</summary>
    private static readonly (string From, string To, double Cost)[] InitialConfusions =
        [("l", "I", Common), ("1", "I", Common), ("!", "I", Common), ("J", "l", Weak), ("U", "Li", Common)];

    private const string Accented = "àáâãäåèéêëìíîïòóôõöùúûüçñýÿÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÇÑÝ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuucnyyAAAAAAEEEEIIIIOOOOOUUUUCNY";

    /// <summary>Repairs every word of a text (confusions, then glued words), flagging what it cannot decide.</summary>
    public static string Repair(string text, ImportContext context)
    {
        var tokens = WordToken.Tokenise(text);
        ReadSystematicLAsI(tokens, context);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsRepairable || t.Core.Length < 2 || NumberLike().IsMatch(t.Core)) continue;
            if (InForeignPhrase(tokens, i, context)) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var core = t.Core;
            var trail = t.Trail;
            if (trail.StartsWith('!') && next is not null && char.IsLower(next.Text.FirstOrDefault()) && !context.Words.IsWord(core))
            {
                core += "!";
                trail = trail[1..];
            }
            var sentenceStart = i == 0 || EndsSentence(tokens[i - 1].Trail);
            var parts = core.Split('-');
            var repaired = parts.Select(p => p.Length < 2 || !p.Any(char.IsLetter) ? p : RepairWord(p, sentenceStart, context) ?? p).ToArray();
            var joined = string.Join('-', repaired);
            if (joined != core || trail != t.Trail) tokens[i] = t with { Core = joined, Trail = trail };
        }
        return WordToken.Join(tokens);
    }

    /// <summary>
    /// Words of one text that l→i turns into words (or into forms the text uses elsewhere) before
    /// the text is taken as printed in a face whose i the scan reads as l throughout ("Resolutlon
    /// of the 9th Party Congress", "Krltzman, L., The Herolc Perlod"). Three is more than chance
    /// gives in a paragraph of clean text, where such words are rare.
    /// </summary>
    private const int SystematicEvidence = 3;

    /// <summary>Most l's in one word tried as i's (2^n readings).</summary>
    private const int MaxSwaps = 5;

    /// <summary>
    /// When l→i repairs several words of a text, the confusion is the scan's habit there, not
    /// chance: every non-word of that text an l→i reading makes a word (or a form used elsewhere
    /// in the text, for names: "Krltzman" → "Kritzman") is read so, even where one reading alone
    /// would not be trusted (a capital mid-sentence, a swap that also makes other words).
    /// </summary>
    private static void ReadSystematicLAsI(List<WordToken> tokens, ImportContext context)
    {
        if (context.Words.IsEmpty) return;
        var readings = new Dictionary<int, string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsRepairable || !t.Core.Contains('l') || !t.Core.All(c => char.IsLetter(c) || c == '-') || context.Words.IsWord(t.Core)) continue;
            if (LAsIByPart(t.Core, context) is { } reading)
                readings[i] = i > 0 && !EndsSentence(tokens[i - 1].Trail) ? LowerInside(t.Core, reading, sentenceStart: false, context.Words) : reading;
        }
        if (readings.Count < SystematicEvidence) return;
        foreach (var (i, reading) in readings)
        {
            context.Report.Count("confusions fixed");
            context.Report.Note(Codes.OcrConfusionFixed, $"'{tokens[i].Core}' read as '{reading}' (this text reads i as l throughout)", reading);
            tokens[i] = tokens[i] with { Core = reading };
        }
    }

    /// <summary>The l→i reading of each part of a compound ("Pan-Russlan" → "Pan-Russian"), or null when no part changes.</summary>
    private static string? LAsIByPart(string core, ImportContext context)
    {
        var parts = core.Split('-');
        var read = parts.Select(p => p.Length == 0 || context.Words.IsWord(p) ? p : LAsI(p, context) ?? p).ToArray();
        return read.SequenceEqual(parts) ? null : string.Join('-', read);
    }

    /// <summary>The one reading of a word with fewest l's taken as i (I at the start) that is a word or a form of the text.</summary>
    private static string? LAsI(string core, ImportContext context)
    {
        var at = Enumerable.Range(0, core.Length).Where(i => core[i] == 'l').ToList();
        if (at.Count > MaxSwaps) return null;
        var found = new List<(string Word, int Swaps)>();
        for (var mask = 1; mask < 1 << at.Count; mask++)
        {
            var chars = core.ToCharArray();
            for (var b = 0; b < at.Count; b++)
                if ((mask & (1 << b)) != 0) chars[at[b]] = at[b] == 0 ? 'I' : 'i';
            var variant = new string(chars);
            if (context.Words.IsWord(variant) || context.Vocabulary.CountExact(variant) > 0)
                found.Add((variant, System.Numerics.BitOperations.PopCount((uint)mask)));
        }
        if (found.Count == 0) return null;
        var fewest = found.Min(f => f.Swaps);
        var best = found.Where(f => f.Swaps == fewest).Select(f => f.Word).Distinct().ToList();
        return best.Count == 1 ? best[0] : null;
    }

    /// <summary>
    /// A short word between two words no list knows, both capitalised or both plain letters, is
    /// part of a foreign phrase ("Socialisme ou Barbarie", "La Terreur sous Lenine"): English
    /// repairs would only damage it.
    /// </summary>
    private static bool InForeignPhrase(List<WordToken> tokens, int i, ImportContext context)
    {
        if (i == 0 || i + 1 >= tokens.Count || tokens[i].Core.Length > 3 || !tokens[i].Core.All(char.IsLower)) return false;
        bool Foreign(WordToken t) => t.Core.Length > 3 && t.Core.All(char.IsLetter) && !context.Words.IsKnown(t.Core);
        return Foreign(tokens[i - 1]) && Foreign(tokens[i + 1]);
    }

    private static bool EndsSentence(string trail)
    {
        var t = trail.TrimEnd('\'', '’', '"', '”', ')');
        return t.Length > 0 && t[^1] is '.' or '?' or '!' or ':';
    }

    private static string? RepairWord(string core, bool sentenceStart, ImportContext context)
    {
        if (context.Words.IsEmpty) return null;
        if (context.Words.IsWord(core))
        {
            if (!char.IsLower(core[0]) || core.Length < MinNameLength || !context.Words.IsProperOnly(core)) return null;
            var capitalised = char.ToUpperInvariant(core[0]) + core[1..];
            context.Report.Count("names capitalised");
            context.Report.Note(Codes.OcrConfusionFixed, $"'{core}' is a name: capitalised", capitalised);
            return capitalised;
        }
        var fix = Fix(core, context, sentenceStart, flag: false);
        if (fix is not null) return fix;
        var split = GluedWordSplitter.Split(core, context);
        if (split is not null) return split;
        Fix(core, context, sentenceStart, flag: true);
        return null;
    }

    /// <summary>What to do with a word: the repair (or null), and the report line it earns.</summary>
    private sealed record Decision(string? Fix, string? Counter, Publish.Diagnostics.DiagnosticCode? Code, string? Message, string? Anchor);

    /// <summary>The repaired core, or null to leave the word as it is (flagging it when asked and suspicious).</summary>
    public static string? Fix(string core, ImportContext context, bool sentenceStart = false, bool flag = true)
    {
        var cache = context.Cache<(string, bool), Decision>(nameof(OcrConfusionFixer));
        if (!cache.TryGetValue((core, sentenceStart), out var decision))
            cache[(core, sentenceStart)] = decision = Decide(core, context, sentenceStart);
        if (decision.Fix is null && !flag) return null;
        if (decision.Counter is not null) context.Report.Count(decision.Counter);
        if (decision.Code is not null) context.Report.Note(decision.Code, decision.Message!, decision.Anchor);
        return decision.Fix;
    }

    private static Decision Decide(string core, ImportContext context, bool sentenceStart)
    {
        var words = context.Words;
        var none = new Decision(null, null, null, null, null);
        if (words.IsEmpty || words.IsWord(core)) return none;
        var inLarge = words.IsKnown(core);
        var capitalisedMidSentence = !sentenceStart && char.IsUpper(core[0]);
        var scored = Candidates(core)
            .Where(c => c.Word != core && words.IsWord(c.Word))
            .Where(c => !inLarge || context.Vocabulary.Count(c.Word) >= Evidence)
            .Where(c => !(capitalisedMidSentence && c.Cost > Common * c.Edits) || context.Vocabulary.Count(c.Word) >= Evidence)
            .ToList();
        if (scored.Count == 0 && NameOfTheText(core, inLarge, context) is { } name) return Accept(core, name, certain: false);
        if (scored.Count == 0)
            return !inLarge && IsSuspicious(core, context)
                ? new Decision(null, "suspicious words flagged", Codes.SuspiciousWord, $"'{core}' is not in the word list", core)
                : none;
        var cheapest = scored.Min(c => c.Cost);
        var best = scored.Where(c => c.Cost <= cheapest)
            .GroupBy(c => c.Word.ToLowerInvariant())
            .Select(g => PickCase(g.Select(c => c.Word).ToList(), core, sentenceStart, words))
            .ToList();
        if (best.Count == 1) return Accept(core, LowerInside(core, best[0], sentenceStart, words), certain: !inLarge);
        var ranked = best.OrderByDescending(c => context.Vocabulary.Count(c)).ToList();
        int first = context.Vocabulary.Count(ranked[0]), second = context.Vocabulary.Count(ranked[1]);
        if (first >= Evidence && first >= DominanceRatio * Math.Max(1, second)) return Accept(core, ranked[0], certain: false);
        return new Decision(null, "confusions flagged", Codes.OcrConfusionAmbiguous,
            $"'{core}' looks misread; it could be {string.Join(" or ", best.Take(4).Select(c => $"'{c}'"))}", core);
    }

    /// <summary>
    /// A capitalised one-off that is no word but one common misreading away from exactly one
    /// name the text spells that way more often ("Uebman's" → "Liebman's", "Krltzman" → "Kritzman").
    /// Scans lose i's to l's, never the other way, so no repair may take an i away ("Shliapnikov"
    /// stays, even beside a "Shllapnlkov").
    /// </summary>
    private static string? NameOfTheText(string core, bool inLarge, ImportContext context)
    {
        if (inLarge || !char.IsUpper(core[0]) || core.Length < MinNameLength || context.Vocabulary.CountExact(core) > 1) return null;
        var possessive = core.EndsWith("'s", StringComparison.Ordinal) || core.EndsWith("’s", StringComparison.Ordinal) ? core[^2..] : "";
        var stem = core[..^possessive.Length];
        var names = Candidates(stem)
            .Where(c => c.Word != stem && c.Cost <= Weak * c.Edits && c.Word.Length > 0 && char.IsUpper(c.Word[0]))
            .Where(c => c.Word.Count(x => x == 'i') >= stem.Count(x => x == 'i'))
            .Where(c => context.Vocabulary.CountExact(c.Word) > context.Vocabulary.CountExact(stem))
            .ToList();
        if (names.Count == 0) return null;
        var cheapest = names.Min(c => c.Cost);
        var best = names.Where(c => c.Cost <= cheapest).Select(c => c.Word).Distinct().ToList();
        return best.Count == 1 ? best[0] + possessive : null;
    }

    /// <summary>An initial l read as I inside a sentence is an i when that makes a word ("ln the" → "in the", not "In").</summary>
    private static string LowerInside(string core, string fix, bool sentenceStart, WordList words) =>
        !sentenceStart && core[0] == 'l' && fix[0] == 'I' && fix.Length > 1 && words.IsWord("i" + fix[1..]) ? "i" + fix[1..] : fix;

    private static Decision Accept(string core, string fix, bool certain) =>
        new(fix, "confusions fixed", Codes.OcrConfusionFixed,
            certain ? $"'{core}' read as '{fix}'" : $"'{core}' read as '{fix}' (the likeliest of several words)", fix);

    /// <summary>Of candidates differing only in case, the capitalised one for names and sentence starts.</summary>
    private static string PickCase(List<string> variants, string core, bool sentenceStart, WordList words)
    {
        var wantUpper = sentenceStart || char.IsUpper(core[0]) || words.IsProperOnly(variants[0]);
        return variants.FirstOrDefault(v => char.IsUpper(v[0]) == wantUpper)
               ?? (wantUpper ? char.ToUpperInvariant(variants[0][0]) + variants[0][1..] : variants[0]);
    }

    /// <summary>Lower-case non-words, and capitalised ones that occur once or carry OCR debris, are worth a look.</summary>
    private static bool IsSuspicious(string core, ImportContext context)
    {
        if (core.Length <= 2 || Abbreviation().IsMatch(core)) return false;
        var debris = core.Any(c => char.IsDigit(c) || c is '!' or '/' or '~' or '<' or '.' || c > 127 && char.IsLetter(c));
        if (debris) return true;
        if (char.IsUpper(core[0])) return context.Vocabulary.CountExact(core) < 2;
        return context.Vocabulary.Count(core) < 3 || core.Length <= 3;
    }

    /// <summary>Variants of a word within <see cref="MaxCost"/>, each with the cheapest cost and number of edits reaching it.</summary>
    public static IEnumerable<(string Word, double Cost, int Edits)> Candidates(string core)
    {
        var best = new Dictionary<string, (double Cost, int Edits)>(StringComparer.Ordinal) { [core] = (0, 0) };
        var queue = new PriorityQueue<string, double>();
        queue.Enqueue(core, 0);
        var stripped = StripAccents(core);
        if (stripped != core) { best[stripped] = (Accent, 1); queue.Enqueue(stripped, Accent); }
        foreach (var v in AccentVowelVariants(core)) if (best.TryAdd(v, (Accent + Weak, 2))) queue.Enqueue(v, Accent + Weak);
        while (queue.TryDequeue(out var w, out var cost) && best.Count < MaxCandidates)
        {
            if (cost > best[w].Cost) continue;
            foreach (var (variant, step) in OneEdit(w))
            {
                var c = cost + step;
                if (c > MaxCost) continue;
                if (best.TryGetValue(variant, out var known) && known.Cost <= c) continue;
                best[variant] = (c, best[w].Edits + 1);
                queue.Enqueue(variant, c);
            }
        }
        return best.Select(kv => (kv.Key, kv.Value.Cost, kv.Value.Edits));
    }

    private static IEnumerable<(string Variant, double Cost)> OneEdit(string w)
    {
        foreach (var (from, to, cost) in Confusions)
            for (var at = w.IndexOf(from, StringComparison.Ordinal); at >= 0; at = w.IndexOf(from, at + 1, StringComparison.Ordinal))
                yield return (w[..at] + to + w[(at + from.Length)..], cost);
        foreach (var (from, to, cost) in InitialConfusions)
            if (w.StartsWith(from, StringComparison.Ordinal) && w.Length > from.Length)
                yield return (to + w[from.Length..], cost);
    }

    /// <summary>An accented vowel in an English word may stand for another vowel ("Befàre" → "Before").</summary>
    private static IEnumerable<string> AccentVowelVariants(string core)
    {
        var plain = StripAccents(core);
        for (var i = 0; i < core.Length && i < plain.Length; i++)
        {
            if (core[i] == plain[i] || !"aeiou".Contains(char.ToLowerInvariant(plain[i]))) continue;
            foreach (var v in "aeiou")
                yield return plain[..i] + (char.IsUpper(plain[i]) ? char.ToUpperInvariant(v) : v) + plain[(i + 1)..];
        }
    }

    /// <summary>Removes the accents of Latin letters (a table, so it works without ICU).</summary>
    public static string StripAccents(string s)
    {
        if (s.All(c => c < 128)) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Accented.IndexOf(chars[i]);
            if (k >= 0) chars[i] = Plain[k];
        }
        return new string(chars);
    }

    /// <summary>Abbreviations written with inner full stops ("i.e", "e.g", "U.S").</summary>
    [GeneratedRegex(@"^(\p{L}\.)+\p{L}$")]
    private static partial Regex Abbreviation();

    /// <summary>Numbers, ordinals and decades ("10th", "1920s", "22nd") are not misread words.</summary>
    [GeneratedRegex(@"^\d{2,}\p{L}{0,2}$|^\d(st|nd|rd|th)$|^\d+[.,:]\d+")]
    private static partial Regex NumberLike();
}
