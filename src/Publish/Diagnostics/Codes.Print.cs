namespace Publish.Diagnostics;

/// <summary>Diagnostic codes about the print edition: padding pages and print settings (6401+).</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode PrintPaddingUnknown = new("PUB6401", "unknown print padding; blank, backlist or notes");
}
