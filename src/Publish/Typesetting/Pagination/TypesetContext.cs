using Publish.Styling;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// What composing one pamphlet needs: the theme, fonts, hyphenator and line breaker, the type
/// area, and a place to report problems (missing glyphs, overfull lines) with their source line.
/// </summary>
internal sealed class TypesetContext(Theme theme, FontSelector fonts, Hyphenator? hyphenator, ILineBreaker breaker, ILineBreaker raggedBreaker)
{
    private int _group;

    public Theme Theme { get; } = theme;
    public FontSelector Fonts { get; } = fonts;
    public Hyphenator? Hyphenator { get; } = hyphenator;
    public ILineBreaker Breaker { get; } = breaker;
    /// <summary>The breaker for ragged, centred and right-aligned text (rigid spaces, stretch at the line ends).</summary>
    public ILineBreaker RaggedBreaker { get; } = raggedBreaker;
    public List<LayoutProblem> Problems { get; } = [];
    /// <summary>The pamphlet folder, against which image paths resolve.</summary>
    public string PamphletDir { get; init; } = "";

    public double Measure => Theme.Page.Width - Theme.Page.Inner - Theme.Page.Outer;
    public double Leading => Theme.Leading;
    /// <summary>Type area height, rounded down to whole lines so baselines sit on the grid.</summary>
    public double AreaHeight => Math.Floor(TextHeight / Leading) * Leading;
    /// <summary>The type area's full height, from the margins: the last baseline of a page may sit this far down.</summary>
    public double TextHeight => Theme.Page.Height - Theme.Page.Top - Theme.Page.Bottom;

    private readonly LinePlacer.Scratch _placing = new();

    public int NextGroup() => ++_group;

    public TextStyle Body => new(FontRole.Body, false, false, Theme.BodySize, Theme.TextColour);
    public TextStyle NoteText => new(FontRole.Notes, false, false, Theme.NoteSize, Theme.TextColour);

    /// <summary>Distance from the top of a line box to its baseline, for a line of this leading and size.</summary>
    public static double AscentIn(double leading, double size) => (leading + size * BaselineShare) / 2;

    /// <summary>Share of the size above the baseline that centres a line of lower-case text in its box.</summary>
    private const double BaselineShare = 0.72;

    /// <summary>Sets one paragraph. Paragraphs are set one after another: they share line-placing buffers.</summary>
    public List<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, int sourceLine)
    {
        var setter = new ParagraphSetter(Fonts, Hyphenator, format.Align == Alignment.Justify ? Breaker : RaggedBreaker, _placing);
        var lines = setter.Set(spans, format);
        foreach (var cp in setter.MissingCodePoints)
            Problems.Add(new LayoutProblem(sourceLine, $"character U+{cp:X4} '{char.ConvertFromUtf32(cp)}' is in none of the fonts; it prints as a box", Missing: true));
        foreach (var line in lines.Where(l => l.Overfull))
            Problems.Add(new LayoutProblem(sourceLine, $"line overfull by {line.Width - line.Measure:0.0} pt: {Text(line)}"));
        return lines;
    }

    private static string Text(SetLine line) => string.Concat(line.Items.OfType<GlyphRun>().Select(r => r.Text + " ")).Trim();
}

/// <summary>
/// A problem found while setting text, with the source line it came from. <see cref="Code"/>
/// names its diagnostic when it is neither a missing glyph nor an overfull line.
/// </summary>
internal sealed record LayoutProblem(int Line, string Message, bool Missing = false)
{
    public Diagnostics.DiagnosticCode? Code { get; init; }
}
