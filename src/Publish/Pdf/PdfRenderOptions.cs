namespace Publish.Pdf;

/// <summary>
/// What the PDF backend writes besides the pages: document information, language, dates
/// (taken from the source, so the same input gives the same bytes) and the print set-up.
/// </summary>
internal sealed record PdfRenderOptions
{
    /// <summary>Document title (Info and XMP).</summary>
    public string Title { get; init; } = "";

    /// <summary>Author line (Info); empty for none.</summary>
    public string Author { get; init; } = "";

    /// <summary>Subject or description (Info); empty for none.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Comma-separated keywords (Info); empty for none.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>BCP 47 language tag written to the catalogue's /Lang ("en-GB"); empty for none.</summary>
    public string Language { get; init; } = "";

    /// <summary>Creation date; fixed by the caller (source date or SOURCE_DATE_EPOCH) for reproducible files.</summary>
    public DateTimeOffset CreationDate { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Modification date; defaults to the creation date.</summary>
    public DateTimeOffset? ModificationDate { get; init; }

    /// <summary>Deflate the pages' content on several cores (the build has cores to spare).</summary>
    public bool Parallel { get; init; }

    /// <summary>
    /// Print output: no link annotations; every page gets TrimBox = the frame page,
    /// BleedBox = trim + <see cref="Bleed"/>, MediaBox = bleed box + <see cref="MarksMargin"/>.
    /// </summary>
    public bool PrintMode { get; init; }

    /// <summary>Bleed on every side in points (print mode only).</summary>
    public double Bleed { get; init; }

    /// <summary>
    /// Room outside the bleed for crop and fold marks, on every side, in points (print mode
    /// only; 0 for the interior, whose MediaBox is then the BleedBox).
    /// </summary>
    public double MarksMargin { get; init; }

    /// <summary>
    /// Tagged PDF. Not implemented: frames carry no roles (heading, paragraph, running head), and
    /// the writer has no structure tree to put them in, so requesting
    /// it throws <see cref="NotSupportedException"/> rather than writing a half-tagged file.
    /// </summary>
    public bool Tagged { get; init; }
}
