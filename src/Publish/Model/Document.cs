namespace Publish.Model;

/// <summary>
/// One pamphlet as the pipeline sees it: metadata, the text split into sections, the notes
/// and an optional chronology. Readers produce it, transforms refine it, writers project it.
/// </summary>
public sealed record Document(
    string Slug,
    string SourcePath,
    Metadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Note> Notes,
    Chronology? Chronology = null)
{
    /// <summary>All blocks of all sections, in reading order.</summary>
    public IEnumerable<Block> AllBlocks => Sections.SelectMany(s => s.Blocks);
}

/// <summary>
/// A top-level division of the text: one XHTML file in the EPUB, a new recto-or-verso opening
/// in the PDF. <see cref="Heading"/> is null for text that comes before the first heading.
/// </summary>
public sealed record Section(string Id, Heading? Heading, IReadOnlyList<Block> Blocks)
{
    /// <summary>The plain title, or null for an untitled opening section.</summary>
    public string? Title => Heading is null ? null : Inline.PlainText(Heading.Content);
}

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct SourceSpan(int Line, int Column)
{
    public static readonly SourceSpan Start = new(1, 1);
    public override string ToString() => $"{Line}:{Column}";
}
