using Publish.Diagnostics;

namespace Publish.Typesetting.Text;

/// <summary>
/// The hyphenators of <c>styles/hyphenation/</c>, picked by a BCP-47 language tag:
/// <c>en-US</c> (and <c>en-Latn-US</c>) → US patterns; <c>en</c>, <c>en-GB</c>, any other English
/// region and a missing tag → GB patterns (as Debian links <c>en_AU</c>, <c>en_ZA</c> to GB);
/// other languages → none. Each pattern file is read once, on first use; thread-safe.
/// </summary>
internal sealed class HyphenatorSet
{
    /// <summary>Language assumed when a pamphlet names none (the presses we serve are British).</summary>
    public const string DefaultLanguage = "en-GB";

    /// <summary>File names inside the hyphenation folder.</summary>
    public const string BritishFile = "hyph_en_GB.dic", AmericanFile = "hyph_en_US.dic", ExceptionsFile = "exceptions-en.txt";

    private readonly Lazy<Hyphenator> _british;
    private readonly Lazy<Hyphenator> _american;

    private HyphenatorSet(string directory)
    {
        var exceptions = Path.Combine(directory, ExceptionsFile);
        string? ExceptionsIfAny() => File.Exists(exceptions) ? exceptions : null;
        _british = new(() => LoadOrReport(Path.Combine(directory, BritishFile), ExceptionsIfAny()),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _american = new(() => LoadOrReport(Path.Combine(directory, AmericanFile), ExceptionsIfAny()),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Loads one pattern file; a missing or unreadable one becomes PUB6101.</summary>
    private static Hyphenator LoadOrReport(string path, string? exceptions)
    {
        try
        {
            return Hyphenator.Load(path, exceptions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiagnosticException(new Diagnostic(Codes.HyphenationPatternsMissing, Severity.Error, path, 0, 0,
                $"cannot read hyphenation patterns: {e.Message}"));
        }
    }

    /// <summary>
    /// A set over <paramref name="directory"/> (normally <c>styles/hyphenation</c>). Files are read
    /// on first use; a missing one then throws a <see cref="DiagnosticException"/> (PUB6101).
    /// </summary>
    public static HyphenatorSet Load(string directory) => new(directory);

    /// <summary>The hyphenator for <paramref name="lang"/>, or null for a language we have no patterns for; throws a <see cref="DiagnosticException"/> (PUB6101) when the pattern file cannot be read.</summary>
    public Hyphenator? For(string? lang) => Region(lang) switch
    {
        "US" => _american.Value,
        "GB" => _british.Value,
        _ => null,
    };

    /// <summary>"GB", "US", or null when <paramref name="lang"/> is not English.</summary>
    public static string? Region(string? lang)
    {
        var tag = string.IsNullOrWhiteSpace(lang) ? DefaultLanguage : lang.Trim();
        var parts = tag.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (!parts[0].Equals("en", StringComparison.OrdinalIgnoreCase)) return null;
        return parts.Skip(1).Any(p => p.Equals("US", StringComparison.OrdinalIgnoreCase)) ? "US" : "GB";
    }
}
