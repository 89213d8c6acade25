using Publish.Chronologies;
using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Tests.Chronologies;

/// <summary>
/// A throwaway catalogue for chronology tests: <c>sources/</c> with one pamphlet folder and a
/// <c>_chronologies/</c> folder, deleted when the test ends.
/// </summary>
internal sealed class ChronologyTestFolder : IDisposable
{
    /// <summary>Where the front matter reference sits in the (imaginary) pamphlet.md.</summary>
    public static readonly SourceSpan ReferenceSpan = new(7, 14);

    public ChronologyTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "publish-chrono-" + Guid.NewGuid().ToString("N"));
        SourcesDir = Path.Combine(Root, "sources");
        PamphletDir = Path.Combine(SourcesDir, "test-pamphlet");
        Directory.CreateDirectory(PamphletDir);
        Directory.CreateDirectory(Path.Combine(SourcesDir, ChronologyFileResolver.SharedFolder));
    }

    public string Root { get; }
    public string SourcesDir { get; }
    public string PamphletDir { get; }
    public string FrontMatterPath => Path.Combine(PamphletDir, "pamphlet.md");
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Writes <c>chronology.yaml</c> (or another name) in the pamphlet folder; returns its path.</summary>
    public string WriteLocal(string yaml, string name = "chronology.yaml")
    {
        var path = Path.Combine(PamphletDir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>Writes a shared chronology <c>_chronologies/&lt;name&gt;.yaml</c>; returns its path.</summary>
    public string WriteShared(string name, string yaml)
    {
        var path = ChronologyFileResolver.SharedPath(SourcesDir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>Loads a reference the way the reader would, with a trivial inline parser.</summary>
    public Chronology? Load(string file, int? from = null, int? to = null) =>
        ChronologyLoader.Load(new ChronologyReference(file, from, to, ReferenceSpan), PamphletDir, SourcesDir,
            PlainInlines, Diagnostics, FrontMatterPath);

    /// <summary>The trivial inline parser tests use: the whole text as one <see cref="Text"/>.</summary>
    public static IReadOnlyList<Inline> PlainInlines(string s) => [new Text(s)];

    /// <summary>The single diagnostic reported, failing when there are none or several.</summary>
    public Diagnostic Single()
    {
        var items = Diagnostics.Items;
        Xunit.Assert.True(items.Count == 1, "expected one diagnostic, got: " + string.Join(" | ", items));
        return items[0];
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
