using System.Globalization;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Writes <c>chronology.xhtml</c>: an appendix with the chronology's note, then one
/// sub-section per year, each a definition list of date and event that reflows on a phone.
/// An undated entry shows its year as the date.
/// </summary>
internal static class ChronologyXhtmlWriter
{
    public const string SectionId = "chronology";

    public static string Title(Chronology chronology) =>
        string.IsNullOrWhiteSpace(chronology.Title) ? "Chronology" : chronology.Title;

    public static byte[] Write(EpubContext context, Chronology chronology)
    {
        var file = EpubContext.ChronologyFile;
        var html = XhtmlBuilder.Begin(Title(chronology), context.Lang, EpubContext.CssHref, "backmatter");
        context.WriteBreaksBefore(html, file, SectionId);
        html.Start("section", ("id", SectionId), ("epub:type", "appendix"), ("role", "doc-appendix"),
            ("aria-labelledby", "chronology-title"), ("class", "chronology")).Line();
        html.Start("h1", ("id", "chronology-title")).Text(Title(chronology)).EndLine();
        var inlines = new InlineXhtmlWriter(context, html);
        if (chronology.Note is { Count: > 0 } note)
        {
            html.Start("p", ("class", "chronology-note"));
            inlines.Write(note);
            html.EndLine();
        }
        var yearIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var year in Years(chronology.Entries))
        {
            var yearText = year[0].Year.ToString(CultureInfo.InvariantCulture);
            var id = "year-" + EpubIds.Safe(yearText);
            for (int n = 2; !yearIds.Add(id); n++) id = $"year-{EpubIds.Safe(yearText)}-{n}";
            html.Start("section", ("class", "chronology-year"), ("aria-labelledby", id)).Line();
            html.Start("h2", ("id", id)).Text(yearText).EndLine();
            html.Start("dl").Line();
            foreach (var entry in year) WriteEntry(context, html, inlines, entry, yearText);
            html.EndLine();
            html.EndLine();
        }
        html.EndLine();
        return html.Finish();
    }

    /// <summary>Runs of consecutive entries with the same year.</summary>
    private static IEnumerable<List<ChronologyEntry>> Years(IReadOnlyList<ChronologyEntry> entries)
    {
        var run = new List<ChronologyEntry>();
        foreach (var entry in entries)
        {
            if (run.Count > 0 && run[0].Year != entry.Year)
            {
                yield return run;
                run = [];
            }
            run.Add(entry);
        }
        if (run.Count > 0) yield return run;
    }

    private static void WriteEntry(EpubContext context, XhtmlBuilder html, InlineXhtmlWriter inlines, ChronologyEntry entry, string yearText)
    {
        bool dated = !string.IsNullOrWhiteSpace(entry.Date);
        html.Start("dt", ("class", dated ? null : "undated")).Text(dated ? entry.Date! : yearText).EndLine();
        html.Start("dd");
        inlines.Write(entry.Event);
        if (entry.SeeAlso is { Length: > 0 } target && context.FileOf(target) is { } file)
        {
            var label = context.TitleOf(target) ?? context.Doc.Sections.FirstOrDefault(s => s.Id == target)?.Title ?? target;
            html.Text(" ");
            html.Start("a", ("class", "see-also"), ("href", EpubIds.Href(file, target))).Text(label).End();
        }
        html.EndLine();
    }
}
