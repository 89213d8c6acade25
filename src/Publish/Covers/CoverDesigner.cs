using Publish.Diagnostics;
using Publish.Model;
using Publish.Styling;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>
/// Metadata + theme → cover pages of frames (points, origin top-left, trim size). The template
/// (<c>band</c> or <c>type</c>) and colour come from the front matter's <c>cover:</c>, else the
/// theme. The plain methods design for screen (nothing outside the trim); the
/// <c>WithBleed</c> variants run backgrounds and bands past the trim by the theme's bleed, for
/// print. Text always stays inside the trim minus <see cref="CoverStyle.SafeMargin"/>.
/// </summary>
internal static class CoverDesigner
{
    /// <summary>The front cover at trim size, no bleed.</summary>
    public static Page Front(Metadata meta, Theme theme, FontLibrary fonts, string? artPath,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md") =>
        Front(meta, theme, fonts, artPath, CoverBleed.None, diagnostics, sourcePath);

    /// <summary>The front cover with backgrounds running into the theme's bleed on every side.</summary>
    public static Page FrontWithBleed(Metadata meta, Theme theme, FontLibrary fonts, string? artPath,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md") =>
        Front(meta, theme, fonts, artPath, CoverBleed.All(theme.Page.Bleed), diagnostics, sourcePath);

    /// <summary>The front cover with a given bleed per side.</summary>
    public static Page Front(Metadata meta, Theme theme, FontLibrary fonts, string? artPath, CoverBleed bleed,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md")
    {
        var style = CoverStyle.Resolve(meta, theme, fonts, diagnostics, sourcePath);
        return style.Template == CoverStyle.TypeTemplate
            ? TypeCoverLayout.Front(meta, style, bleed, diagnostics, sourcePath)
            : BandCoverLayout.Front(meta, style, artPath, bleed, diagnostics, sourcePath);
    }

    /// <summary>The back cover at trim size, no bleed.</summary>
    public static Page Back(Metadata meta, Theme theme, FontLibrary fonts,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md") =>
        Back(meta, theme, fonts, CoverBleed.None, diagnostics, sourcePath);

    /// <summary>The back cover with backgrounds running into the theme's bleed on every side.</summary>
    public static Page BackWithBleed(Metadata meta, Theme theme, FontLibrary fonts,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md") =>
        Back(meta, theme, fonts, CoverBleed.All(theme.Page.Bleed), diagnostics, sourcePath);

    /// <summary>The back cover with a given bleed per side.</summary>
    public static Page Back(Metadata meta, Theme theme, FontLibrary fonts, CoverBleed bleed,
        DiagnosticBag? diagnostics = null, string sourcePath = "pamphlet.md") =>
        BackCoverLayout.Back(meta, CoverStyle.Resolve(meta, theme, fonts, diagnostics, sourcePath), bleed);
}
