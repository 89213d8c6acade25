namespace Publish.Diagnostics;

/// <summary>Codes of page design settings in themes: PUB6050–PUB6069.</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode ThemeBadChoice = new("PUB6050", "a theme key has a value outside its choices");
}
