using System.Globalization;

namespace Publish.Catalogue;

/// <summary>
/// <see cref="CatalogueListing"/> → <c>index.html</c>: one page listing every pamphlet by series,
/// with covers, descriptions and a download link per file. The page is polyglot HTML5 (it
/// also parses as XML), has no script, carries its CSS inline, and takes every date from its
/// input, so the same listing gives the same bytes.
/// </summary>
internal static class CatalogueHtmlWriter
{
    /// <summary>
    /// Covers of the first entries load eagerly: they are in view when the page opens (two rows
    /// of two on a desktop), and lazy loading would only delay them. The rest load as they scroll in.
    /// </summary>
    private const int EagerCovers = 4;

    public static byte[] Render(CatalogueListing listing, CatalogueOptions options, string outputDir)
    {
        var page = new HtmlLines();
        var title = MarkupText.OneLine(options.Title);
        var publisher = string.IsNullOrWhiteSpace(options.PublisherName) ? null : MarkupText.OneLine(options.PublisherName);

        page.Add(0, "<!DOCTYPE html>")
            .Add(0, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">")
            .Add(0, "<head>")
            .Add(1, "<meta charset=\"utf-8\" />")
            .Add(1, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
            .Add(1, $"<title>{MarkupText.Escape(publisher is null ? title : $"{title} · {publisher}")}</title>")
            .Add(1, $"<link rel=\"alternate\" type=\"{CatalogueLinks.AcquisitionFeedType}\" href=\"{CatalogueLinks.FeedFile}\" title=\"{MarkupText.Escape(title)} (OPDS)\" />")
            .Add(1, "<style>")
            .AddBlock(2, CatalogueStylesheet.Css)
            .Add(1, "</style>")
            .Add(0, "</head>")
            .Add(0, "<body>")
            .Add(1, "<a class=\"skip-link\" href=\"#main\">Skip to the catalogue</a>");

        WriteHeader(page, listing, title, publisher);

        page.Add(1, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">");
        int position = 0;
        foreach (var group in listing.Groups)
        {
            page.Add(2, $"<section class=\"series\" id=\"{MarkupText.Escape(group.Anchor)}\" aria-labelledby=\"{MarkupText.Escape(group.Anchor)}-heading\">")
                .Add(3, $"<h2 id=\"{MarkupText.Escape(group.Anchor)}-heading\">{MarkupText.Escape(group.Heading)} <span class=\"count\">{Count(group.Entries.Count)}</span></h2>")
                .Add(3, "<ol class=\"entries\">");
            foreach (var entry in group.Entries)
                EntryHtmlWriter.Write(page, 4, entry, listing.AnchorOf(entry), outputDir, options, aboveTheFold: position++ < EagerCovers);
            page.Add(3, "</ol>")
                .Add(2, "</section>");
        }
        if (listing.Groups.Count == 0) page.Add(2, "<p class=\"empty\">No pamphlets yet.</p>");
        page.Add(1, "</main>");

        var day = CatalogueDates.Day(listing.Updated);
        page.Add(1, "<footer class=\"colophon\">")
            .Add(2, "<div class=\"wrap\">")
            .Add(3, $"<p>Updated <time datetime=\"{MarkupText.Escape(day)}\">{MarkupText.Escape(day)}</time>.</p>")
            .Add(3, $"<p>Reading apps that speak OPDS (Thorium, KOReader, Aldiko…) can add this catalogue from its <a href=\"{CatalogueLinks.FeedFile}\" type=\"{CatalogueLinks.AcquisitionFeedType}\">OPDS feed</a>.</p>")
            .Add(2, "</div>")
            .Add(1, "</footer>")
            .Add(0, "</body>")
            .Add(0, "</html>");
        return page.ToUtf8();
    }

    private static void WriteHeader(HtmlLines page, CatalogueListing listing, string title, string? publisher)
    {
        int pamphlets = listing.Groups.Sum(g => g.Entries.Count);
        int series = listing.Groups.Count(g => g.Series is not null);
        var summary = Count(pamphlets) + (series > 0 ? $" in {series} series" : "")
            + ", to read on a screen or an ebook reader, or to print, fold and staple.";

        page.Add(1, "<header class=\"masthead\">")
            .Add(2, "<div class=\"wrap\">");
        if (publisher is not null) page.Add(3, $"<p class=\"publisher\">{MarkupText.Escape(publisher)}</p>");
        page.Add(3, $"<h1>{MarkupText.Escape(title)}</h1>")
            .Add(3, $"<p class=\"summary\">{MarkupText.Escape(summary)}</p>");
        if (listing.Groups.Count > 1)
        {
            page.Add(3, "<nav class=\"series-nav\" aria-label=\"Series\">")
                .Add(4, "<ul>");
            foreach (var group in listing.Groups)
                page.Add(5, $"<li><a href=\"#{MarkupText.Escape(group.Anchor)}\">{MarkupText.Escape(group.Heading)}</a></li>");
            page.Add(4, "</ul>")
                .Add(3, "</nav>");
        }
        page.Add(2, "</div>")
            .Add(1, "</header>");
    }

    private static string Count(int pamphlets) =>
        pamphlets.ToString(CultureInfo.InvariantCulture) + (pamphlets == 1 ? " pamphlet" : " pamphlets");
}
