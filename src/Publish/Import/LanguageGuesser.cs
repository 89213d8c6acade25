using System.Globalization;

namespace Publish.Import;

/// <summary>What <see cref="LanguageGuesser"/> concluded: a BCP-47 tag (null when it is English, which the spelling detector then refines), and why.</summary>
internal sealed record LanguageGuess(string? Lang, bool IsEnglish, string Evidence);

/// <summary>
/// Decides whether a raw text is English, so that the English word-list repairs (OCR confusion
/// fixes, glued-word splitting, hyphen decisions by word list) never "correct" a German, French,
/// Russian or Chinese text. First by script: when most letters are not Latin, the script names
/// the language (Han → zh, kana → ja, Hangul → ko, Cyrillic → ru or uk, Greek → el, Arabic →
/// ar, Hebrew → he). A Latin-script text is English when English function words are frequent
/// and outnumber those of the other languages listed below; the long s "ſ" of Fraktur
/// transcriptions is read as "s" for the count. Function words are a language's most frequent
/// words and make up a third or more of running text, so a few hundred words decide.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>Words looked at (from the start): enough to decide, bounded on very long texts.</summary>
    private const int SampleWords = 20000;

    /// <summary>Share of letters in one non-Latin script above which the text is in that script's language.</summary>
    private const double ScriptMajority = 0.5;

    /// <summary>
    /// Share of words that must be English function words for a text to be English. Running
    /// English has 30–40 %; a foreign text quoting English, or word salad, far less.
    /// </summary>
    private const double MinEnglishShare = 0.08;

    /// <summary>Fewer words than this cannot be judged by function words: taken as English (the importer's default).</summary>
    private const int MinWords = 20;

    private static readonly (string Lang, HashSet<string> Words)[] FunctionWords =
    [
        ("en", Set("the of and to in is that it was for with as his on be at by this had not are but from or have which they were their we an its")),
        ("de", Set("der die und das den nicht ist von zu mit sich des auf für dem ein eine auch es an werden aus er hat daß dass sie nach wird bei wie noch oder ich")),
        ("fr", Set("le la les et des est une du que qui dans pour pas sur au avec ce il sont par plus ne se aux leur nous elle")),
        ("es", Set("el la los las y que de en del se por con una para es su al lo como más pero sus le ha este")),
        ("it", Set("il di che la e per un una del della sono non con si le gli dei nel è anche come alla più")),
        ("nl", Set("de het een en van is dat op te in niet zijn voor met die aan er maar om ook als bij wordt")),
        ("pt", Set("o a os as de que e do da em um uma para com não por se na no dos das mais ao")),
    ];

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    public static LanguageGuess Guess(string text)
    {
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        int letters = 0, kana = 0, longS = 0, latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c == 'ſ') longS++;
            var script = Script(c);
            if (script == "latin") { latin++; continue; }
            if (script == "kana") kana++;
            scripts[script] = scripts.GetValueOrDefault(script) + 1;
        }
        if (letters == 0) return new LanguageGuess(null, true, "no letters");

        if (scripts.Count > 0 && scripts.MaxBy(s => s.Value) is var (top, count) && count > letters * ScriptMajority)
        {
            var lang = top switch
            {
                "han" or "kana" => kana > 0 ? "ja" : "zh",
                "hangul" => "ko",
                "cyrillic" => Ukrainian(text) ? "uk" : "ru",
                "greek" => "el",
                "arabic" => "ar",
                "hebrew" => "he",
                _ => "und",
            };
            return new LanguageGuess(lang, false, $"{count} of {letters} letters are {top}");
        }

        var hits = new int[FunctionWords.Length];
        var words = 0;
        foreach (var word in Words(text))
        {
            if (++words > SampleWords) break;
            for (var k = 0; k < FunctionWords.Length; k++)
                if (FunctionWords[k].Words.Contains(word)) hits[k]++;
        }
        var fraktur = longS > 0 ? $"; {longS} long s" : "";
        if (words < MinWords) return new LanguageGuess(null, true, $"only {words} words: taken as English{fraktur}");
        var english = hits[0];
        var best = Enumerable.Range(1, FunctionWords.Length - 1).MaxBy(k => hits[k]);
        var evidence = $"{english} of {Math.Min(words, SampleWords)} words are English function words, {hits[best]} {FunctionWords[best].Lang}{fraktur}";
        if (english > hits[best] && english >= Math.Min(words, SampleWords) * MinEnglishShare)
            return new LanguageGuess(null, true, evidence);
        return new LanguageGuess(hits[best] > english ? FunctionWords[best].Lang : "und", false, evidence);
    }

    private static bool Ukrainian(string text) => text.Count(c => c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є') > text.Count(c => c is 'ы' or 'э' or 'ъ' or 'Ы' or 'Э');

    /// <summary>Lower-case words of the text, the long s read as s.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant().Replace('ſ', 's');
                start = -1;
            }
        }
    }

    private static string Script(char c) => c switch
    {
        <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => "latin",
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => "greek",
        >= '\u0400' and <= '\u052F' => "cyrillic",
        >= '\u0590' and <= '\u05FF' => "hebrew",
        >= '\u0600' and <= '\u06FF' => "arabic",
        >= '\u3040' and <= '\u30FF' => "kana",
        >= '\uAC00' and <= '\uD7AF' => "hangul",
        >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => "han",
        _ => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? "other" : "latin",
    };
}
