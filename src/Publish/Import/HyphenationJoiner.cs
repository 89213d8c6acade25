namespace Publish.Import;

/// <summary>How a word broken at a line end was put back together.</summary>
internal enum JoinChoice { Joined, Hyphenated, Spaced }

/// <summary>The rejoined text, how, whether the evidence was clear, and why.</summary>
internal readonly record struct JoinDecision(string Text, JoinChoice Choice, bool Certain, string Reason);

/// <summary>
/// Decides how a word broken across a line end goes back together: "revolu-|tionary" →
/// "revolutionary" (the joined form is a word, the halves are not), "working-|class" stays
/// hyphenated (both halves are words, the joined form is not). Evidence, strongest first: the
/// same word written whole or hyphenated elsewhere in the text, then the word list, then
/// hyphenating prefixes ("self-", "non-"). Also repairs breaks whose hyphen the OCR lost
/// ("emancipa |tion").
/// </summary>
internal static class HyphenationJoiner
{
    /// <summary>Prefixes written with a hyphen before a word ("self-activity", "non-party").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "self", "non", "anti", "semi", "quasi", "pseudo", "ex", "co", "ultra", "neo", "pro", "post", "pre",
        "all", "well", "ill", "half", "cross", "vice", "counter", "inter", "extra", "one", "two", "petty",
    };

    /// <summary>Words a hyphen never binds: "unions-and" elsewhere in a text is a dash, not a compound.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
        "that", "which", "who", "it", "this", "not", "be", "are", "were", "has", "had", "have",
    };

    /// <summary>A word as written: a lower-case fragment the lists only know as a name ("ing" for "Ing") is no word.</summary>
    private static bool IsCommonWord(string part, WordList words) =>
        words.IsWord(part) && !(char.IsLower(part[0]) && words.IsProperOnly(part));

    /// <summary>Decides a break at a line end. <paramref name="hadHyphen"/>: the first line ended with '-'.</summary>
    public static JoinDecision Decide(string left, string right, bool hadHyphen, ImportContext context)
    {
        var words = context.Words;
        var vocab = context.Vocabulary;
        var joined = left + right;
        var hyphenated = left + "-" + right;
        var spaced = left + " " + right;
        var lastPart = left.Contains('-') ? left[(left.LastIndexOf('-') + 1)..] : left;
        if (right.Length == 0 || !char.IsLetter(right[0]) || !char.IsLetter(lastPart.LastOrDefault()))
            return hadHyphen ? new(hyphenated, JoinChoice.Hyphenated, true, "not a word break") : new(spaced, JoinChoice.Spaced, true, "not a word break");

        var seenJoined = vocab.Count(joined);
        var seenHyphenated = StopWords.Contains(lastPart) || StopWords.Contains(right) ? 0 : vocab.Count(hyphenated);
        var joinedWord = words.IsKnown(joined);
        var halvesWords = IsCommonWord(lastPart, words) && IsCommonWord(right, words);
        var prefix = HyphenPrefixes.Contains(lastPart);

        if (!hadHyphen)
        {
            if (halvesWords)
                return seenHyphenated > seenJoined
                    ? new(hyphenated, JoinChoice.Hyphenated, true, $"'{hyphenated}' is written so elsewhere in the text")
                    : new(spaced, JoinChoice.Spaced, true, "two words");
            if (joinedWord || seenJoined > 0) return new(joined, JoinChoice.Joined, true, $"'{joined}' is a word, '{lastPart}' or '{right}' is not");
            if (prefix && words.IsKnown(right)) return new(hyphenated, JoinChoice.Hyphenated, false, $"'{lastPart}' is a prefix usually written with a hyphen");
            return new(spaced, JoinChoice.Spaced, true, "two words");
        }

        if (seenHyphenated > seenJoined) return new(hyphenated, JoinChoice.Hyphenated, true, $"'{hyphenated}' is written so elsewhere in the text");
        if (seenJoined > 0) return new(joined, JoinChoice.Joined, true, $"'{joined}' is written so elsewhere in the text");
        if (char.IsUpper(right[0]) && !joinedWord) return new(hyphenated, JoinChoice.Hyphenated, true, "capitalised second part");
        if (joinedWord && !halvesWords) return new(joined, JoinChoice.Joined, true, $"'{joined}' is a word, the halves are not");
        if (prefix) return new(hyphenated, JoinChoice.Hyphenated, !joinedWord, $"'{lastPart}' is a prefix usually written with a hyphen");
        if (joinedWord) return new(joined, JoinChoice.Joined, false, $"'{joined}' and '{lastPart}', '{right}' are all words");
        if (halvesWords) return new(hyphenated, JoinChoice.Hyphenated, true, $"'{lastPart}' and '{right}' are words, '{joined}' is not");
        return new(joined, JoinChoice.Joined, false, $"neither '{joined}' nor its halves are in the word list");
    }
}
