using Publish.Diagnostics;
using Publish.Model;
using Publish.Pipeline;
using Publish.Styling;
using Publish.Tests.Support;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pagination;
using Xunit;

namespace Publish.Tests.Layout;

/// <summary>One pamphlet of the real catalogue, loaded and typeset into pages of frames.</summary>
internal sealed record LaidOutPamphlet(string Slug, string Directory, Document Document, Theme Theme, LayoutResult Layout)
{
    public IReadOnlyList<Page> Pages => Layout.Pages;
}

/// <summary>
/// Every pamphlet in sources/, typeset once per test run (frames only, no PDF), shared by the
/// frame tests. Building the whole catalogue into PDFs is <see cref="Catalogue.CatalogueFixture"/>'s job.
/// </summary>
internal static class CatalogueLayouts
{
    private static readonly BuildServices Services = new(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };
    private static readonly Dictionary<string, Lazy<LaidOutPamphlet>> Cache =
        Slugs().ToDictionary(s => s, s => new Lazy<LaidOutPamphlet>(() => Load(s), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>The pamphlet folders in sources/ (folders starting with '_' hold shared data).</summary>
    public static IEnumerable<string> Slugs() =>
        Directory.EnumerateDirectories(TestPaths.Sources)
            .Where(d => !Path.GetFileName(d).StartsWith('_') && File.Exists(Path.Combine(d, "pamphlet.md")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    /// <summary>Theory data: one row per pamphlet.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var slug in Slugs()) data.Add(slug);
        return data;
    }

    public static LaidOutPamphlet Get(string slug) => Cache[slug].Value;

    private static LaidOutPamphlet Load(string slug)
    {
        var dir = Path.Combine(TestPaths.Sources, slug);
        var bag = new DiagnosticBag();
        var loaded = PamphletLoader.Load(dir, Services, bag)
            ?? throw new InvalidOperationException($"{slug} did not load: " + string.Join("; ", bag.Items.Select(d => d.ToString())));
        var layout = Typesetter.Typeset(loaded.Document, loaded.Theme, Services.Typesetting, dir);
        return new LaidOutPamphlet(slug, dir, loaded.Document, loaded.Theme, layout);
    }
}
