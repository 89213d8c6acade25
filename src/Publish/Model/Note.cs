namespace Publish.Model;

/// <summary>
/// A note's text. <see cref="RefIds"/> lists every reference pointing at it, in reading order,
/// so writers can link back to each. <see cref="SectionId"/> is the section of its first
/// reference (used to group chapter endnotes).
/// </summary>
public sealed record Note(string Label, int Number, string Id, IReadOnlyList<Block> Blocks) 
{
    public IReadOnlyList<string> RefIds { get; init; } = [];
    public string SectionId { get; init; } = "";
    public SourceSpan Span { get; init; } = SourceSpan.Start;
}
