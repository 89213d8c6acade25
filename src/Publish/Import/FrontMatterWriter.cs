using System.Text;

namespace Publish.Import;

/// <summary>Writes <see cref="FrontMatter"/> as the YAML block that opens <c>pamphlet.md</c>, fields in DESIGN.md order.</summary>
internal static class FrontMatterWriter
{
    /// <summary>The front matter, from the opening <c>---</c> to the closing one, with a trailing newline.</summary>
    public static string Write(FrontMatter meta)
    {
        var sb = new StringBuilder("---\n");
        void Field(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) sb.Append(key).Append(": ").Append(YamlText.Scalar(value.Trim())).Append('\n');
        }

        Field("title", meta.Title ?? "Untitled");
        Field("subtitle", meta.Subtitle);
        if (meta.Authors.Count == 1) Field("author", meta.Authors[0]);
        else if (meta.Authors.Count > 1) sb.Append("authors: ").Append(YamlText.FlowList(meta.Authors)).Append('\n');
        Field("translator", meta.Translator);
        Field("editor", meta.Editor);
        if (!string.IsNullOrWhiteSpace(meta.Date)) sb.Append("date: ").Append(YamlText.YearOrString(meta.Date.Trim())).Append('\n');
        Field("publisher", meta.Publisher);
        Field("series", meta.Series);
        Field("series-number", meta.SeriesNumber);
        Field("lang", meta.Lang ?? "en-GB");
        Field("rights", meta.Rights);
        if (meta.SourceTitle is not null || meta.SourceUrl is not null)
        {
            sb.Append("source:\n");
            if (meta.SourceTitle is { } t) sb.Append("  title: ").Append(YamlText.Scalar(t)).Append('\n');
            if (meta.SourceUrl is { } u) sb.Append("  url: ").Append(YamlText.Scalar(u)).Append('\n');
        }
        Field("description", meta.Description);
        if (meta.Subjects.Count > 0) sb.Append("subjects: ").Append(YamlText.FlowList(meta.Subjects)).Append('\n');
        Field("chronology", meta.Chronology);
        return sb.Append("---\n").ToString();
    }
}
