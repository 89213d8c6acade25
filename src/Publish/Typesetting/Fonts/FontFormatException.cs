using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Thrown when font bytes cannot be used by the typesetter: CFF-flavoured OpenType
/// (<c>OTTO</c>), a collection, or a truncated or malformed TrueType file. The theme loader
/// catches it and reports <see cref="Code"/> against the theme file.
/// </summary>
internal sealed class FontFormatException : Exception
{
    /// <summary>Creates the exception for the font <paramref name="key"/>.</summary>
    public FontFormatException(DiagnosticCode code, string key, string message, Exception? inner = null)
        : base($"{key}: {message}", inner)
    {
        Code = code;
        Key = key;
    }

    /// <summary>The diagnostic code the caller should report (PUB3101 or PUB3102).</summary>
    public DiagnosticCode Code { get; }

    /// <summary>The font key (file name) that failed.</summary>
    public string Key { get; }
}
