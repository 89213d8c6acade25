using Publish.Diagnostics;
using Publish.Pipeline;
using Xunit;

namespace Publish.Tests.Scale;

/// <summary>
/// The incremental cache: unchanged pamphlets are reused (their outputs untouched), and exactly
/// the pamphlets whose inputs changed — source, theme, output, manifest, settings — are rebuilt.
/// </summary>
public sealed class BuildCacheTests
{
    private static HashSet<string> Rebuilt(IReadOnlyList<PamphletResult> results) =>
        results.Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug).ToHashSet();

    [Fact]
    public void First_build_builds_everything_and_writes_a_manifest_per_pamphlet()
    {
        using var catalogue = new ScaleCatalogue();
        var results = catalogue.Build();
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(results));
        foreach (var slug in ScaleCatalogue.Slugs)
        {
            var manifest = BuildManifest.TryRead(catalogue.Manifest(slug));
            Assert.NotNull(manifest);
            Assert.Equal(slug, manifest.Slug);
            Assert.Equal([slug + ".pdf", slug + ".epub"], manifest.Outputs.Select(o => o.File).Order().Reverse());
            Assert.Contains("pamphlet/pamphlet.md", manifest.Inputs.Keys);
            Assert.NotNull(manifest.Metadata);
        }
    }

    [Fact]
    public void Second_build_reuses_every_pamphlet_and_leaves_outputs_untouched()
    {
        using var catalogue = new ScaleCatalogue();
        var first = catalogue.Build();
        var times = catalogue.OutputTimes();
        var manifests = ScaleCatalogue.Slugs.ToDictionary(s => s, s => File.ReadAllBytes(catalogue.Manifest(s)));

        var second = catalogue.Build();

        Assert.Empty(Rebuilt(second));
        Assert.Equal(times, catalogue.OutputTimes());
        foreach (var (before, after) in first.Zip(second))
        {
            Assert.Equal(before.Slug, after.Slug);
            Assert.Equal(before.Outputs.Order(), after.Outputs.Order());
            Assert.Equal(BuildManifestJson.ToUtf8Bytes(new BuildManifest { Metadata = before.Metadata }), BuildManifestJson.ToUtf8Bytes(new BuildManifest { Metadata = after.Metadata }));
            Assert.Equal(before.Metadata!.Title, after.Metadata!.Title);
            Assert.Equal(before.Metadata.Identifier, after.Metadata.Identifier);
            Assert.Equal(before.Trim, after.Trim);
            Assert.False(after.Failed);
            var note = Assert.Single(after.Diagnostics);
            Assert.Equal(Severity.Note, note.Severity);
            Assert.Equal(BuildCache.ReusedCode, note.Code);
            Assert.Equal(manifests[after.Slug], File.ReadAllBytes(catalogue.Manifest(after.Slug)));
        }
        Assert.Equal("A6", second.Single(r => r.Slug == "beta").Trim);
    }

    [Fact]
    public void Editing_one_source_rebuilds_only_that_pamphlet()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        catalogue.AgeOutputs();
        File.AppendAllText(catalogue.Source("gamma"), "\nA new closing paragraph about the strike fund.\n");

        var results = catalogue.Build();

        Assert.Equal(["gamma"], Rebuilt(results));
        Assert.All(catalogue.OutputTimes(), kv => Assert.Equal(Path.GetFileName(Path.GetDirectoryName(kv.Key)) == "gamma",
            kv.Value != ScaleCatalogue.Ancient));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Touching_a_source_without_changing_it_rebuilds_nothing()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.SetLastWriteTimeUtc(catalogue.Source("alpha"), DateTime.UtcNow.AddHours(1));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Adding_a_file_to_a_pamphlet_folder_rebuilds_it()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.WriteAllText(Path.Combine(catalogue.Sources, "alpha", "chronology.yaml"), "title: Chronology\nentries: []\n");
        Assert.Equal(["alpha"], Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Changing_a_theme_rebuilds_only_the_pamphlets_that_use_it()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        var zine = Path.Combine(catalogue.Root, "styles", "zine.yaml");
        File.WriteAllText(zine, File.ReadAllText(zine).Replace("size: 11pt", "size: 11.5pt"));

        Assert.Equal(["beta"], Rebuilt(catalogue.Build()));

        // default.yaml is extended by zine.yaml: changing it rebuilds everything.
        var theme = Path.Combine(catalogue.Root, "styles", "default.yaml");
        File.AppendAllText(theme, "\n# a comment is still a change to the file\n");
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Changing_a_font_the_theme_names_rebuilds_only_its_pamphlets()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        // Only the zine theme names NotoSans-CondensedBold.ttf: append a byte (the font still parses).
        using (var font = File.Open(Path.Combine(catalogue.Root, "styles", "fonts", "NotoSans-CondensedBold.ttf"), FileMode.Append))
            font.WriteByte(0);
        Assert.Equal(["beta"], Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Deleting_an_output_rebuilds_that_pamphlet()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.Delete(catalogue.OutputFile("alpha", ".pdf"));

        Assert.Equal(["alpha"], Rebuilt(catalogue.Build()));
        Assert.True(File.Exists(catalogue.OutputFile("alpha", ".pdf")));
    }

    [Fact]
    public void An_altered_output_rebuilds_but_a_merely_touched_one_does_not()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.SetLastWriteTimeUtc(catalogue.OutputFile("alpha", ".epub"), ScaleCatalogue.Ancient);
        var epub = catalogue.OutputFile("beta", ".epub");
        var bytes = File.ReadAllBytes(epub);
        bytes[^1] ^= 0xFF; // same size, different content
        File.WriteAllBytes(epub, bytes);

        Assert.Equal(["beta"], Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void A_missing_or_corrupt_manifest_rebuilds()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.Delete(catalogue.Manifest("alpha"));
        File.WriteAllText(catalogue.Manifest("beta"), "{ \"schema\": 1, \"key\": ");
        File.WriteAllText(catalogue.Manifest("gamma"), "[]");

        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(catalogue.Build()));
        Assert.All(ScaleCatalogue.Slugs, s => Assert.NotNull(BuildManifest.TryRead(catalogue.Manifest(s))));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void A_build_killed_mid_rebuild_leaves_nothing_to_reuse()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        // What a kill during alpha's rebuild leaves: the manifest already gone (it is deleted
        // before building), a temporary file never renamed, older outputs still in place.
        File.Delete(catalogue.Manifest("alpha"));
        var stray = catalogue.OutputFile("alpha", ".pdf") + ".4242.7.tmp";
        File.WriteAllText(stray, "half a PDF");

        Assert.Equal(["alpha"], Rebuilt(catalogue.Build()));
        Assert.False(File.Exists(stray));
        Assert.Empty(Directory.GetFiles(catalogue.Output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void No_cache_rebuilds_everything_and_still_writes_manifests()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(catalogue.Build(useCache: false)));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void Other_formats_or_source_date_rebuild()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(catalogue.Build(formats: OutputFormat.Epub)));
        Assert.Empty(Rebuilt(catalogue.Build(formats: OutputFormat.Epub)));
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(catalogue.Build(formats: OutputFormat.Epub, sourceDateEpoch: "1700000000")));
    }

    [Fact]
    public void Adding_cover_art_rebuilds_that_pamphlet()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        Directory.CreateDirectory(Path.Combine(catalogue.Root, "covers"));
        File.WriteAllBytes(Path.Combine(catalogue.Root, "covers", "gamma.png"), Support.TestPng.Grey(60, 90));
        Assert.Equal(["gamma"], Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void A_failed_build_leaves_no_manifest_and_is_retried()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.WriteAllText(catalogue.Source("alpha"), "---\ntitle: Broken\n---\n\nA note[^x] with no definition.\n");
        var services = new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null };
        var results = new CatalogueBuilder(services).Build(catalogue.Dirs, catalogue.Output, ScaleCatalogue.Formats, 1);

        Assert.True(results.Single(r => r.Slug == "alpha").Failed);
        Assert.False(File.Exists(catalogue.Manifest("alpha")));
        Assert.Equal(["beta", "gamma"], results.Where(BuildCache.IsReused).Select(r => r.Slug));
        Assert.True(new CatalogueBuilder(services).Build(catalogue.Dirs, catalogue.Output, ScaleCatalogue.Formats, 1)
            .Single(r => r.Slug == "alpha").Failed);
    }

    [Fact]
    public void Cache_key_is_stable_and_names_every_kind_of_input()
    {
        using var catalogue = new ScaleCatalogue();
        var services = new BuildServices(new Workspace(catalogue.Root)) { SourceDateEpoch = null };
        var beta = Path.Combine(catalogue.Sources, "beta");
        var key = CacheKey.Compute(beta, ScaleCatalogue.Formats, services, new FileHasher());
        Assert.NotNull(key);
        Assert.Equal(key.Digest, CacheKey.Compute(beta, ScaleCatalogue.Formats, services, new FileHasher())!.Digest);
        Assert.Contains("styles/zine.yaml", key.Inputs.Keys);
        Assert.Contains("styles/default.yaml", key.Inputs.Keys);
        Assert.Contains("styles/fonts/NotoSans-CondensedBold.ttf", key.Inputs.Keys);
        Assert.Contains("styles/hyphenation/hyph_en_GB.dic", key.Inputs.Keys);
        Assert.Contains("styles/base.css", key.Inputs.Keys);
        Assert.Equal(CacheKey.Absent, key.Inputs["cover-art"]);
        Assert.Contains("publish:mvid", key.Inputs.Keys);
        Assert.DoesNotContain("styles/duplicator.yaml", key.Inputs.Keys);

        var alpha = CacheKey.Compute(Path.Combine(catalogue.Sources, "alpha"), ScaleCatalogue.Formats, services, new FileHasher())!;
        Assert.DoesNotContain("styles/zine.yaml", alpha.Inputs.Keys);
        Assert.DoesNotContain("styles/fonts/NotoSans-CondensedBold.ttf", alpha.Inputs.Keys);
    }
}
