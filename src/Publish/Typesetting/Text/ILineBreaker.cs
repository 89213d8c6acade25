namespace Publish.Typesetting.Text;

/// <summary>
/// Stage "break lines": paragraph items + line measures → lines. Implementations never look
/// at fonts; widths are points. They have no side effects and may be called from any thread.
/// </summary>
internal interface ILineBreaker
{
    /// <summary>The tuning the breaker uses (the caller builds items to match, e.g. glyph expansion).</summary>
    LineBreakSettings Settings { get; }

    /// <summary>Breaks <paramref name="items"/> into lines of the widths given by <paramref name="widths"/>.</summary>
    BreakResult Break(IReadOnlyList<LineItem> items, LineWidths widths);
}
