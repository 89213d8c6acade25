namespace Publish.Typesetting.Text;

/// <summary>
/// Tuning of the line breakers. Defaults are plain TeX's (The TeXbook, appendix B), except
/// where a comment says otherwise. Lengths are points; set the em-based ones from the font size.
/// </summary>
internal sealed record LineBreakSettings
{
    /// <summary>plain TeX <c>\pretolerance</c>: badness allowed in the first pass, without hyphenation.</summary>
    public const double PlainTeXPreTolerance = 100;

    /// <summary>plain TeX <c>\tolerance</c>: badness allowed in the second pass, with hyphenation.</summary>
    public const double PlainTeXTolerance = 200;

    /// <summary>plain TeX <c>\linepenalty</c>: demerits added per line, so fewer lines are preferred.</summary>
    public const double PlainTeXLinePenalty = 10;

    /// <summary>plain TeX <c>\adjdemerits</c>: for visually incompatible neighbouring lines (fitness classes two apart).</summary>
    public const double PlainTeXAdjDemerits = 10000;

    /// <summary>plain TeX <c>\doublehyphendemerits</c>: for two hyphenated lines in a row.</summary>
    public const double PlainTeXDoubleHyphenDemerits = 10000;

    /// <summary>plain TeX <c>\finalhyphendemerits</c>: for a hyphen ending the second-to-last line.</summary>
    public const double PlainTeXFinalHyphenDemerits = 5000;

    /// <summary>
    /// Emergency stretch for the third pass: 3em at 10pt, the value LaTeX's <c>\sloppy</c> sets
    /// (plain TeX's is 0, i.e. no third pass).
    /// </summary>
    public const double DefaultEmergencyStretch = 30;

    /// <summary>Ragged-right stretch: plain TeX's <c>\raggedright</c> sets <c>\rightskip</c> to 0pt plus 2em (20pt at 10pt).</summary>
    public const double DefaultRaggedStretch = 20;

    /// <summary>
    /// Glyph expansion limit for justified text, as a share of a glyph's width: 0.02, microtype's
    /// default <c>stretch=20, shrink=20</c> (thousandths) for pdfTeX's font expansion (hz). Plain TeX has none.
    /// </summary>
    public const double MicrotypeGlyphExpansion = 0.02;

    /// <summary>Badness allowed in the first pass; negative skips the first pass, as in TeX.</summary>
    public double PreTolerance { get; init; } = PlainTeXPreTolerance;

    /// <summary>Badness allowed in the second and third passes.</summary>
    public double Tolerance { get; init; } = PlainTeXTolerance;

    /// <summary>Demerits base per line.</summary>
    public double LinePenalty { get; init; } = PlainTeXLinePenalty;

    /// <summary>Demerits for adjacent lines two or more fitness classes apart.</summary>
    public double AdjDemerits { get; init; } = PlainTeXAdjDemerits;

    /// <summary>Demerits for consecutive hyphenated lines.</summary>
    public double DoubleHyphenDemerits { get; init; } = PlainTeXDoubleHyphenDemerits;

    /// <summary>Demerits for a hyphenated second-to-last line.</summary>
    public double FinalHyphenDemerits { get; init; } = PlainTeXFinalHyphenDemerits;

    /// <summary>Extra stretch assumed per line in the third pass (points); 0 skips that pass.</summary>
    public double EmergencyStretch { get; init; } = DefaultEmergencyStretch;

    /// <summary>
    /// Justified text only: how much each word may widen or narrow (share of its width) to help
    /// justify a line. Word boxes then carry stretch and shrink of this share of their width,
    /// so the breaker counts it (as pdfTeX does with <c>\pdfadjustspacing=2</c>) and a line
    /// sets its words and its spaces with one adjustment ratio. 0 (plain TeX) turns it off.
    /// </summary>
    public double GlyphExpansion { get; init; }

    /// <summary>True: justified. False: ragged right, interword glue rigid and <see cref="RaggedStretch"/> at each line end.</summary>
    public bool Justify { get; init; } = true;

    /// <summary>Stretch at the end of each line in ragged-right mode (points).</summary>
    public double RaggedStretch { get; init; } = DefaultRaggedStretch;

    /// <summary>plain TeX's settings, justified.</summary>
    public static LineBreakSettings Default { get; } = new();
}
