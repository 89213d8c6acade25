namespace Publish.Diagnostics;

/// <summary>Diagnostic codes raised while loading font files (3101+).</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode FontCffOutlines = new("PUB3101", "font has CFF (PostScript) outlines; only TrueType glyf fonts can be embedded");
    public static readonly DiagnosticCode FontMalformed = new("PUB3102", "font file is truncated or malformed");
    public static readonly DiagnosticCode FontCollection = new("PUB3103", "font collections (.ttc) are not supported; extract one face");
}
