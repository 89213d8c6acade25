using Publish.Diagnostics;
using Publish.Model;
using Publish.Reading;
using Publish.Styling;
using Publish.Transforms;

namespace Publish.Pipeline;

/// <summary>
/// Source folder → transformed document and its theme: read, attach the chronology, run the
/// transforms, load the theme. Shared by <c>build</c> and <c>check</c>.
/// </summary>
internal static class PamphletLoader
{
    public static (Document Document, Theme Theme)? Load(string pamphletDir, BuildServices services, DiagnosticBag diagnostics)
    {
        var doc = PamphletReader.Read(pamphletDir, diagnostics);
        if (doc is null) return null;

        if (doc.Metadata.ChronologyRef is { } reference)
        {
            var chronology = Chronologies.ChronologyLoader.Load(reference, pamphletDir, services.Workspace.Sources,
                InlineMarkdown.Parse, diagnostics, doc.SourcePath);
            doc = doc with { Chronology = chronology };
        }

        var series = SeriesSettings.Load(doc.Metadata.Series, services.Workspace.Sources, diagnostics);
        doc = doc with
        {
            Metadata = doc.Metadata with
            {
                Theme = services.ThemeOverride ?? (doc.Metadata.Theme is { Length: > 0 } named ? named : series?.Theme ?? "default"),
                Publisher = doc.Metadata.Publisher ?? series?.Publisher,
            },
        };
        doc = TransformPipeline.Run(doc, diagnostics, services.SourceDateEpoch);
        var themeLine = FindLine(doc.SourcePath, "theme:");
        var theme = services.Themes.Load(doc.Metadata.Theme, diagnostics, doc.SourcePath, themeLine, 1);
        if (theme is null || diagnostics.HasErrors) return null;
        return (doc, theme);
    }

    /// <summary>The line of a front matter key, for diagnostics about its value.</summary>
    private static int FindLine(string path, string prefix)
    {
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            if (++line > 200) break;
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return line;
        }
        return 1;
    }
}
