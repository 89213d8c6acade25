namespace Publish.Diagnostics;

/// <summary>Diagnostic codes of the Markdown reader beyond the first hundred (11xx). Stable: never renumber one.</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode NestingTooDeep = new("PUB1101", "Markdown nested too deeply (quotes, lists or emphasis) to be read");
}
