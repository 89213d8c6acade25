using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Repairs word spacing that OCR got wrong, deciding with the word list only: glued words are
/// split ("ofhistory" → "of history", "ourCommunist" → "our Communist") when exactly one split
/// gives two words (or exactly one of several starts with a function word, reported), and split
/// words are joined ("th ose" → "those", "BUREAU CRAC Y" → "BUREAUCRACY") when the joined form is
/// a word and a part is not, or when the text writes the joined form clearly more often. Names the
/// text repeats are never split.
/// </summary>
internal static class GluedWordSplitter
{
    /// <summary>Function words that most often get glued to the next word in scans.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "to", "and", "in", "a", "that", "on", "for", "with", "by", "is", "it", "as", "at", "be", "or", "from",
        "an", "this", "its", "our", "their", "his", "her", "not", "we", "will", "was", "which",
    };

    /// <summary>Shortest part a glued word may be split into (besides "a" and "I").</summary>
    private const int MinPart = 2;

    /// <summary>A capitalised glued word ("Sovietinstitutions") splits only into parts this long, and its right part must be longer
    /// ("Forlag" is a name, not "For lag"), and so must its left part unless it is a function word
    /// ("Wishart" is not "Wis hart"): shorter ones make names into words.</summary>
    private const int MinNamePart = 3;

    /// <summary>Most tokens joined into one word ("BUREAU CRAC Y" is three).</summary>
    private const int MaxJoinedTokens = 3;

    /// <summary>Joins words OCR split ("th ose"); glued words are split per word by <see cref="OcrConfusionFixer"/> through <see cref="Split"/>.</summary>
    public static string Repair(string text, ImportContext context)
    {
        var tokens = WordToken.Tokenise(text);
        return tokens.Count == 0 ? text : WordToken.Join(JoinSplit(tokens, context));
    }

    /// <summary>Splits one glued core, or returns null.</summary>
    public static string? Split(string core, ImportContext context)
    {
        var words = context.Words;
        if (words.IsEmpty || words.IsKnown(core) || !PlainLetters(core)) return null;
        for (var i = 1; i < core.Length; i++)
        {
            if (char.IsLower(core[i - 1]) && char.IsUpper(core[i]) && words.IsWord(core[..i]) && (words.IsKnown(core[i..]) || context.Vocabulary.CountExact(core[i..]) > 0))
                return Report(core, core[..i] + " " + core[i..], true, context);
        }
        var capitalised = char.IsUpper(core[0]) && !core.All(char.IsUpper);
        if (capitalised && context.Vocabulary.CountExact(core) >= 2) return null;
        var options = new List<(string Left, string Right)>();
        for (var i = 1; i < core.Length; i++)
        {
            string left = core[..i], right = core[i..];
            if (left.Length < MinPart && left is not ("a" or "A" or "I")) continue;
            if (right.Length < MinPart) continue;
            if (capitalised && !FunctionWords.Contains(left) && (left.Length < MinNamePart || right.Length < MinNamePart || !words.IsWord(right))) continue;
            if (capitalised && right.Length <= MinNamePart) continue;
            if (capitalised && !FunctionWords.Contains(left) && left.Length <= MinNamePart) continue;
            if (words.IsWord(left) && (words.IsWord(right) || right.Length >= MinNamePart * 2 && words.IsKnown(right))) options.Add((left, right));
        }
        if (options.Count == 1) return Report(core, options[0].Left + " " + options[0].Right, true, context);
        var functional = options.Where(o => FunctionWords.Contains(o.Left)).ToList();
        if (functional.Count == 1) return Report(core, functional[0].Left + " " + functional[0].Right, false, context);
        if (options.Count > 1)
            context.Report.Note(Codes.GluedWordSplit, $"'{core}' could be split several ways ({string.Join(", ", options.Select(o => o.Left + " " + o.Right))}); left as it is", core);
        return null;
    }

    /// <summary>Joins runs of up to <see cref="MaxJoinedTokens"/> tokens when the join is a word and a part is not.</summary>
    private static List<WordToken> JoinSplit(List<WordToken> tokens, ImportContext context)
    {
        var words = context.Words;
        if (words.IsEmpty) return tokens;
        var result = new List<WordToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var joinedAny = false;
            for (var n = MaxJoinedTokens; n >= 2 && !joinedAny; n--)
            {
                if (i + n > tokens.Count) continue;
                var run = tokens.GetRange(i, n);
                if (!Joinable(run)) continue;
                var joined = string.Concat(run.Select(r => r.Core));
                var nonWords = run.Count(r => !words.IsWord(r.Core));
                var writtenJoined = WrittenJoined(run, joined, context);
                if (!writtenJoined && (nonWords == 0 || n == 3 && nonWords < 2 || !words.IsWord(joined))) continue;
                result.Add(new WordToken(run[0].Start, 0, run[0].Lead, joined, run[^1].Trail));
                context.Report.Count("split words joined");
                context.Report.Note(Codes.GluedWordSplit, $"joined '{string.Join(" ", run.Select(r => r.Core))}' into '{joined}'", joined);
                i += n - 1;
                joinedAny = true;
            }
            if (!joinedAny) result.Add(tokens[i]);
        }
        return result;
    }

    /// <summary>Shortest part of a run of real words joined on the text's evidence: "a long" and "in to" stay apart.</summary>
    private const int MinWordPart = 3;

    /// <summary>Times the text must write a form as one word before its parts, written apart, are joined on that evidence alone.</summary>
    private const int JoinedEvidence = 2;

    /// <summary>
    /// The text itself writes the run as one word, clearly more often than apart: "Polit bureau"
    /// beside four "Politbureau", "foot notes" (a line-end break) beside five "footnotes".
    /// </summary>
    private static bool WrittenJoined(List<WordToken> run, string joined, ImportContext context)
    {
        var count = context.Vocabulary.Count(joined);
        if (count < JoinedEvidence) return false;
        var apart = run.Count == 2 ? context.Vocabulary.PairCount(run[0].Core, run[1].Core) : 0;
        var allWords = run.All(r => context.Words.IsWord(r.Core));
        if (allWords && (count < 3 || run.Any(r => r.Core.Length < MinWordPart))) return false;
        return count >= JoinedEvidence * Math.Max(1, apart);
    }

    /// <summary>Tokens can join when only the first has leading and only the last trailing punctuation, all letters, same case style.</summary>
    private static bool Joinable(List<WordToken> run)
    {
        for (var k = 0; k < run.Count; k++)
        {
            var r = run[k];
            if (!r.IsPlainWord || r.Core.Contains('-')) return false;
            if (k > 0 && r.Lead.Length > 0) return false;
            if (k < run.Count - 1 && r.Trail.Length > 0) return false;
            if (k > 0 && char.IsUpper(r.Core[0]) && !run.All(x => x.Core.All(char.IsUpper))) return false;
        }
        return true;
    }

    private static bool PlainLetters(string core) => core.All(char.IsLetter);

    private static string Report(string core, string split, bool certain, ImportContext context)
    {
        context.Report.Count("glued words split");
        if (!certain) context.Report.Note(Codes.GluedWordSplit, $"split '{core}' into '{split}' (other splits were possible)", split);
        return split;
    }
}
