using Publish.Diagnostics;
using Publish.Model;
using Publish.Styling;
using Publish.Typesetting.Fonts;

namespace Publish.Covers;

/// <summary>
/// The cover as a picture: the front cover designed at trim size (no bleed) and rasterized,
/// for the EPUB cover image and the catalogue's thumbnails.
/// </summary>
internal static class CoverImage
{
    /// <summary>The EPUB cover height: 1600 px, as the common ebook stores recommend.</summary>
    public const int EpubHeight = 1600;

    /// <summary>The front cover as PNG bytes, <paramref name="pixelHeight"/> pixels tall.</summary>
    public static byte[] Png(Metadata meta, Theme theme, FontLibrary fonts, string? artPath, int pixelHeight = EpubHeight,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md")
    {
        var page = CoverDesigner.Front(meta, theme, fonts, artPath, diagnostics, sourcePath);
        return CoverRasterizer.Render(page, fonts, pixelHeight, diagnostics);
    }
}
