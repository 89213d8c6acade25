using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pipeline;

/// <summary>A whole-catalogue build removes the outputs of pamphlets no longer in sources/, and nothing else.</summary>
public sealed class StaleOutputsTests
{
    [Fact]
    public void Folders_with_a_manifest_whose_pamphlet_is_gone_are_removed_and_nothing_else()
    {
        using var temp = TestPaths.Temp();
        var root = Path.Combine(temp.Path, "artifacts");
        void Folder(string name, bool manifest)
        {
            Directory.CreateDirectory(Path.Combine(root, name));
            File.WriteAllText(Path.Combine(root, name, name + ".epub"), "x");
            if (manifest) File.WriteAllText(Path.Combine(root, name, BuildCache.ManifestName), "{}");
        }
        Folder("kept", manifest: true);
        Folder("renamed-away", manifest: true);
        Folder("deleted", manifest: true);
        Folder("users-own-folder", manifest: false);
        File.WriteAllText(Path.Combine(root, "index.html"), "<html></html>");

        var removed = StaleOutputs.Prune(root, ["kept", "renamed-to"]);

        Assert.Equal(["deleted", "renamed-away"], removed);
        Assert.True(File.Exists(Path.Combine(root, "kept", "kept.epub")));
        Assert.True(File.Exists(Path.Combine(root, "users-own-folder", "users-own-folder.epub")));
        Assert.True(File.Exists(Path.Combine(root, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(root, "deleted")));
        Assert.False(Directory.Exists(Path.Combine(root, "renamed-away")));
    }

    [Fact]
    public void A_missing_output_folder_is_nothing_to_prune()
    {
        using var temp = TestPaths.Temp();
        Assert.Empty(StaleOutputs.Prune(Path.Combine(temp.Path, "nowhere"), ["a"]));
    }
}
