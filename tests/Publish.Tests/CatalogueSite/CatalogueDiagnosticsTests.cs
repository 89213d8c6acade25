using System.Xml.Linq;
using Publish.Catalogue;
using Publish.Diagnostics;
using Publish.Model;
using Xunit;

namespace Publish.Tests.CatalogueSite;

/// <summary>One test per catalogue diagnostic: each problem is a warning and the catalogue is still written.</summary>
public sealed class CatalogueDiagnosticsTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly CatalogueSample _sample = new();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void Missing_file_is_PUB8001_and_not_linked()
    {
        var entries = _sample.Entries.ToList();
        var first = entries[0];
        entries[0] = first with
        {
            Files = [.. first.Files, new CatalogueFile("epub", "nowhere/gone.epub", 10, "application/epub+zip"),
                new CatalogueFile("pdf", "../outside.pdf", 10, "application/pdf")],
            CoverPng = "nowhere/cover.png",
        };
        var diagnostics = new DiagnosticBag();
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output, diagnostics);

        var codes = diagnostics.Items.Select(d => (d.Code.Id, d.Severity)).ToList();
        Assert.Equal(3, codes.Count(c => c == ("PUB8001", Severity.Warning)));
        var page = File.ReadAllText(_sample.IndexPath);
        Assert.DoesNotContain("gone.epub", page);
        Assert.DoesNotContain("outside.pdf", page);
        Assert.DoesNotContain("nowhere/cover.png", page);
        Assert.Contains("for-workers-power/for-workers-power.epub", page);
    }

    [Fact]
    public void Duplicate_identifier_is_PUB8002_and_listed_once_in_the_feed()
    {
        var entries = _sample.Entries.ToList();
        entries[2] = entries[2] with { Metadata = entries[2].Metadata with { Identifier = entries[1].Metadata.Identifier } };
        var diagnostics = new DiagnosticBag();
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output, diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB8002", warning.Code.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        var ids = XDocument.Load(_sample.FeedPath).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(3, new CataloguePage(_sample.IndexPath).All("article").Count()); // the page still lists all three
    }

    [Fact]
    public void Entry_without_epub_or_pdf_is_PUB8003_and_left_out_of_the_feed()
    {
        var entries = _sample.Entries.ToList();
        entries[1] = entries[1] with { Files = entries[1].Files.Where(f => f.Format is "print" or "booklet").ToList() };
        var diagnostics = new DiagnosticBag();
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output, diagnostics);

        Assert.Equal("PUB8003", Assert.Single(diagnostics.Items).Code.Id);
        var titles = XDocument.Load(_sample.FeedPath).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        Assert.DoesNotContain(titles, t => t.StartsWith("The Workers' Opposition", StringComparison.Ordinal));
        Assert.Contains("workers-opposition-print.pdf", File.ReadAllText(_sample.IndexPath));
    }

    [Fact]
    public void Sample_catalogue_has_no_diagnostics()
    {
        var diagnostics = new DiagnosticBag();
        CatalogueWriter.Write(_sample.Entries, CatalogueSample.Options, _sample.Output, diagnostics);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Control_characters_in_metadata_do_not_break_the_xml()
    {
        var entries = _sample.Entries.ToList();
        entries[0] = entries[0] with { Metadata = entries[0].Metadata with { Title = "Bad\u0001 title\u000B", Description = "Line\r\nbreak\u0007" } };
        CatalogueWriter.Write(entries, CatalogueSample.Options, _sample.Output);
        Assert.NotNull(XDocument.Load(_sample.FeedPath));
        Assert.Contains("Bad title", File.ReadAllText(_sample.IndexPath));
        Assert.NotNull(new CataloguePage(_sample.IndexPath).Document);
    }
}
