namespace Publish.Import;

/// <summary>What a block of cleaned OCR text is.</summary>
internal enum OcrBlockKind { Paragraph, Heading, ListItem, Byline }

/// <summary>A paragraph, heading or list item built from OCR lines; <see cref="Line"/> is its first raw line.</summary>
internal sealed class OcrBlock(OcrBlockKind kind, string text, int line) : IHasText
{
    public OcrBlockKind Kind { get; set; } = kind;
    public string Text { get; set; } = text;
    public int Line { get; } = line;
    public int Level { get; set; }
    /// <summary>The first line of the block was indented (a page start) or followed a cut.</summary>
    public bool StartsAfterBreak { get; init; }

    public override string ToString() => $"{Kind}@{Line}: {Text}";
}

/// <summary>Anything whose text the note linker and the word repairs rewrite in place.</summary>
internal interface IHasText
{
    string Text { get; set; }
}
