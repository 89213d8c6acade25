namespace Publish.Diagnostics;

/// <summary>Codes of page design settings in themes: PUB6050–PUB6069.</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode ThemeBadChoice = new("PUB6050", "a theme key has a value outside its choices");
    public static readonly DiagnosticCode ThemeBadImprint = new("PUB6060", "the theme's 'imprint' is neither title-page nor verso");
    public static readonly DiagnosticCode ThemeBadColophon = new("PUB6061", "the theme's 'colophon' is neither foot nor page");
}
