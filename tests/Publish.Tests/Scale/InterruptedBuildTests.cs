using System.Diagnostics;
using System.IO.Compression;
using Publish.Diagnostics;
using Publish.Pipeline;
using Xunit;

namespace Publish.Tests.Scale;

/// <summary>
/// Faults during a build: an interrupted write, a build killed outright or stopped by SIGTERM, a
/// damaged manifest. Nothing half-written is ever left under an output's name, and the next
/// build recovers by itself.
/// </summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public void An_abandoned_write_leaves_neither_its_temporary_nor_the_output()
    {
        using var temp = Support.TestPaths.Temp();
        var path = Path.Combine(temp.Path, "out", "a.pdf");

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("%PDF-1.7 half"u8);
            Assert.Equal(1, AtomicFile.Abandon(temp.Path)); // what Ctrl-C does, mid-write
            stream.Write(" of a file"u8);
        }));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Abandoning_one_folder_leaves_writes_elsewhere_alone()
    {
        using var temp = Support.TestPaths.Temp();
        var path = Path.Combine(temp.Path, "b", "b.epub");
        Directory.CreateDirectory(Path.Combine(temp.Path, "a"));

        AtomicFile.Write(path, stream =>
        {
            stream.Write("PK"u8);
            Assert.Equal(0, AtomicFile.Abandon(Path.Combine(temp.Path, "a")));
        });

        Assert.Equal("PK", File.ReadAllText(path));
    }

    [Fact]
    public void After_a_kill_stale_temporaries_go_and_a_pamphlet_missing_an_output_is_rebuilt()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        // A kill -9 while alpha was being rewritten: its EPUB gone (never renamed back), a temporary
        // beside it; beta's folder also keeps a temporary from an earlier kill.
        File.Delete(catalogue.OutputFile("alpha", ".epub"));
        File.WriteAllText(catalogue.OutputFile("alpha", ".epub") + ".999.3.tmp", "PK half a zip");
        File.WriteAllText(catalogue.OutputFile("beta", ".pdf") + ".999.4.tmp", "%PDF half");

        var results = catalogue.Build();

        Assert.Equal(["alpha"], results.Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug));
        Assert.Empty(Directory.GetFiles(catalogue.Output, "*.tmp", SearchOption.AllDirectories));
        Assert.True(File.Exists(catalogue.OutputFile("alpha", ".epub")));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Fact]
    public void A_corrupt_manifest_is_ignored_with_a_warning_and_the_pamphlet_rebuilt()
    {
        using var catalogue = new ScaleCatalogue();
        catalogue.Build();
        File.WriteAllText(catalogue.Manifest("alpha"), "{ \"schema\": 1, \"key\": ");
        File.WriteAllBytes(catalogue.Manifest("beta"), [0xFF, 0x00, 0x13]);
        File.WriteAllText(catalogue.Manifest("gamma"), "{ \"schema\": 999 }"); // another version: not damage

        var results = catalogue.Build();

        foreach (var slug in new[] { "alpha", "beta" })
        {
            var warning = Assert.Single(results.Single(r => r.Slug == slug).Diagnostics, d => d.Code == Codes.ManifestCorrupt);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(catalogue.Manifest(slug), warning.Path);
        }
        Assert.DoesNotContain(results.Single(r => r.Slug == "gamma").Diagnostics, d => d.Code == Codes.ManifestCorrupt);
        Assert.Equal(ScaleCatalogue.Slugs.ToHashSet(), Rebuilt(results));
        Assert.All(results, r => Assert.False(r.Failed));
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("KILL")]
    public void A_build_process_stopped_mid_build_leaves_only_whole_files_and_the_next_build_recovers(string signal)
    {
        using var catalogue = new ScaleCatalogue();
        var dll = Path.Combine(AppContext.BaseDirectory, "publish.dll");
        Assert.True(File.Exists(dll), "publish.dll is copied beside the tests");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = catalogue.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "build", "-o", catalogue.Output, "--jobs", "1" }) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "1";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Stop it as soon as it is writing (or at once, should it finish first: the checks hold either way).
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline
               && !(Directory.Exists(catalogue.Output) && Directory.EnumerateFiles(catalogue.Output, "*.tmp", SearchOption.AllDirectories).Any()))
            Thread.Sleep(5);
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", $"-{signal} {process.Id}")!;
            kill.WaitForExit();
        }
        Assert.True(process.WaitForExit(60_000));

        if (Directory.Exists(catalogue.Output))
        {
            var files = Directory.GetFiles(catalogue.Output, "*", SearchOption.AllDirectories);
            if (signal == "TERM") Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
            foreach (var file in files.Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))) AssertWhole(file);
        }

        var results = catalogue.Build();
        Assert.Empty(Directory.GetFiles(catalogue.Output, "*.tmp", SearchOption.AllDirectories));
        foreach (var slug in ScaleCatalogue.Slugs)
        {
            Assert.NotNull(BuildManifest.TryRead(catalogue.Manifest(slug)));
            AssertWhole(catalogue.OutputFile(slug, ".epub"));
            AssertWhole(catalogue.OutputFile(slug, ".pdf"));
        }
        Assert.Empty(Rebuilt(catalogue.Build()));
    }

    /// <summary>A PDF from header to %%EOF, an EPUB that opens as a zip, a manifest that parses.</summary>
    private static void AssertWhole(string path)
    {
        var bytes = File.ReadAllBytes(path);
        switch (Path.GetExtension(path))
        {
            case ".pdf":
                Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(bytes, 0, 5));
                Assert.Contains("%%EOF", System.Text.Encoding.Latin1.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length)));
                break;
            case ".epub":
                using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
                    Assert.Equal("mimetype", zip.Entries[0].FullName);
                break;
            case ".json":
                Assert.NotNull(BuildManifest.TryRead(path));
                break;
        }
    }

    private static HashSet<string> Rebuilt(IEnumerable<PamphletResult> results) =>
        results.Where(r => !BuildCache.IsReused(r)).Select(r => r.Slug).ToHashSet();
}
