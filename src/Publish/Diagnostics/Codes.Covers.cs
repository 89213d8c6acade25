namespace Publish.Diagnostics;

/// <summary>Diagnostic codes raised while designing and rendering covers (6301+).</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode CoverTemplateUnknown = new("PUB6301", "unknown cover template; the band template is used");
    public static readonly DiagnosticCode CoverColourInvalid = new("PUB6302", "cover colour does not parse; the theme's cover colour is used");
    public static readonly DiagnosticCode CoverArtMissing = new("PUB6303", "cover art file not found");
    public static readonly DiagnosticCode CoverArtUndrawable = new("PUB6304", "cover art PNG cannot be drawn in the PNG cover; a grey box stands in");
    public static readonly DiagnosticCode JpegCorrupt = new("PUB6306", "JPEG cover art is corrupt or truncated; a grey box stands in on the PNG cover");
    public static readonly DiagnosticCode JpegUnsupported = new("PUB6307", "JPEG cover art of a kind the PNG cover cannot draw (CMYK, arithmetic, lossless, 12-bit); a grey box stands in");
    public static readonly DiagnosticCode CoverTitleTooLong = new("PUB6305", "title fits the cover only below the smallest title size");
}
