using Publish.Model;

namespace Publish.Chronologies;

/// <summary>
/// A chronology as read from its YAML, before it is checked and filtered: the model's title,
/// note and entries, each entry with the positions of its fields so checks can point at them.
/// </summary>
/// <param name="Path">The chronology file, as diagnostics print it.</param>
/// <param name="Title">The appendix title ("Chronology" when the file gives none).</param>
/// <param name="Note">The note on dating, as inlines; null when absent.</param>
/// <param name="Entries">The entries that have both a year and an event, in file order.</param>
internal sealed record ChronologyDraft(
    string Path,
    string Title,
    IReadOnlyList<Inline>? Note,
    IReadOnlyList<ChronologyEntryDraft> Entries)
{
    /// <summary>The model chronology, with all the draft's entries.</summary>
    public Chronology ToChronology() => new(Title, Note, Entries.Select(e => e.Entry).ToList());
}

/// <summary>
/// One entry as read: the model entry (whose <see cref="ChronologyEntry.Span"/> is the entry's
/// position) plus the positions of its year and date values.
/// </summary>
/// <param name="Entry">The model entry.</param>
/// <param name="YearSpan">Where the year value is written.</param>
/// <param name="DateSpan">Where the date value is written (the entry's position when there is no date).</param>
internal sealed record ChronologyEntryDraft(ChronologyEntry Entry, SourceSpan YearSpan, SourceSpan DateSpan);
