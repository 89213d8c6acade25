using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Chronologies;

/// <summary>
/// Loads a pamphlet's chronology: front matter reference → file (pamphlet folder or shared)
/// → YAML → checked <see cref="Chronology"/>, restricted to the reference's year range.
/// Stages, in order: resolve (<see cref="ChronologyFileResolver"/>), read
/// (<see cref="ChronologyYamlReader"/>), check (<see cref="ChronologyOrderChecker"/>), select
/// (<see cref="ChronologyRangeFilter"/>). Problems go to the <see cref="DiagnosticBag"/>, with the
/// chronology file's line and column, or the front matter's for the reference itself.
/// </summary>
internal static class ChronologyLoader
{
    /// <summary>
    /// Loads the chronology <paramref name="reference"/> names. Returns null when there is nothing
    /// to set: the file is missing, is not YAML, is not a chronology, or the range selects nothing
    /// (each reported as an error). Otherwise returns the chronology, leaving out entries that lack
    /// a year or an event (also reported); order and date problems are reported but change nothing.
    /// </summary>
    /// <param name="reference">The front matter's <c>chronology:</c> value.</param>
    /// <param name="pamphletDir">The pamphlet's folder (<c>sources/&lt;slug&gt;</c>).</param>
    /// <param name="sourcesDir">The catalogue's sources folder, which holds <c>_chronologies/</c>.</param>
    /// <param name="parseInline">Markdown inline text → model inlines (for events and the note).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="frontMatterPath">The pamphlet source, for diagnostics about the reference.</param>
    public static Chronology? Load(ChronologyReference reference, string pamphletDir, string sourcesDir,
        Func<string, IReadOnlyList<Inline>> parseInline, DiagnosticBag diagnostics, string frontMatterPath)
    {
        var path = ChronologyFileResolver.Resolve(reference, pamphletDir, sourcesDir, diagnostics, frontMatterPath);
        if (path is null) return null;
        var chronology = LoadFile(path, parseInline, diagnostics);
        return chronology is null ? null : ChronologyRangeFilter.Apply(chronology, reference, diagnostics, frontMatterPath);
    }

    /// <summary>
    /// Reads and checks one chronology file, all its entries (as <c>publish check</c> would lint
    /// a shared chronology). Null when it cannot be read, is not a chronology, or has no usable
    /// entry (all reported).
    /// </summary>
    public static Chronology? LoadFile(string path, Func<string, IReadOnlyList<Inline>> parseInline, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.ChronologyFileMissing, path, 1, 1, $"chronology file cannot be read: {e.Message}");
            return null;
        }

        var draft = new ChronologyYamlReader(path, parseInline, diagnostics).Read(text);
        if (draft is null) return null;
        new ChronologyOrderChecker(diagnostics).Check(draft);
        // Every entry left out was reported; with none left there is nothing to set.
        return draft.Entries.Count == 0 ? null : draft.ToChronology();
    }
}
