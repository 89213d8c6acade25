using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Writes <c>titlepage.xhtml</c>: title, subtitle, author line, translators and editors,
/// publisher, and the series with its number.
/// </summary>
internal static class TitlePageWriter
{
    public const string File = "titlepage.xhtml";

    public static byte[] Write(EpubContext context)
    {
        var meta = context.Doc.Metadata;
        var labels = context.Labels;
        var html = XhtmlBuilder.Begin(meta.Title, context.Lang, EpubContext.CssHref, "frontmatter");
        html.Start("section", ("id", "titlepage"), ("epub:type", "titlepage"), ("class", "titlepage"),
            ("aria-labelledby", "title")).Line();
        html.Start("h1", ("id", "title"), ("epub:type", "title")).Text(meta.Title).EndLine();
        Line(html, "subtitle", meta.Subtitle, "subtitle");
        Line(html, "author", meta.AuthorLine);
        Line(html, "contributor", Credit(labels.TranslatedBy, meta, "trl"));
        Line(html, "contributor", Credit(labels.EditedBy, meta, "edt"));
        Line(html, "publisher", meta.Publisher);
        Line(html, "series", SeriesLine(meta));
        html.EndLine();
        return html.Finish();
    }

    /// <summary>"Series · 7", the series alone, or null.</summary>
    public static string? SeriesLine(Metadata meta) =>
        string.IsNullOrWhiteSpace(meta.Series) ? null
        : string.IsNullOrWhiteSpace(meta.SeriesNumber) ? meta.Series
        : $"{meta.Series} · {meta.SeriesNumber}";

    /// <summary>"Translated by A and B" for the contributors with a role, or null.</summary>
    public static string? Credit(string label, Metadata meta, string role)
    {
        var names = meta.Contributors.Where(c => c.Role == role).Select(c => c.Name).ToList();
        return names.Count == 0 ? null : $"{label} {string.Join(", ", names)}";
    }

    private static void Line(XhtmlBuilder html, string cssClass, string? text, string? epubType = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        // DPUB-ARIA mirrors the semantic for assistive technology (Ace: epub-type-has-matching-role).
        html.Start("p", ("class", cssClass), ("epub:type", epubType), ("role", epubType is null ? null : "doc-" + epubType)).Text(text).EndLine();
    }
}
