using Publish.Pipeline;
using Xunit;

namespace Publish.Tests.Scale;

/// <summary>
/// The no-change fast path (<see cref="InputStamps"/>): with inputs old enough to be trusted by
/// size and write time, a rebuild proves them unchanged without parsing or hashing; any edit,
/// added file, new cover art or other setting sends it to the full cache key.
/// </summary>
public sealed class StampFastPathTests
{
    private static (ScaleCatalogue Catalogue, BuildCache Cache) AgedAndBuilt()
    {
        var catalogue = new ScaleCatalogue();
        Age(catalogue.Root);
        catalogue.Build();
        var services = new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null };
        return (catalogue, new BuildCache(services, catalogue.Output, ScaleCatalogue.Formats));
    }

    /// <summary>Every file under the workspace's sources/ and styles/ written long ago.</summary>
    private static void Age(string root)
    {
        foreach (var folder in new[] { "sources", "styles", "covers" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                File.SetLastWriteTimeUtc(file, ScaleCatalogue.Ancient);
    }

    [Fact]
    public void Old_unchanged_inputs_are_proved_unchanged_by_their_stamps()
    {
        var (catalogue, cache) = AgedAndBuilt();
        using (catalogue)
        {
            foreach (var slug in ScaleCatalogue.Slugs)
            {
                var manifest = BuildManifest.TryRead(catalogue.Manifest(slug))!;
                Assert.Contains("pamphlet/pamphlet.md", manifest.Stamps!.Keys);
                Assert.Contains("styles/default.yaml", manifest.Stamps!.Keys);
            }
            Assert.All(catalogue.Dirs, dir => Assert.True(cache.InputsUnchangedByStamps(dir)));
            Assert.All(catalogue.Build(), r => Assert.True(BuildCache.IsReused(r)));
        }
    }

    /// <summary>
    /// A print edition shows the catalogue's other titles (the back-list): unchanged, the stamps
    /// still prove the pamphlet unchanged; another pamphlet retitled, they do not, and exactly the
    /// pamphlets whose back-list shows it are rebuilt.
    /// </summary>
    [Fact]
    public void A_print_edition_with_a_back_list_takes_the_fast_path_until_another_title_changes()
    {
        const OutputFormat print = OutputFormat.Print;
        using var catalogue = new ScaleCatalogue();
        Age(catalogue.Root);
        catalogue.Build(formats: print);
        var cache = new BuildCache(new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null }, catalogue.Output, print);
        Assert.Contains(CacheKey.BacklistInput, BuildManifest.TryRead(catalogue.Manifest("alpha"))!.Inputs.Keys);
        Assert.All(catalogue.Dirs, dir => Assert.True(cache.InputsUnchangedByStamps(dir)));

        catalogue.Write("gamma", "Gamma Renamed", "");
        File.SetLastWriteTimeUtc(catalogue.Source("gamma"), ScaleCatalogue.Ancient.AddDays(1));
        var fresh = new BuildCache(new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null }, catalogue.Output, print);
        Assert.False(fresh.InputsUnchangedByStamps(Path.Combine(catalogue.Sources, "alpha")));
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), catalogue.Build(formats: print).Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug).ToHashSet());
    }

    [Fact]
    public void An_edited_source_fails_the_stamps_of_its_pamphlet_only_and_is_rebuilt()
    {
        var (catalogue, cache) = AgedAndBuilt();
        using (catalogue)
        {
            catalogue.Write("alpha", "Alpha Pamphlet", "", "A new paragraph.");
            File.SetLastWriteTimeUtc(catalogue.Source("alpha"), ScaleCatalogue.Ancient.AddDays(1));

            Assert.False(cache.InputsUnchangedByStamps(Path.Combine(catalogue.Sources, "alpha")));
            Assert.True(cache.InputsUnchangedByStamps(Path.Combine(catalogue.Sources, "beta")));
            Assert.Equal(["alpha"], catalogue.Build().Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug));
        }
    }

    [Fact]
    public void A_theme_edit_new_file_or_new_cover_art_fails_the_stamps()
    {
        var (catalogue, cache) = AgedAndBuilt();
        using (catalogue)
        {
            File.AppendAllText(Path.Combine(catalogue.Root, "styles", "zine.yaml"), "\n# edited\n");
            File.WriteAllText(Path.Combine(catalogue.Sources, "alpha", "notes.txt"), "an extra file");
            Directory.CreateDirectory(Path.Combine(catalogue.Root, "covers"));
            File.WriteAllBytes(Path.Combine(catalogue.Root, "covers", "gamma.png"), Publish.Covers.PngEncoder.Encode(60, 90, new byte[60 * 90 * 3]));
            Age(catalogue.Root);

            Assert.All(catalogue.Dirs, dir => Assert.False(cache.InputsUnchangedByStamps(dir)));
            Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), catalogue.Build().Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug).ToHashSet());
        }
    }

    [Fact]
    public void Other_settings_fail_the_stamps()
    {
        var (catalogue, _) = AgedAndBuilt();
        using (catalogue)
        {
            var services = new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null };
            var epubOnly = new BuildCache(services, catalogue.Output, OutputFormat.Epub);
            var otherDate = new BuildCache(new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = "1700000000" }, catalogue.Output, ScaleCatalogue.Formats);
            Assert.All(catalogue.Dirs, dir => Assert.False(epubOnly.InputsUnchangedByStamps(dir)));
            Assert.All(catalogue.Dirs, dir => Assert.False(otherDate.InputsUnchangedByStamps(dir)));
        }
    }

    [Fact]
    public void A_just_written_input_is_not_trusted_by_its_stamp()
    {
        using var catalogue = new ScaleCatalogue(); // sources written a moment ago
        catalogue.Build();
        var manifest = BuildManifest.TryRead(catalogue.Manifest("alpha"))!;
        Assert.DoesNotContain("pamphlet/pamphlet.md", manifest.Stamps!.Keys);
        var cache = new BuildCache(new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null }, catalogue.Output, ScaleCatalogue.Formats);
        Assert.False(cache.InputsUnchangedByStamps(Path.Combine(catalogue.Sources, "alpha")));
        Assert.Empty(catalogue.Build().Where(r => !BuildCache.IsReused(r))); // the full key still says: unchanged
    }
}
