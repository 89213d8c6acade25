using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Catalogue;

/// <summary>
/// One pamphlet → one <c>&lt;li&gt;&lt;article&gt;</c> of the catalogue page: cover (or a
/// typographic stand-in), title and subtitle, credits, series, date, description, subjects and
/// a labelled download link per file.
/// </summary>
internal static partial class EntryHtmlWriter
{
    /// <param name="aboveTheFold">The entry is among the first on the page: its cover loads at once rather than lazily.</param>
    public static void Write(HtmlLines page, int depth, CatalogueEntry entry, string anchor, string outputDir, CatalogueOptions options, bool aboveTheFold)
    {
        var meta = entry.Metadata;
        var title = MarkupText.OneLine(meta.Title);
        var lang = LangAttribute(meta.Lang);
        var id = MarkupText.Escape(anchor);

        page.Add(depth, "<li>")
            .Add(depth + 1, $"<article class=\"entry\" id=\"{id}\" aria-labelledby=\"{id}-title\">");
        int d = depth + 2;
        WriteCover(page, d, entry, title, outputDir, aboveTheFold);

        page.Add(d, "<div class=\"head\">")
            .Add(d + 1, $"<hgroup{lang}>")
            .Add(d + 2, $"<h3 id=\"{id}-title\">{MarkupText.Escape(title)}</h3>");
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
            page.Add(d + 2, $"<p class=\"subtitle\">{MarkupText.Escape(MarkupText.OneLine(meta.Subtitle))}</p>");
        page.Add(d + 1, "</hgroup>");
        if (meta.AuthorLine is { } authors)
            page.Add(d + 1, $"<p class=\"author\">{MarkupText.Escape(MarkupText.OneLine(authors))}</p>");
        var credits = Credits(meta);
        if (credits.Length > 0) page.Add(d + 1, $"<p class=\"credits\">{MarkupText.Escape(credits)}</p>");
        var facts = Facts(meta, options);
        if (facts.Count > 0) page.Add(d + 1, $"<p class=\"facts\">{string.Join("<span class=\"sep\" aria-hidden=\"true\"> · </span>", facts)}</p>");
        page.Add(d, "</div>");

