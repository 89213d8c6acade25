namespace Publish.Diagnostics;

/// <summary>
/// Codes of the text stage (hyphenation, line breaking): PUB61xx. Overfull lines are reported by
/// the composer from the set geometry (PUB6001); the breakers only return them as data.
/// </summary>
public static partial class Codes
{
    public static readonly DiagnosticCode HyphenationPatternsMissing = new("PUB6101", "hyphenation patterns missing or unreadable");
}
