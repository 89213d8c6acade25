using System.Globalization;
using System.Text;
using Publish.Styling;
using Publish.Typesetting.Frames;

namespace Publish.Epub;

/// <summary>
/// The EPUB stylesheet: <c>styles/base.css</c> followed by rules generated from the theme.
/// Sizes become em ratios of the body size (the reader picks the base size), leading a
/// unitless line-height, lengths in points become em, colours hex.
/// </summary>
internal static class EpubCss
{
    /// <summary>Line height of headings relative to their own size: tighter than text, as in the PDF's display lines.</summary>
    private const double HeadingLineHeight = 1.2;

    /// <summary>Theme → CSS text, appended to <paramref name="baseCss"/>.</summary>
    public static string Generate(Theme theme, string baseCss)
    {
        var css = new StringBuilder();
        css.Append(baseCss.TrimEnd()).Append("\n\n");
        css.Append($"/* Generated from the theme \"{Comment(theme.Name)}\". */\n\n");

        css.Append("body {\n");
        Rule(css, "font-family", Family(theme.Body));
        Rule(css, "line-height", Number(theme.Leading / theme.BodySize));
        if (theme.TextColour != Colour.Black) Rule(css, "color", Hex(theme.TextColour));
        css.Append("}\n\n");

        css.Append("p {\n");
        Rule(css, "text-indent", Em(theme.ParagraphIndent, theme.BodySize));
        Rule(css, "text-align", theme.Justify ? "justify" : "left");
        if (!theme.Hyphenate)
            foreach (var property in new[] { "hyphens", "-webkit-hyphens", "-epub-hyphens" }) Rule(css, property, "manual");
        css.Append("}\n\n");
        if (theme.ParagraphSpacing > 0)
            css.Append($"p + p {{\n  margin-top: {Em(theme.ParagraphSpacing, theme.BodySize)};\n}}\n\n");

        for (int level = 1; level <= 6; level++) AppendHeading(css, theme, level);

        css.Append("a {\n");
        Rule(css, "color", Hex(theme.LinkColour));
        css.Append("}\n\n");
        css.Append("hr {\n");
        Rule(css, "border-top-color", Hex(theme.AccentColour));
        css.Append("}\n\n");
        css.Append("section.chronology h2 {\n");
        Rule(css, "color", Hex(theme.AccentColour));
        css.Append("}\n\n");

        css.Append("ol.notes {\n");
        Rule(css, "font-family", Family(theme.Notes));
        Rule(css, "font-size", Em(theme.NoteSize, theme.BodySize));
        Rule(css, "line-height", Number(theme.NoteLeading / theme.NoteSize));
        css.Append("}\n");
        return css.ToString();
    }

    /// <summary>The repository root: the nearest folder upwards holding Publish.sln, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>Reads <c>styles/base.css</c> under a repository root.</summary>
    public static string LoadBaseCss(string repositoryRoot) =>
        File.ReadAllText(Path.Combine(repositoryRoot, "styles", "base.css"));

    private static void AppendHeading(StringBuilder css, Theme theme, int level)
    {
        var style = theme.Heading(level);
        css.Append($"h{level} {{\n");
        Rule(css, "font-family", Family(theme.Headings));
        Rule(css, "font-size", Em(style.Size, theme.BodySize));
        Rule(css, "line-height", Number(HeadingLineHeight));
        Rule(css, "margin", $"{Em(style.SpaceBefore, style.Size)} 0 {Em(style.SpaceAfter, style.Size)} 0");
        Rule(css, "font-weight", style.Bold ? "bold" : "normal");
        Rule(css, "font-style", style.Italic ? "italic" : "normal");
        Rule(css, "font-variant", style.SmallCaps ? "small-caps" : "normal");
        Rule(css, "text-align", Align(style.Align));
        if (theme.HeadingColour != Colour.Black) Rule(css, "color", Hex(theme.HeadingColour));
        css.Append("}\n\n");
    }

    private static void Rule(StringBuilder css, string property, string value) =>
        css.Append("  ").Append(property).Append(": ").Append(value).Append(";\n");

    /// <summary>A quoted family name with a generic fallback (the reader may not have the font).</summary>
    public static string Family(FontFamily family) =>
        string.IsNullOrWhiteSpace(family.Name) ? "serif"
        : $"\"{family.Name.Replace("\\", "").Replace("\"", "")}\", {Generic(family.Name)}";

    /// <summary>
    /// The CSS generic family a face most resembles, read from its name: "Mono"/"Code" →
    /// monospace, "Sans" (but not "Serif") → sans-serif, anything else → serif.
    /// </summary>
    public static string Generic(string familyName) =>
        familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase) || familyName.Contains("Code", StringComparison.OrdinalIgnoreCase) ? "monospace"
        : familyName.Contains("Sans", StringComparison.OrdinalIgnoreCase) && !familyName.Contains("Serif", StringComparison.OrdinalIgnoreCase) ? "sans-serif"
        : "serif";

    public static string Em(double points, double relativeTo) =>
        relativeTo <= 0 || points == 0 ? "0" : Number(points / relativeTo) + "em";

    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture) : "1";

    public static string Hex(Colour colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";

    private static string Align(string align) => align.Trim().ToLowerInvariant() switch
    {
        "centre" or "center" => "center",
        "right" => "right",
        "justify" => "justify",
        _ => "left",
    };

    private static string Comment(string text) => text.Replace("*/", "* /");
}
