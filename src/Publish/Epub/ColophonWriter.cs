using Publish.Styling;

namespace Publish.Epub;

/// <summary>
/// Writes <c>colophon.xhtml</c>: title, authors, edition, publisher and date, the source
/// (title and link), rights, identifier, the typefaces, and the tool that made the book.
/// </summary>
internal static class ColophonWriter
{
    public const string File = "colophon.xhtml";

    public static byte[] Write(EpubContext context, Theme theme)
    {
        var meta = context.Doc.Metadata;
        var labels = context.Labels;
        var html = XhtmlBuilder.Begin(labels.Colophon, context.Lang, EpubContext.CssHref, "backmatter");
        html.Start("section", ("id", "colophon"), ("epub:type", "colophon"), ("role", "doc-colophon"),
            ("class", "colophon"), ("aria-labelledby", "colophon-title")).Line();
        html.Start("h1", ("id", "colophon-title")).Text(labels.Colophon).EndLine();

        html.Start("p", ("class", "colophon-book")).Start("cite").Text(meta.Title).End();
        if (!string.IsNullOrWhiteSpace(meta.Subtitle)) html.Text(": " + meta.Subtitle);
        html.EndLine();
        Line(html, meta.AuthorLine);
        Line(html, TitlePageWriter.Credit(labels.TranslatedBy, meta, "trl"));
        Line(html, TitlePageWriter.Credit(labels.EditedBy, meta, "edt"));
        Line(html, meta.Edition);
        Line(html, string.Join(", ", new[] { meta.Publisher, meta.Date }.Where(s => !string.IsNullOrWhiteSpace(s))));
        Line(html, TitlePageWriter.SeriesLine(meta));
        WriteSource(html, labels, meta.Source);
        Line(html, meta.Rights, "rights");
        Line(html, $"{labels.Identifier} {context.Identifier}", "identifier");
        Line(html, $"{labels.SetIn} {string.Join(", ", Fonts(context.Options, theme))}.");
        Line(html, $"{labels.MadeWith} {context.Options.GeneratorVersion}.");
        html.EndLine();
        return html.Finish();
    }

    /// <summary>The typefaces to credit: those the caller names, else the theme's families.</summary>
    public static IReadOnlyList<string> Fonts(EpubOptions options, Theme theme) =>
        options.FontsUsed is { Count: > 0 } used
            ? used.Distinct().ToList()
            : new[] { theme.Body.Name, theme.Headings.Name, theme.Notes.Name }.Distinct().ToList();

    private static void WriteSource(XhtmlBuilder html, EpubLabels labels, Model.SourceReference? source)
    {
        if (source is null || (string.IsNullOrWhiteSpace(source.Title) && string.IsNullOrWhiteSpace(source.Url))) return;
        html.Start("p", ("class", "source")).Text(labels.Source + " ");
        var text = string.IsNullOrWhiteSpace(source.Title) ? source.Url! : source.Title;
        if (!string.IsNullOrWhiteSpace(source.Url) && Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            html.Start("a", ("href", source.Url)).Text(text).End();
            if (!string.IsNullOrWhiteSpace(source.Title)) html.Text(" (" + source.Url + ")");
        }
        else html.Text(text);
        html.EndLine();
    }

    private static void Line(XhtmlBuilder html, string? text, string? cssClass = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        html.Start("p", ("class", cssClass)).Text(text).EndLine();
    }
}
