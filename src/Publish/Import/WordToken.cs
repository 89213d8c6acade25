using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// A whitespace-separated token of running text split into leading punctuation, the word core and
/// trailing punctuation. The core keeps what OCR puts inside words (digits, '!', '/', dots, accents)
/// so the repairs can see it; <see cref="IsRepairable"/> rules out numbers, links and note references.
/// </summary>
internal sealed partial record WordToken(int Start, int Length, string Lead, string Core, string Trail)
{
    public string Text => Lead + Core + Trail;

    /// <summary>True for a token made of letters (with OCR debris) that word repairs may touch.</summary>
    public bool IsRepairable =>
        Core.Length > 0 && Core.Any(char.IsLetter) && !Core.Contains("[^") && !Core.Contains("://") && !Core.Contains('@')
        && !Core.Contains('\\') && !AllDigitsOrRoman().IsMatch(Core);

    /// <summary>True when the core is letters only (apostrophes and hyphens allowed).</summary>
    public bool IsPlainWord => PlainWord().IsMatch(Core);

    /// <summary>Splits a text into tokens at whitespace.</summary>
    public static List<WordToken> Tokenise(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match m in NonSpace().Matches(text))
        {
            var p = Parts().Match(m.Value);
            tokens.Add(new WordToken(m.Index, m.Length, p.Groups["lead"].Value, p.Groups["core"].Value, p.Groups["trail"].Value));
        }
        return tokens;
    }

    /// <summary>Rebuilds a text from tokens whose cores may have changed, one space between tokens.</summary>
    public static string Join(IEnumerable<WordToken> tokens) => string.Join(' ', tokens.Select(t => t.Text).Where(t => t.Length > 0));

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();
    [GeneratedRegex(@"^(?<lead>[(\[{""“‘'¡¿]*)(?<core>.*?)(?<trail>(?:[.,;:?!)\]}""”’'…*]|\[\^[^\]]+\])*)$", RegexOptions.Singleline)]
    private static partial Regex Parts();
    [GeneratedRegex(@"^[\d.,:\-–/]+$|^[IVXLC]+$")]
    private static partial Regex AllDigitsOrRoman();
    [GeneratedRegex(@"^\p{L}+(?:['’-]\p{L}+)*$")]
    private static partial Regex PlainWord();
}
