using Publish.Diagnostics;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Styling;

/// <summary>
/// A series sets its theme and publisher once, in <c>sources/_series/&lt;series-slug&gt;.yaml</c>,
/// for every pamphlet that names the series; a pamphlet's own <c>theme:</c> still wins.
/// </summary>
public sealed class SeriesThemeTests : IDisposable
{
    private readonly TempFolder _temp = TestPaths.Temp();
    private readonly BuildServices _services;

    public SeriesThemeTests()
    {
        TestPaths.CopyDirectory(TestPaths.Styles, Path.Combine(_temp.Path, "styles"));
        var series = Path.Combine(_temp.Path, "sources", SeriesSettings.Folder);
        Directory.CreateDirectory(series);
        File.WriteAllText(Path.Combine(series, "red-books.yaml"), "name: Red Books\ntheme: zine\npublisher: Red Press\n");
        _services = new BuildServices(new Workspace(_temp.Path)) { SourceDateEpoch = "0" };
    }

    private (string Theme, double BodySize, string? Publisher) Load(string frontMatter)
    {
        var dir = _temp.Pamphlet("p" + Guid.NewGuid().ToString("N")[..8], $"---\ntitle: A Pamphlet\n{frontMatter}---\n\nText.\n");
        var bag = new DiagnosticBag();
        var loaded = PamphletLoader.Load(dir, _services, bag);
        Assert.True(loaded is not null, string.Join("\n", bag.Items));
        var (doc, theme) = loaded.Value;
        return (doc.Metadata.Theme, theme.BodySize, doc.Metadata.Publisher);
    }

    [Fact]
    public void Members_of_a_series_take_its_theme_and_publisher()
    {
        var member = Load("series: Red Books\n");
        var outsider = Load("");
        Assert.Equal("zine", member.Theme);
        Assert.Equal("Red Press", member.Publisher);
        Assert.Equal("default", outsider.Theme);
        Assert.NotEqual(outsider.BodySize, member.BodySize);
    }

    [Fact]
    public void A_pamphlets_own_theme_and_publisher_win_over_the_series()
    {
        var member = Load("series: Red Books\ntheme: duplicator\npublisher: Own Press\n");
        Assert.Equal("duplicator", member.Theme);
        Assert.Equal("Own Press", member.Publisher);
    }

    public void Dispose() => _temp.Dispose();
}