        page.Add(d, "<div class=\"body\">");
        if (!string.IsNullOrWhiteSpace(meta.Description))
            page.Add(d + 1, $"<p class=\"description\"{lang}>{MarkupText.Escape(MarkupText.OneLine(meta.Description))}</p>");
        var subjects = meta.Subjects.Where(s => !string.IsNullOrWhiteSpace(s)).Select(MarkupText.OneLine).Distinct(StringComparer.Ordinal).ToList();
        if (subjects.Count > 0)
            page.Add(d + 1, $"<p class=\"subjects\"><span class=\"label\">Subjects:</span> {MarkupText.Escape(string.Join(", ", subjects))}</p>");
        WriteDownloads(page, d + 1, entry, title, id);
        page.Add(d, "</div>")
            .Add(depth + 1, "</article>")
            .Add(depth, "</li>");
    }

    private static void WriteCover(HtmlLines page, int depth, CatalogueEntry entry, string title, string outputDir, bool aboveTheFold)
    {
        page.Add(depth, "<div class=\"cover\">");
        if (entry.CoverPng is { } cover)
        {
            var (width, height) = PngDimensions.Read(CatalogueLinks.Locate(outputDir, cover) ?? "");
            page.Add(depth + 1, $"<img src=\"{MarkupText.Escape(CatalogueLinks.Relative(cover))}\" alt=\"{MarkupText.Escape("Cover of " + title)}\" " +
                $"width=\"{width}\" height=\"{height}\" {(aboveTheFold ? "loading=\"eager\"" : "loading=\"lazy\" decoding=\"async\"")} />");
        }
        else
        {
            var band = entry.Metadata.Cover?.Colour is { } colour && HexColour().IsMatch(colour) ? $" style=\"--band: {colour}\"" : "";
            var author = entry.Metadata.AuthorLine is { } line ? $"<span class=\"by\">{MarkupText.Escape(MarkupText.OneLine(line))}</span>" : "";
            page.Add(depth + 1, $"<div class=\"cover-stand-in\" aria-hidden=\"true\"{band}><span class=\"name\">{MarkupText.Escape(title)}</span>{author}</div>");
        }
        page.Add(depth, "</div>");
    }

    /// <summary>
    /// Reading formats (EPUB, screen PDF) as buttons, then the print files as a plain list:
    /// readers want the first, the press's distributors the second.
    /// </summary>
    private static void WriteDownloads(HtmlLines page, int depth, CatalogueEntry entry, string title, string id)
    {
        if (entry.Files.Count == 0)
        {
            page.Add(depth, "<p class=\"unavailable\">No downloads yet.</p>");
            return;
        }
        var reading = entry.Files.Where(f => FormatLabels.IsAcquisition(f.Format)).ToList();
        var printing = entry.Files.Where(f => !FormatLabels.IsAcquisition(f.Format)).ToList();
        if (reading.Count > 0)
        {
            page.Add(depth, $"<ul class=\"downloads\" aria-label=\"{MarkupText.Escape("Read " + title)}\">");
            foreach (var file in reading) page.Add(depth + 1, $"<li>{Link(file, entry.Trim)}</li>");
            page.Add(depth, "</ul>");
        }
        if (printing.Count > 0)
        {
            page.Add(depth, $"<div class=\"print-files\" role=\"group\" aria-labelledby=\"{id}-print\">")
                .Add(depth + 1, $"<p class=\"print-label\" id=\"{id}-print\">For print<span class=\"visually-hidden\">: {MarkupText.Escape(title)}</span></p>")
                .Add(depth + 1, "<ul>");
            foreach (var file in printing) page.Add(depth + 2, $"<li>{Link(file, entry.Trim)}</li>");
            page.Add(depth + 1, "</ul>")
                .Add(depth, "</div>");
        }
    }

    /// <summary>A download link: "EPUB · 412 KB", with the media type as a hint to the browser.</summary>
    private static string Link(CatalogueFile file, string trim) =>
        $"<a href=\"{MarkupText.Escape(CatalogueLinks.Relative(file.RelativePath))}\" type=\"{MarkupText.Escape(MarkupText.OneLine(file.MediaType))}\">" +
        $"<span class=\"format\">{MarkupText.Escape(FormatLabels.Label(file.Format, MarkupText.OneLine(trim)))}</span>" +
        $"<span class=\"size\"> · {FormatLabels.Size(file.Bytes)}</span></a>";

    /// <summary>"Translated by …; edited by …" from the non-author contributors.</summary>
    private static string Credits(Metadata meta)
    {
        var parts = new List<string>();
        foreach (var (role, verb) in new[] { ("trl", "translated by"), ("edt", "edited by") })
        {
            var names = meta.Contributors.Where(c => c.Role == role).Select(c => MarkupText.OneLine(c.Name)).ToList();
            if (names.Count > 0) parts.Add($"{verb} {string.Join(" and ", names)}");
        }
        var text = string.Join("; ", parts);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Escaped fragments of the facts line: series and number, edition, publisher, date.</summary>
    private static List<string> Facts(Metadata meta, CatalogueOptions options)
    {
        var facts = new List<string>();
        if (!string.IsNullOrWhiteSpace(meta.Series))
        {
            var series = MarkupText.OneLine(meta.Series);
            if (!string.IsNullOrWhiteSpace(meta.SeriesNumber)) series += ", no. " + MarkupText.OneLine(meta.SeriesNumber);
            facts.Add($"<span class=\"series-name\">{MarkupText.Escape(series)}</span>");
        }
        if (!string.IsNullOrWhiteSpace(meta.Edition)) facts.Add(MarkupText.Escape(MarkupText.OneLine(meta.Edition)));
        if (!string.IsNullOrWhiteSpace(meta.Publisher) && !string.Equals(meta.Publisher.Trim(), options.PublisherName?.Trim(), StringComparison.Ordinal))
            facts.Add(MarkupText.Escape(MarkupText.OneLine(meta.Publisher)));
        if (!string.IsNullOrWhiteSpace(meta.Date))
        {
            var shown = MarkupText.Escape(CatalogueDates.Display(MarkupText.OneLine(meta.Date)));
            facts.Add(CatalogueDates.Issued(meta.Date) is { } iso ? $"<time datetime=\"{MarkupText.Escape(iso)}\">{shown}</time>" : shown);
        }
        return facts;
    }

    /// <summary>A <c>lang</c> attribute for text in the pamphlet's language when it is not English like the page.</summary>
    private static string LangAttribute(string lang)
    {
        var tag = MarkupText.OneLine(lang);
        if (tag.Length == 0 || tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase)) return "";
        var escaped = MarkupText.Escape(tag);
        return $" lang=\"{escaped}\" xml:lang=\"{escaped}\"";
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
