using Publish.Styling;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Pagination;
using Publish.Typesetting.Text;

namespace Publish.Pipeline;

/// <summary>
/// What every pamphlet of a build shares, loaded once and used read-only from parallel jobs:
/// the workspace, themes, fonts, hyphenation patterns, and the source date that makes outputs
/// reproducible.
/// </summary>
internal sealed class BuildServices
{
    private readonly Lazy<TypesetServices> _typesetting;

    public BuildServices(Workspace workspace)
    {
        Workspace = workspace;
        Themes = new ThemeLoader(workspace.Styles);
        _typesetting = new(() => new TypesetServices(
            FontLibrary.Default(Path.Combine(workspace.Styles, "fonts")),
            HyphenatorSet.Load(Path.Combine(workspace.Styles, "hyphenation")),
            Version), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Workspace Workspace { get; }
    public ThemeLoader Themes { get; }
    public TypesetServices Typesetting => _typesetting.Value;
    /// <summary>SOURCE_DATE_EPOCH from the environment (reproducible-builds.org), if set.</summary>
    public string? SourceDateEpoch { get; init; } = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
    /// <summary>A theme that replaces every pamphlet's own (<c>--theme</c>), to preview a catalogue in another series style.</summary>
    public string? ThemeOverride { get; init; }
    /// <summary>
    /// The build may use more than one core (<c>--jobs</c> above 1). A pamphlet then uses the
    /// cores no other pamphlet is waiting for (see <see cref="CatalogueBuilder"/>): it draws the
    /// cover while the text is set, readies PDF writing and typesetting beside it, writes its
    /// outputs (screen PDF, print and booklet, EPUB, covers) at once and deflates pages on
    /// several cores. At <c>--jobs 1</c> everything runs on one thread, one step after another.
    /// </summary>
    public bool ParallelOutputs { get; init; }

    /// <summary>Whether one pamphlet's work is spread over cores: the build may use several and none is waiting for another pamphlet.</summary>
    public bool ParallelWithin(bool spareCores) => ParallelOutputs && spareCores;
    public string Version { get; } = typeof(BuildServices).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
    /// <summary>The front matter of every pamphlet in <paramref name="folder"/> (a catalogue), read once per build.</summary>
    public SeriesCatalogue Catalogue(string folder) =>
        _catalogues.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<SeriesCatalogue>(() => SeriesCatalogue.Load(Workspace, f),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SeriesCatalogue>> _catalogues = new(StringComparer.Ordinal);

    public string BaseCss => _baseCss ??= File.ReadAllText(Path.Combine(Workspace.Styles, "base.css"));
    private string? _baseCss;
}
