namespace Publish.Model;

/// <summary>How notes are numbered and where they are set.</summary>
public enum NotesMode
{
    /// <summary>One endnotes section, numbered continuously through the pamphlet.</summary>
    Endnotes,
    /// <summary>Endnotes grouped by chapter, numbering restarting in each.</summary>
    ChapterEndnotes,
    /// <summary>Notes at the foot of their page in the PDF (endnotes in the EPUB).</summary>
    Footnotes,
}

/// <summary>A person credited on the pamphlet, with a MARC relator role (aut, trl, edt).</summary>
public sealed record Contributor(string Name, string Role);

/// <summary>Where the text was taken from.</summary>
public sealed record SourceReference(string? Title, string? Url);

/// <summary>The cover design chosen in the front matter.</summary>
public sealed record CoverSpec(string? Template, string? Colour, string? Image);

/// <summary>A reference to a chronology: a file and an optional range of years.</summary>
public sealed record ChronologyReference(string File, int? From, int? To, SourceSpan Span);

/// <summary>The front matter of a pamphlet, validated and normalised.</summary>
public sealed record Metadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<Contributor> Contributors { get; init; } = [];
    public string? Date { get; init; }
    public string? Edition { get; init; }
    public string? Publisher { get; init; }
    public string? Series { get; init; }
    public string? SeriesNumber { get; init; }
    /// <summary>BCP 47 language tag; drives hyphenation and quotes.</summary>
    public string Lang { get; init; } = "en-GB";
    public string? Rights { get; init; }
    public SourceReference? Source { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    /// <summary>The theme named in the front matter; empty when the series or the default decides.</summary>
    public string Theme { get; init; } = "";
    /// <summary>The publication identifier: given in the front matter, or a UUID from the slug.</summary>
    public string Identifier { get; init; } = "";
    /// <summary>ISO 8601 modification timestamp (from SOURCE_DATE_EPOCH or the source's date).</summary>
    public string Modified { get; init; } = "2000-01-01T00:00:00Z";
    public CoverSpec? Cover { get; init; }
    public ChronologyReference? ChronologyRef { get; init; }
    public NotesMode Notes { get; init; } = NotesMode.Endnotes;

    public IEnumerable<string> Authors => Contributors.Where(c => c.Role == "aut").Select(c => c.Name);
    public string? AuthorLine => Authors.Any() ? string.Join(" and ", Authors) : null;
}
