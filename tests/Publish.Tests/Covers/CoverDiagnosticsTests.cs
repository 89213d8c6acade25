using Publish.Covers;
using Publish.Diagnostics;
using Publish.Model;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>One test per cover diagnostic code (PUB6301–6305; 6304 is in <see cref="CoverArtTests"/>).</summary>
public sealed class CoverDiagnosticsTests
{
    [Fact]
    public void UnknownTemplateWarnsAndFallsBackToBand()
    {
        var bag = new DiagnosticBag();
        var meta = CoverFixture.ForWorkersPower with { Cover = new CoverSpec("poster", null, null) };
        var page = CoverDesigner.Front(meta, CoverFixture.Theme(), CoverFixture.Fonts, null, bag);
        Assert.Contains(bag.Items, d => d.Code == Codes.CoverTemplateUnknown && d.Severity == Severity.Warning);
        Assert.Equal(Publish.Typesetting.Frames.Colour.White, page.Items.OfType<Publish.Typesetting.Frames.FilledRect>().First().Colour);
    }

    [Fact]
    public void BadColourWarns()
    {
        var bag = new DiagnosticBag();
        var meta = CoverFixture.ForWorkersPower with { Cover = new CoverSpec(null, "crimson", null) };
        CoverDesigner.Front(meta, CoverFixture.Theme(), CoverFixture.Fonts, null, bag);
        Assert.Contains(bag.Items, d => d.Code == Codes.CoverColourInvalid);
    }

    [Fact]
    public void MissingNamedArtWarns()
    {
        using var temp = TestPaths.Temp();
        var bag = new DiagnosticBag();
        var meta = CoverFixture.ForWorkersPower with { Cover = new CoverSpec(null, null, "covers/nowhere.jpg") };
        Assert.Null(CoverArt.Find(meta, "for-workers-power", Path.Combine(temp.Path, "covers"), temp.Path, bag));
        Assert.Contains(bag.Items, d => d.Code == Codes.CoverArtMissing);
    }

    [Fact]
    public void TitleTooLongForTheBandWarns()
    {
        var bag = new DiagnosticBag();
        var title = string.Join(" ", Enumerable.Repeat("Workers’ councils and the self-management of production", 6));
        var meta = CoverFixture.ForWorkersPower with { Title = title };
        CoverDesigner.Front(meta, CoverFixture.Theme(), CoverFixture.Fonts, null, bag);
        Assert.Contains(bag.Items, d => d.Code == Codes.CoverTitleTooLong);
    }
}
