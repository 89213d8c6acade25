using System.Xml.Linq;
using Publish.Cli;
using Publish.Pipeline;
using Xunit;

namespace Publish.Tests.Scale;

/// <summary><c>--shard K/N</c> slices the catalogue deterministically; <c>publish catalogue</c> merges the slices.</summary>
public sealed class ShardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_together_hold_every_pamphlet_exactly_once(int count)
    {
        var dirs = Enumerable.Range(0, 200).Select(i => Path.Combine("sources", $"pamphlet-{i:000}")).ToList();
        var slices = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(dirs)).ToList();
        var all = slices.SelectMany(s => s).ToList();
        Assert.Equal(dirs.Count, all.Count);
        Assert.Equal(dirs.ToHashSet(), all.ToHashSet());
        foreach (var slice in slices) Assert.Equal(dirs.Where(slice.Contains), slice); // order kept
        if (count > 1) Assert.All(slices, s => Assert.NotEmpty(s));
    }

    [Fact]
    public void A_pamphlet_stays_in_its_shard_when_others_are_added()
    {
        var before = Enumerable.Range(0, 50).Select(i => $"p{i}").ToDictionary(s => s, s => Shard.Of(s, 4));
        var after = Enumerable.Range(0, 80).Select(i => $"p{i}").ToDictionary(s => s, s => Shard.Of(s, 4));
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 3 / 3 ", 3, 3)]
    public void Good_specs_parse(string text, int k, int n)
    {
        Assert.True(Shard.TryParse(text, out var shard, out _));
        Assert.Equal(new Shard(k, n), shard);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("+1/2")]
    public void Bad_specs_are_rejected(string text)
    {
        Assert.False(Shard.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error);
    }
}

/// <summary>The command line: shard builds, bad shard specs, <c>--no-cache</c>, and <c>publish catalogue</c>.</summary>
[Collection("working directory")]
public sealed class ShardCommandLineTests
{
    private static (int Exit, string Out, string Err) Run(string root, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            int exit = PublishCommandLine.Run(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }
        finally { Directory.SetCurrentDirectory(previous); }
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("x")]
    public void Bad_shard_spec_is_usage_exit_2(string spec)
    {
        using var catalogue = new ScaleCatalogue();
        var (exit, _, err) = Run(catalogue.Root, "build", "--shard", spec, "--formats", "epub");
        Assert.Equal(2, exit);
        Assert.StartsWith("publish: error PUB9001: ", err);
        Assert.False(Directory.Exists(catalogue.Output));
    }

    [Fact]
    public void Two_shard_builds_then_catalogue_list_every_pamphlet()
    {
        using var catalogue = new ScaleCatalogue();
        var built = new List<string>();
        foreach (var spec in new[] { "1/2", "2/2" })
        {
            var (exit, _, err) = Run(catalogue.Root, "build", "--shard", spec, "--formats", "epub", "-j", "1");
            Assert.True(exit == 0, err);
            Assert.False(File.Exists(Path.Combine(catalogue.Output, "index.html")), "a shard build writes no catalogue");
        }
        foreach (var slug in ScaleCatalogue.Slugs)
        {
            Assert.True(File.Exists(catalogue.OutputFile(slug, ".epub")), slug);
            Assert.NotNull(BuildManifest.TryRead(catalogue.Manifest(slug)));
        }

        var (code, output, error) = Run(catalogue.Root, "catalogue", "-o", "artifacts");
        Assert.True(code == 0, error);
        Assert.Contains("3 pamphlets", output);
        var html = File.ReadAllText(Path.Combine(catalogue.Output, "index.html"));
        var feed = XDocument.Load(Path.Combine(catalogue.Output, "catalog.opds.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Descendants(atom + "entry").Select(e => (string?)e.Element(atom + "title")).ToList();
        foreach (var title in new[] { "Alpha Pamphlet", "Beta Pamphlet", "Gamma Pamphlet" })
        {
            Assert.Contains(title, html);
            Assert.Single(titles, t => t == title);
        }
        Assert.Contains("alpha/alpha.epub", html);
    }

    [Fact]
    public void Second_cli_build_reports_reuse_and_no_cache_rebuilds()
    {
        using var catalogue = new ScaleCatalogue();
        Assert.Equal(0, Run(catalogue.Root, "build", "--formats", "epub").Exit);
        var (exit, output, err) = Run(catalogue.Root, "build", "--formats", "epub");
        Assert.Equal(0, exit);
        Assert.Contains("3 of 3 pamphlets up to date", output);
        Assert.DoesNotContain("PUB9101", err);
        Assert.True(File.Exists(Path.Combine(catalogue.Output, "index.html")));

        (exit, output, _) = Run(catalogue.Root, "build", "--formats", "epub", "--no-cache");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("up to date", output);
    }

    [Fact]
    public void Catalogue_skips_a_pamphlet_whose_output_is_gone_and_fails()
    {
        using var catalogue = new ScaleCatalogue();
        Assert.Equal(0, Run(catalogue.Root, "build", "--formats", "epub").Exit);
        File.Delete(catalogue.OutputFile("beta", ".epub"));
        File.Delete(Path.Combine(catalogue.Output, "index.html"));

        var (exit, _, err) = Run(catalogue.Root, "catalogue");
        Assert.Equal(1, exit);
        Assert.Contains("PUB9102", err);
        var html = File.ReadAllText(Path.Combine(catalogue.Output, "index.html"));
        Assert.Contains("Alpha Pamphlet", html);
        Assert.DoesNotContain("Beta Pamphlet", html);
    }

    [Fact]
    public void Catalogue_without_builds_is_usage()
    {
        using var catalogue = new ScaleCatalogue();
        Assert.Equal(2, Run(catalogue.Root, "catalogue", "-o", "nowhere").Exit);
        Directory.CreateDirectory(catalogue.Output);
        var (exit, _, err) = Run(catalogue.Root, "catalogue");
        Assert.Equal(2, exit);
        Assert.StartsWith("publish: error PUB9001: ", err);
    }
}
