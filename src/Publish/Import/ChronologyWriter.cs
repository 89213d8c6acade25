using System.Text;

namespace Publish.Import;

/// <summary>
/// Writes an <see cref="ImportedChronology"/> in the shape of DESIGN.md: a title, a note, and one
/// flow mapping per entry (<c>- { year: 1917, date: February 27, event: "…" }</c>); events are
/// always quoted since they are inline Markdown.
/// </summary>
internal static class ChronologyWriter
{
    public static string Write(ImportedChronology chronology)
    {
        var sb = new StringBuilder();
        sb.Append("title: ").Append(YamlText.Scalar(chronology.Title)).Append('\n');
        if (!string.IsNullOrWhiteSpace(chronology.Note)) sb.Append("note: ").Append(YamlText.Scalar(chronology.Note)).Append('\n');
        sb.Append("entries:\n");
        foreach (var e in chronology.Entries)
        {
            sb.Append("  - { year: ").Append(YamlText.Number(e.Year));
            if (!string.IsNullOrWhiteSpace(e.Date)) sb.Append(", date: ").Append(YamlText.Scalar(e.Date, flow: true));
            sb.Append(", event: ").Append(YamlText.Quoted(e.Event)).Append(" }\n");
        }
        return sb.ToString();
    }
}
