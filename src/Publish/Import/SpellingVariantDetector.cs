using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Chooses <c>en-GB</c> or <c>en-US</c> by counting spelling variants: -ize/-ization/-or/-ization
/// against -ise/-isation/-our (on word families where both exist), defaulting to British.
/// </summary>
internal static partial class SpellingVariantDetector
{
    /// <summary>US forms must outnumber British ones by this factor to switch to en-US (ties stay en-GB).</summary>
    private const double UsMajority = 1.5;

    /// <summary>Fewer variant words than this in total is too little evidence: stay en-GB.</summary>
    private const int MinimumEvidence = 3;

    public static string Detect(string text)
    {
        var us = Us().Count(text);
        var gb = Gb().Count(text);
        if (us + gb < MinimumEvidence) return "en-GB";
        return us > gb * UsMajority ? "en-US" : "en-GB";
    }

    [GeneratedRegex(@"\b(?:organi|reali|recogni|mobili|generali|centrali|nationali|sociali|criti|apologi|emphasi|characteri|democrati|bureaucrati|industriali|minimi|militari|politici|summari|utili|civili)z(?:e|es|ed|ing|ation|ations)\b|\b(?:col|fav|hon|lab|behavi|neighb|harb|hum|vap|rum|arm|endeav|vig|rig|savi)or(?:s|ed|ing|ite|ites|ful)?\b|\b(?:defen|offen)se\b|\b(?:cent|theat)er\b", RegexOptions.IgnoreCase)]
    private static partial Regex Us();

    [GeneratedRegex(@"\b(?:organi|reali|recogni|mobili|generali|centrali|nationali|sociali|criti|apologi|emphasi|characteri|democrati|bureaucrati|industriali|minimi|militari|politici|summari|utili|civili)s(?:e|es|ed|ing|ation|ations)\b|\b(?:col|fav|hon|lab|behavi|neighb|harb|hum|vap|rum|arm|endeav|vig|rig|savi)our(?:s|ed|ing|ite|ites|ful)?\b|\b(?:defen|offen)ce\b|\b(?:cent|theat)re\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gb();
}
