using System.Text;

namespace Publish.Model;

/// <summary>An inline element of the text.</summary>
public abstract record Inline
{
    /// <summary>The text a reader would see, with notes and images left out.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines) Append(builder, inline);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case Text t: builder.Append(t.Value); break;
            case Code c: builder.Append(c.Value); break;
            case LineBreak: builder.Append(' '); break;
            case Container container:
                foreach (var child in container.Children) Append(builder, child);
                break;
        }
    }
}

/// <summary>Plain text. After the typography transform it holds curly quotes, dashes and ellipses.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Inline code or other verbatim text.</summary>
public sealed record Code(string Value) : Inline;

/// <summary>A forced line break.</summary>
public sealed record LineBreak : Inline;

/// <summary>An inline that wraps other inlines.</summary>
public abstract record Container(IReadOnlyList<Inline> Children) : Inline;

public sealed record Emphasis(IReadOnlyList<Inline> Children) : Container(Children);

public sealed record Strong(IReadOnlyList<Inline> Children) : Container(Children);

public sealed record Superscript(IReadOnlyList<Inline> Children) : Container(Children);

public sealed record Subscript(IReadOnlyList<Inline> Children) : Container(Children);

/// <summary>A hyperlink. Internal links start with '#' and name an element id.</summary>
public sealed record Link(string Url, string? Title, IReadOnlyList<Inline> Children) : Container(Children);

/// <summary>An image inside running text.</summary>
public sealed record Image(string Source, string Alt) : Inline;

/// <summary>
/// A reference to a note. <see cref="Label"/> is the source label ("1", "note-a");
/// the notes transform sets <see cref="Number"/> (as printed) and the ids.
/// </summary>
public sealed record NoteRef(string Label) : Inline
{
    public int Number { get; init; }
    /// <summary>The id of this reference (so the note can link back to it).</summary>
    public string RefId { get; init; } = "";
    /// <summary>The id of the note it points to.</summary>
    public string NoteId { get; init; } = "";
    public SourceSpan Span { get; init; } = SourceSpan.Start;
}
