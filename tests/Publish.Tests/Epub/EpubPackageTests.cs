using System.Buffers.Binary;
using System.IO.Compression;
using Publish.Epub;
using Xunit;

namespace Publish.Tests.Epub;

/// <summary>The OCF container: mimetype first and stored, fixed order, deterministic bytes.</summary>
public sealed class EpubPackageTests
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_without_extra_field()
    {
        var epub = EpubFixture.Build();
        Assert.Equal("PK\u0003\u0004", System.Text.Encoding.ASCII.GetString(epub, 0, 4));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(epub.AsSpan(8)));    // method: stored
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(epub.AsSpan(6)) & 8); // no data descriptor
        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(epub.AsSpan(26));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(epub.AsSpan(28)));   // no extra field
        Assert.Equal("mimetype", System.Text.Encoding.ASCII.GetString(epub, 30, nameLength));
        Assert.Equal("application/epub+zip", System.Text.Encoding.ASCII.GetString(epub, 30 + nameLength, 20));
    }

    [Fact]
    public void Entries_come_in_a_fixed_order()
    {
        var names = EpubFixture.Entries(EpubFixture.Build()).Select(e => e.Name).ToList();
        Assert.Equal(
        [
            "mimetype", "META-INF/container.xml", "OEBPS/content.opf",
            "OEBPS/cover.xhtml", "OEBPS/titlepage.xhtml", "OEBPS/nav.xhtml",
            "OEBPS/introduction.xhtml", "OEBPS/the-struggle.xhtml", "OEBPS/chronology.xhtml", "OEBPS/notes.xhtml",
            "OEBPS/colophon.xhtml", "OEBPS/toc.ncx", "OEBPS/book.css", "OEBPS/images/cover.png", "OEBPS/images/diagram.png",
        ], names);
    }

    [Fact]
    public void Two_writes_give_identical_bytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        EpubWriter.Write(EpubFixture.Document(), EpubFixture.Theme, EpubFixture.Options(), first);
        EpubWriter.Write(EpubFixture.Document(), EpubFixture.Theme, EpubFixture.Options(), second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Every_entry_carries_the_modification_date()
    {
        using var zip = new ZipArchive(new MemoryStream(EpubFixture.Build()), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2024, 5, 1, 12, 0, 0), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Identifier_is_derived_from_the_slug_when_missing()
    {
        var doc = EpubFixture.Document();
        doc = doc with { Metadata = doc.Metadata with { Identifier = "" } };
        var id = EpubIdentifier.For(doc);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        Assert.Equal(id, EpubIdentifier.For(doc));
        Assert.NotEqual(id, EpubIdentifier.For(doc with { Slug = "other" }));
    }

    [Fact]
    public void Name_based_uuid_matches_rfc_4122_example()
    {
        // The DNS namespace example from RFC 9562 (appendix A.4): "www.example.com".
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), Publish.Model.NameBasedUuid.Version5(dns, "www.example.com"));
    }
}
