namespace Publish.Diagnostics;

/// <summary>Codes of footnote layout (<c>notes: footnotes</c>): PUB6030–PUB6049.</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode FootnoteHeldOver = new("PUB6030", "a footnote starts on a later page than its reference");
}
