namespace Publish.Import;

/// <summary>
/// What a cleaner hands to <see cref="PamphletWriter"/>: front matter, Markdown blocks in reading
/// order (headings, paragraphs, lists, quotes; no note definitions), the notes by label, and the
/// chronology when one was found.
/// </summary>
internal sealed class ImportedPamphlet
{
    public FrontMatter Meta { get; } = new();
    public List<string> Blocks { get; } = [];
    public List<ImportedNote> Notes { get; } = [];
    public ImportedChronology? Chronology { get; set; }
}

/// <summary>A note's text (inline Markdown, paragraphs separated by blank lines) under the label its references use.</summary>
internal sealed record ImportedNote(string Label, string Text);

/// <summary>A chronology found in the raw text, before it is written as YAML.</summary>
internal sealed record ImportedChronology(string Title, string? Note, IReadOnlyList<ImportedChronologyEntry> Entries);

/// <summary>One dated event: the year, free-text date within it, and the event as inline Markdown.</summary>
internal sealed record ImportedChronologyEntry(int Year, string? Date, string Event);

/// <summary>The front matter fields an import can fill, written in this order by <see cref="FrontMatterWriter"/>.</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public List<string> Authors { get; } = [];
    public string? Translator { get; set; }
    public string? Editor { get; set; }
    public string? Date { get; set; }
    public string? Publisher { get; set; }
    public string? Series { get; set; }
    public string? SeriesNumber { get; set; }
    public string? Lang { get; set; }
    public string? Rights { get; set; }
    public string? SourceTitle { get; set; }
    public string? SourceUrl { get; set; }
    public string? Description { get; set; }
    public List<string> Subjects { get; } = [];
    public string? Chronology { get; set; }
}
