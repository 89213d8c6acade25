namespace Publish.Pdf;

/// <summary>How <see cref="BookletImposer"/> lays the interior out on A4 sheets.</summary>
internal sealed record BookletOptions
{
    /// <summary>Paper thickness in points for creep compensation; 0 turns it off (≈ 0.1 mm = 0.28 pt for 80 g/m²).</summary>
    public double PaperThickness { get; init; }

    /// <summary>Draw a fold mark and trim marks (hairlines outside the trim area).</summary>
    public bool Marks { get; init; }

    /// <summary>Creation date written to the booklet (from the source, for reproducible files).</summary>
    public DateTimeOffset CreationDate { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Document title (Info).</summary>
    public string Title { get; init; } = "";
}
