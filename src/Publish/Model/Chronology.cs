namespace Publish.Model;

/// <summary>A chronology appendix: a title, a note on dating, and events in year order.</summary>
public sealed record Chronology(string Title, IReadOnlyList<Inline>? Note, IReadOnlyList<ChronologyEntry> Entries);

/// <summary>
/// One dated event. <see cref="Date"/> is free text within the year ("Early September");
/// <see cref="SeeAlso"/> optionally names a section id of the text.
/// </summary>
public sealed record ChronologyEntry(int Year, string? Date, IReadOnlyList<Inline> Event, string? SeeAlso = null)
{
    public SourceSpan Span { get; init; } = SourceSpan.Start;
}
