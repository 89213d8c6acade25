using Publish.Pipeline;
using Publish.Tests.Support;

namespace Publish.Tests.Catalogue;

/// <summary>Builds the real catalogue in sources/ once, into a temporary folder, for the tests that inspect it.</summary>
public sealed class CatalogueFixture : IDisposable
{
    private readonly TempFolder _temp = TestPaths.Temp();

    public string Output => _temp.Path;
    internal IReadOnlyList<PamphletResult> Results { get; }

    public CatalogueFixture()
    {
        var services = new BuildServices(new Workspace(TestPaths.Root)) { SourceDateEpoch = null };
        Results = new CatalogueBuilder(services).Build(services.Workspace.AllPamphlets(), Output, OutputFormat.All, 2);
    }

    public IEnumerable<string> Epubs => Results.Select(r => Path.Combine(Output, r.Slug, r.Slug + ".epub"));

    public void Dispose() => _temp.Dispose();
}
