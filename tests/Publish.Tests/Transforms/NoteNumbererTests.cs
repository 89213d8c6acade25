using Publish.Diagnostics;
using Publish.Model;
using Publish.Reading;
using Publish.Tests.Support;
using Publish.Transforms;
using Xunit;

namespace Publish.Tests.Transforms;

/// <summary>Note numbering, ids and back references.</summary>
public sealed class NoteNumbererTests
{
    private static Document Transform(string text, DiagnosticBag? bag = null)
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("n", text);
        bag ??= new DiagnosticBag();
        return TransformPipeline.Run(PamphletReader.Read(dir, bag)!, bag, null);
    }

    private static IEnumerable<NoteRef> Refs(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Paragraph p => Flatten(p.Content),
        BlockQuote q => Refs(q.Blocks),
        _ => [],
    });

    private static IEnumerable<NoteRef> Flatten(IEnumerable<Inline> inlines) =>
        inlines.SelectMany(i => i is Container c ? Flatten(c.Children) : i is NoteRef r ? [r] : Array.Empty<NoteRef>());

    [Fact]
    public void Numbers_follow_first_reference_and_every_reference_links_back()
    {
        var doc = Transform("""
            ---
            title: T
            ---

            # One

            Second defined first.[^b] Then a.[^a] And b again.[^b]

            # Two

            A third.[^c]

            [^a]: Note a.
            [^b]: Note b.

                With a second paragraph that cites another.[^d]
            [^c]: Note c.
            [^d]: Note d.
            """);
        var refs = Refs(doc.AllBlocks).ToList();
        Assert.Equal([1, 2, 1, 3], refs.Select(r => r.Number));
        Assert.Equal(["note-1", "note-2", "note-3", "note-4"], doc.Notes.Select(n => n.Id));
        Assert.Equal(["b", "a", "c", "d"], doc.Notes.Select(n => n.Label));
        Assert.Equal(["ref-1", "ref-1-2"], doc.Notes[0].RefIds);
        Assert.Equal(2, doc.Notes[0].Blocks.Count);
        Assert.Equal(4, Refs(doc.Notes[0].Blocks).Single().Number);
        Assert.Equal("two", doc.Notes[2].SectionId);
    }

    [Fact]
    public void Chapter_endnotes_restart_per_section_with_unique_ids()
    {
        var doc = Transform("""
            ---
            title: T
            notes: chapter-endnotes
            ---

            # One

            A.[^a] B.[^b]

            # Two

            C.[^c]

            [^a]: a
            [^b]: b
            [^c]: c
            """);
        Assert.Equal([1, 2, 1], doc.Notes.Select(n => n.Number));
        Assert.Equal(doc.Notes.Count, doc.Notes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(["one", "one", "two"], doc.Notes.Select(n => n.SectionId));
    }

    [Fact]
    public void Heading_ids_are_slugs_and_unique()
    {
        var doc = Transform("---\ntitle: T\n---\n\n# The Trade Unions\n\nA.\n\n# The Trade Unions\n\nB.\n\n# Révolution! 1917\n\nC.\n");
        Assert.Equal(["the-trade-unions", "the-trade-unions-2", "revolution-1917"], doc.Sections.Select(s => s.Id));
    }

    [Fact]
    public void Identifier_is_a_stable_uuid_from_the_slug()
    {
        var a = Transform("---\ntitle: T\n---\n\nA.\n");
        var b = Transform("---\ntitle: Other\n---\n\nB.\n");
        Assert.StartsWith("urn:uuid:", a.Metadata.Identifier);
        Assert.Equal(a.Metadata.Identifier, b.Metadata.Identifier); // both slugs are "n"
        Assert.Equal('5', a.Metadata.Identifier["urn:uuid:".Length + 14]);
    }

    [Fact]
    public void Modified_comes_from_source_date_epoch_or_the_date()
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("m", "---\ntitle: T\ndate: 1921\n---\n\nA.\n");
        var doc = PamphletReader.Read(dir, new DiagnosticBag())!;
        Assert.Equal("1921-01-01T00:00:00Z", TransformPipeline.Run(doc, new DiagnosticBag(), null).Metadata.Modified);
        Assert.Equal("2023-11-14T22:13:20Z", TransformPipeline.Run(doc, new DiagnosticBag(), "1700000000").Metadata.Modified);
    }

    [Fact]
    public void Adjacent_references_keep_both_notes()
    {
        var bag = new DiagnosticBag();
        var doc = Transform("---\ntitle: T\n---\n\nTwo sources.[^1][^2]\n\n[^1]: One.\n[^2]: Two.\n", bag);
        Assert.Equal([1, 2], Refs(doc.AllBlocks).Select(r => r.Number));
        Assert.Empty(bag.Items);
    }
}
