using Publish.Typesetting.Composition;

namespace Publish.Typesetting.Pagination;

/// <summary>A paragraph waiting to be set (<see cref="TypesetContext.Defer"/>); its lines once set.</summary>
internal sealed class DeferredParagraph(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, int sourceLine, int problemIndex)
{
    public IReadOnlyList<StyledSpan> Spans { get; } = spans;
    public ParagraphFormat Format { get; } = format;
    public int SourceLine { get; } = sourceLine;
    /// <summary>Where in the context's problems this paragraph's go.</summary>
    public int ProblemIndex { get; } = problemIndex;
    public List<LayoutProblem> Problems { get; } = [];
    public List<SetLine> Lines
    {
        get => field ?? throw new InvalidOperationException("the paragraph has not been set yet");
        set;
    }
}
