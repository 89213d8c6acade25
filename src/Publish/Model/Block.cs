namespace Publish.Model;

/// <summary>A block-level element of the text.</summary>
public abstract record Block
{
    public SourceSpan Span { get; init; } = SourceSpan.Start;
}

/// <summary>A heading. Level 1 is the top; <see cref="Id"/> is stable and unique in the document.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, string Id) : Block;

public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block;

public sealed record BlockQuote(IReadOnlyList<Block> Blocks) : Block;

/// <summary>A bulleted or numbered list; each item is a list of blocks.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<Block>> Items) : Block;

/// <summary>Preformatted text, set verbatim.</summary>
public sealed record CodeBlock(string Text) : Block;

/// <summary>A scene break or section rule.</summary>
public sealed record ThematicBreak : Block;

/// <summary>A standalone image with its description and optional caption.</summary>
public sealed record Figure(string Source, string Alt, IReadOnlyList<Inline> Caption) : Block;

public enum CellAlignment { None, Left, Centre, Right }

/// <summary>A simple table: one header row, then body rows; each cell holds inlines.</summary>
public sealed record Table(
    IReadOnlyList<CellAlignment> Alignments,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;
