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

    /// <summary>Sets one paragraph now. Paragraphs are set one after another: they share line-placing buffers.</summary>
    public List<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, int sourceLine) =>
        Set(spans, format, sourceLine, _placing, Problems);

    /// <summary>
    /// Whether <see cref="SetDeferred"/> may set paragraphs on more than one core (a pamphlet
    /// built while no other waits for a core). The lines are the same either way.
    /// </summary>
    public bool Parallel { get; init; }

    private readonly List<DeferredParagraph> _deferred = [];

    /// <summary>
    /// A paragraph to be set later, by <see cref="SetDeferred"/>, with any others deferred
    /// before it: a paragraph's lines depend only on its text and format, so paragraphs can be
    /// set at once on several cores. Its problems are reported where <see cref="Set"/> would have.
    /// </summary>
    public DeferredParagraph Defer(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, int sourceLine)
    {
        var paragraph = new DeferredParagraph(spans, format, sourceLine, Problems.Count);
        _deferred.Add(paragraph);
        return paragraph;
    }

    /// <summary>Sets every deferred paragraph, on the spare cores when <see cref="Parallel"/> allows.</summary>
    public void SetDeferred()
    {
        var batch = SetAll([.. _deferred]);
        _deferred.Clear();
        // Each paragraph's problems go where they would have been reported had it been set when deferred.
        for (int i = batch.Count - 1; i >= 0; i--) Problems.InsertRange(batch[i].ProblemIndex, batch[i].Problems);
    }

    /// <summary>
    /// Sets paragraphs ahead of need, at once when <see cref="Parallel"/> allows, for a caller
    /// that will ask for them one by one (<see cref="Take"/>) and may then ask differently.
    /// </summary>
    public IReadOnlyList<DeferredParagraph> Prepare(IEnumerable<(IReadOnlyList<StyledSpan> Spans, ParagraphFormat Format, int SourceLine)> paragraphs) =>
        Parallel ? SetAll(paragraphs.Select(p => new DeferredParagraph(p.Spans, p.Format, p.SourceLine, 0)).ToList()) : [];

    /// <summary>
    /// The lines of <paramref name="prepared"/> if it was prepared with this format, its problems
    /// reported now as <see cref="Set"/> would; else null, for the caller to set the paragraph.
    /// </summary>
    public List<SetLine>? Take(DeferredParagraph? prepared, ParagraphFormat format, int sourceLine)
    {
        if (prepared is null || prepared.Format != format || prepared.SourceLine != sourceLine) return null;
        Problems.AddRange(prepared.Problems);
        return [.. prepared.Lines];
    }

    private List<DeferredParagraph> SetAll(List<DeferredParagraph> batch)
    {
        if (Parallel && batch.Count > 1)
        {
            var failures = new System.Runtime.ExceptionServices.ExceptionDispatchInfo?[batch.Count];
            System.Threading.Tasks.Parallel.For(0, batch.Count, () => new LinePlacer.Scratch(), (i, _, placing) =>
            {
                try { SetOne(batch[i], placing); }
                catch (Exception e) { failures[i] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
                return placing;
            }, _ => { });
            // What setting them one after another would have thrown: the first paragraph's failure, as it was.
            foreach (var failure in failures) failure?.Throw();
        }
        else
            foreach (var paragraph in batch) SetOne(paragraph, _placing);
        return batch;
    }

    private void SetOne(DeferredParagraph paragraph, LinePlacer.Scratch placing) =>
        paragraph.Lines = Set(paragraph.Spans, paragraph.Format, paragraph.SourceLine, placing, paragraph.Problems);

    private List<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, int sourceLine, LinePlacer.Scratch placing, List<LayoutProblem> problems)
    {
        var setter = new ParagraphSetter(Fonts, Hyphenator, format.Align == Alignment.Justify ? Breaker : RaggedBreaker, placing);
        var lines = setter.Set(spans, format);
        foreach (var cp in setter.MissingCodePoints)
            problems.Add(new LayoutProblem(sourceLine, $"character U+{cp:X4} '{char.ConvertFromUtf32(cp)}' is in none of the fonts; it prints as a box", Missing: true));
        foreach (var line in lines.Where(l => l.Overfull))
            problems.Add(new LayoutProblem(sourceLine, $"line overfull by {line.Width - line.Measure:0.0} pt: {Text(line)}"));
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
