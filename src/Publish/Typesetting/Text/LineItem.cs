namespace Publish.Typesetting.Text;

/// <summary>The three kinds of material in Knuth and Plass's paragraph model.</summary>
internal enum LineItemKind : byte
{
    /// <summary>Fixed-width material (a word or part of one); never a break.</summary>
    Box,

    /// <summary>Elastic space; a legal break when it follows a box; vanishes at a break.</summary>
    Glue,

    /// <summary>A possible break with a cost; its width appears only if the line breaks there (a hyphen).</summary>
    Penalty,
}

/// <summary>
/// One item of a paragraph for the line breakers: boxes, glue and penalties (Knuth and Plass,
/// "Breaking Paragraphs into Lines", 1981). All lengths are in points. Construct with the
/// factory methods.
/// </summary>
/// <param name="Kind">Box, glue or penalty.</param>
/// <param name="Width">Natural width; for a penalty, the width added when breaking there.</param>
/// <param name="Stretch">Glue: how much it may grow at adjustment ratio 1.</param>
/// <param name="Shrink">Glue: how much it may shrink at ratio −1 (never more).</param>
/// <param name="FilStretch">Glue: stretch of infinite order (TeX's <c>fil</c>); wins over any finite stretch.</param>
/// <param name="Cost">Penalty: the cost of breaking here; ≥ <see cref="Infinite"/> forbids, ≤ <see cref="Forced"/> forces.</param>
/// <param name="Flagged">Penalty: a hyphen break (consecutive flagged breaks cost extra demerits).</param>
/// <param name="Hyphenation">Penalty: inserted by automatic hyphenation (not used in the first pass).</param>
/// <param name="Payload">Box: the caller's index of what the box stands for (a glyph run, a syllable…).</param>
internal readonly record struct LineItem(
    LineItemKind Kind,
    double Width,
    double Stretch,
    double Shrink,
    double FilStretch,
    double Cost,
    bool Flagged,
    bool Hyphenation,
    int Payload)
{
    /// <summary>TeX's <c>inf_penalty</c> (10000): a penalty this high never breaks.</summary>
    public const double Infinite = 10000;

    /// <summary>TeX's <c>eject_penalty</c> (−10000): a penalty this low always breaks.</summary>
    public const double Forced = -Infinite;

    /// <summary>A box of <paramref name="width"/> standing for the caller's item <paramref name="payload"/>.</summary>
    public static LineItem Box(double width, int payload = -1) => new(LineItemKind.Box, width, 0, 0, 0, 0, false, false, payload);

    /// <summary>
    /// A box that may widen by <paramref name="stretch"/> or narrow by <paramref name="shrink"/>
    /// at adjustment ratio ±1 (glyph expansion); it is still never a break.
    /// </summary>
    public static LineItem ElasticBox(double width, int payload, double stretch, double shrink) =>
        new(LineItemKind.Box, width, stretch, shrink, 0, 0, false, false, payload);

    /// <summary>Finite glue.</summary>
    public static LineItem Glue(double width, double stretch, double shrink) =>
        new(LineItemKind.Glue, width, stretch, shrink, 0, 0, false, false, -1);

    /// <summary>Glue with infinite stretch, as TeX's <c>\parfillskip</c> (0pt plus 1fil).</summary>
    public static LineItem FilGlue(double width = 0) => new(LineItemKind.Glue, width, 0, 0, 1, 0, false, false, -1);

    /// <summary>A penalty: break cost, width if broken here, and whether it is a hyphen break.</summary>
    public static LineItem Penalty(double width, double cost, bool flagged = false) =>
        new(LineItemKind.Penalty, width, 0, 0, 0, cost, flagged, false, -1);

    /// <summary>A hyphenation point found by the hyphenator: flagged, with the hyphen's width.</summary>
    public static LineItem Hyphen(double hyphenWidth, double cost) =>
        new(LineItemKind.Penalty, hyphenWidth, 0, 0, 0, cost, true, true, -1);

    /// <summary>True for a box.</summary>
    public bool IsBox => Kind == LineItemKind.Box;

    /// <summary>True for glue.</summary>
    public bool IsGlue => Kind == LineItemKind.Glue;

    /// <summary>True for a penalty that forces a break.</summary>
    public bool IsForcedBreak => Kind == LineItemKind.Penalty && Cost <= Forced;
}
