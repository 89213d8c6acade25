namespace Publish.Epub;

/// <summary>Writes <c>cover.xhtml</c>: the cover image, full page, with a text alternative.</summary>
internal static class CoverPageWriter
{
    public const string File = "cover.xhtml";
    public const string ImageHref = "images/cover.png";

    public static byte[] Write(EpubContext context)
    {
        var title = context.Doc.Metadata.Title;
        var alt = $"{context.Labels.CoverAlt} {title}" + (context.Doc.Metadata.AuthorLine is { } author ? $" – {author}" : "");
        var html = XhtmlBuilder.Begin(context.Labels.Cover, context.Lang, EpubContext.CssHref, "frontmatter");
        html.Start("section", ("id", "cover"), ("epub:type", "cover"), ("class", "cover"),
            ("aria-label", context.Labels.Cover)).Line();
        html.Empty("img", ("src", ImageHref), ("alt", alt), ("role", "doc-cover")).Line();
        html.EndLine();
        return html.Finish();
    }
}
