using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pipeline;

/// <summary>
/// With spare cores (<c>--jobs</c> above 1, and no other pamphlet waiting for a core) a pamphlet's
/// cover is drawn while its text is set and its output families are written at once. That must
/// change nothing: the same files, byte for byte, in the same order, with the same diagnostics,
/// as one after the other.
/// </summary>
public sealed class ParallelOutputsTests
{
    [Fact]
    public void Writing_outputs_at_once_gives_the_same_bytes_and_diagnostics_as_one_after_another()
    {
        using var temp = TestPaths.Temp();
        var workspace = new Workspace(TestPaths.Root);
        var pamphlets = workspace.AllPamphlets().Where(d => Path.GetFileName(d) is "for-workers-power" or "chile-1973-revolutionary-party").ToList();
        Assert.Equal(2, pamphlets.Count);

        IReadOnlyList<PamphletResult> Build(bool parallel, string output)
        {
            var services = new BuildServices(workspace) { SourceDateEpoch = null, ParallelOutputs = parallel };
            // One pamphlet a build: none waits, so each has the spare cores.
            return pamphlets.Select(p => new CatalogueBuilder(services) { UseCache = false }
                .Build([p], Path.Combine(temp.Path, output), OutputFormat.All, 2).Single()).ToList();
        }

        var oneByOne = Build(parallel: false, "sequential");
        var atOnce = Build(parallel: true, "parallel");

        for (int i = 0; i < pamphlets.Count; i++)
        {
            Assert.False(atOnce[i].Failed);
            Assert.Equal(6, atOnce[i].Outputs.Count);
            Assert.Equal(oneByOne[i].Outputs.Select(Path.GetFileName), atOnce[i].Outputs.Select(Path.GetFileName));
            Assert.Equal(oneByOne[i].Diagnostics.Select(d => d.ToString()), atOnce[i].Diagnostics.Select(d => d.ToString()));
            foreach (var (a, b) in oneByOne[i].Outputs.Zip(atOnce[i].Outputs))
                Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{Path.GetFileName(a)} differs");
        }
    }
}
