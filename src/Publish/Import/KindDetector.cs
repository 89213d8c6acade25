using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>The kind <see cref="KindDetector"/> chose, how sure it is (0–1), and the evidence it saw.</summary>
internal sealed record KindDetection(ImportKind Kind, double Confidence, string Reason);

/// <summary>
/// Guesses the kind of a raw text for <c>--kind auto</c> from markers in the text itself: wiki
/// front matter and wikilinks; Anarchist Library headers and <c>&lt;sup&gt;</c> notes; mail headers
/// and <c>&gt;</c> quoting; scan noise and hard hyphenation for OCR; otherwise a web article.
/// Each kind gets a score; confidence is the winner's share of all the evidence.
/// </summary>
internal static partial class KindDetector
{
    /// <summary>Share of non-blank lines quoted with '&gt;' above which a text reads as a mail post.</summary>
    private const double MailQuoteShare = 0.10;

    /// <summary>Share of lines ending in a hyphenated word fragment above which hyphenation counts as hard (OCR).</summary>
    private const double HardHyphenShare = 0.01;

    /// <summary>Average non-blank line length (characters) above which lines are whole paragraphs (web article).</summary>
    private const double ParagraphLineLength = 200;

    /// <summary>Score given when no kind has any evidence: the article fallback.</summary>
    private const double FallbackScore = 0.5;

    public static KindDetection Detect(string text)
    {
        var lines = text.Split('\n');
        var nonBlank = lines.Where(l => l.Trim().Length > 0).ToList();
        var n = Math.Max(1, nonBlank.Count);
        var scores = new Dictionary<ImportKind, double>();
        var reasons = new Dictionary<ImportKind, List<string>>();
        void Add(ImportKind k, double s, string why)
        {
            if (s <= 0) return;
            scores[k] = scores.GetValueOrDefault(k) + s;
            (reasons.TryGetValue(k, out var r) ? r : reasons[k] = []).Add(why);
        }

        var wikilinks = WikiLink().Count(text);
        if (wikilinks > 0) Add(ImportKind.Wiki, 2 + Math.Min(3, wikilinks / 3.0), $"{wikilinks} wikilinks");
        if (FrontMatterPermalink().IsMatch(text)) Add(ImportKind.Wiki, 3, "front matter with permalink");
        if (text.Contains("[[Category:", StringComparison.Ordinal) || text.Contains("[Category:", StringComparison.Ordinal)) Add(ImportKind.Wiki, 1, "category links");

        var museHeaders = MuseHeader().Count(text);
        if (museHeaders > 0) Add(ImportKind.Library, 2 + museHeaders, $"{museHeaders} muse headers");
        if (text.Contains("The Anarchist Library", StringComparison.OrdinalIgnoreCase) || text.Contains("theanarchistlibrary.org", StringComparison.OrdinalIgnoreCase))
            Add(ImportKind.Library, 4, "Anarchist Library marker");
        var sups = SupNote().Count(text);
        if (sups > 0) Add(ImportKind.Library, Math.Min(2, sups / 2.0), $"{sups} <sup> notes");

        var quoted = nonBlank.Count(l => l.StartsWith('>'));
        if ((double)quoted / n >= MailQuoteShare) Add(ImportKind.Mail, 2 + 3.0 * quoted / n, $"{quoted} quoted lines");
        var headers = lines.Take(30).Count(l => MailHeader().IsMatch(l));
        if (headers >= 2) Add(ImportKind.Mail, 2 + headers, $"{headers} mail headers");
        if (lines.Any(l => l == "-- ")) Add(ImportKind.Mail, 1, "signature separator");
        if (WroteLine().IsMatch(text)) Add(ImportKind.Mail, 1, "attribution line");

        var hyphenEnds = lines.Count(l => HyphenEnd().IsMatch(l.TrimEnd()));
        var spacedFragments = lines.Count(l => l.EndsWith(' ') && l.Trim().Length > 0);
        if ((double)hyphenEnds / n >= HardHyphenShare) Add(ImportKind.Ocr, 1 + 100.0 * hyphenEnds / n / 2, $"{hyphenEnds} line-end hyphens");
        var noise = NoiseMark().Count(text);
        if (noise > 0) Add(ImportKind.Ocr, Math.Min(3, noise / 5.0), $"{noise} scan noise marks");
        var pageNumbers = lines.Count(l => LonePageNumber().IsMatch(l));
        if (pageNumbers >= 3) Add(ImportKind.Ocr, Math.Min(3, pageNumbers / 5.0), $"{pageNumbers} lone page numbers");
        var digitWords = DigitInWord().Count(text);
        if (digitWords >= 3) Add(ImportKind.Ocr, Math.Min(3, digitWords / 10.0), $"{digitWords} words with digits or accents inside");
        if (spacedFragments > n / 2 && nonBlank.Count > 40) Add(ImportKind.Ocr, 1, "hard-wrapped lines with trailing spaces");

        var average = nonBlank.Count == 0 ? 0 : nonBlank.Average(l => l.Length);
        if (average >= ParagraphLineLength) Add(ImportKind.Article, 2, "one paragraph per line");
        if (nonBlank.Take(5).Any(l => Byline().IsMatch(l))) Add(ImportKind.Article, 2, "byline");

        if (scores.Count == 0) return new KindDetection(ImportKind.Article, FallbackScore, "no marker of any other kind");
        var best = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First();
        var confidence = best.Value / (scores.Values.Sum() + 1);
        return new KindDetection(best.Key, Math.Round(confidence, 2), string.Join(", ", reasons[best.Key]));
    }

    [GeneratedRegex(@"""wikilink""|class=""wikilink""|\[\[[^\]]+\]\]")]
    private static partial Regex WikiLink();
    [GeneratedRegex(@"\A---\s*\n(?:.*\n)*?permalink:", RegexOptions.Multiline)]
    private static partial Regex FrontMatterPermalink();
    [GeneratedRegex(@"^#(title|author|date|source|lang|pubdate|topics|SORTtopics|notes)\b", RegexOptions.Multiline)]
    private static partial Regex MuseHeader();
    [GeneratedRegex(@"<sup>\s*\[?\d+\]?\s*</sup>")]
    private static partial Regex SupNote();
    [GeneratedRegex(@"^(From|Date|Subject|To|Cc|Message-ID|Reply-To):\s", RegexOptions.IgnoreCase)]
    private static partial Regex MailHeader();
    [GeneratedRegex(@"^On .{5,120} wrote:\s*$|^.{2,60} wrote:\s*$", RegexOptions.Multiline)]
    private static partial Regex WroteLine();
    [GeneratedRegex(@"\p{Ll}{2,}-$")]
    private static partial Regex HyphenEnd();
    [GeneratedRegex(@"[•·■□▪]")]
    private static partial Regex NoiseMark();
    [GeneratedRegex(@"^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$")]
    private static partial Regex LonePageNumber();
    [GeneratedRegex(@"\b\p{Ll}+[01]\p{Ll}*\b|\b\p{Ll}+[àâäèéêëìîïòôöùûü]\p{Ll}*\b")]
    private static partial Regex DigitInWord();
    [GeneratedRegex(@"^\s*By\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$")]
    private static partial Regex Byline();
}
