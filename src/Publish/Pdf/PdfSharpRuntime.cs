using PdfSharp.Fonts;

namespace Publish.Pdf;

/// <summary>
/// PDFsharp's process-wide set-up, done once and thread-safe: the AGPL licence call that must
/// precede the first PdfDocument, and our <see cref="RegisteredFontResolver"/> as the global
/// font resolver.
/// </summary>
internal static class PdfSharpRuntime
{
    private static readonly object Gate = new();
    private static RegisteredFontResolver? _resolver;

    /// <summary>Runs the one-time set-up if needed and returns the shared font resolver.</summary>
    public static RegisteredFontResolver EnsureInitialised()
    {
        var resolver = Volatile.Read(ref _resolver);
        if (resolver is not null) return resolver;
        lock (Gate)
        {
            if (_resolver is not null) return _resolver;
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            var created = new RegisteredFontResolver();
            GlobalFontSettings.FontResolver = created;
            Volatile.Write(ref _resolver, created);
            return created;
        }
    }
}
