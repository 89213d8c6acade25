using Publish.Typesetting.Frames;

namespace Publish.Styling;

/// <summary>
/// A resolved theme: every length in points, every colour parsed. One theme drives the EPUB's
/// CSS and the PDF typesetter, so a series looks the same in both formats.
/// </summary>
public sealed record Theme
{
    public required string Name { get; init; }
    /// <summary>The theme file this came from (for diagnostics), or empty for built-ins.</summary>
    public string Path { get; init; } = "";

    public PageStyle Page { get; init; } = new();
    public FontFamily Body { get; init; } = FontFamily.Charis;
    public FontFamily Headings { get; init; } = FontFamily.Charis;
    public FontFamily Notes { get; init; } = FontFamily.Charis;
    public FontFamily Cover { get; init; } = FontFamily.Charis;

    public double BodySize { get; init; } = 10.5;
    public double Leading { get; init; } = 14;
    public double NoteSize { get; init; } = 8.5;
    public double NoteLeading { get; init; } = 11;
    /// <summary>First-line indent of paragraphs that follow another paragraph.</summary>
    public double ParagraphIndent { get; init; } = 12;
    /// <summary>Extra space between paragraphs (0 for indented book style).</summary>
    public double ParagraphSpacing { get; init; }
    public bool Justify { get; init; } = true;
    public bool Hyphenate { get; init; } = true;
    /// <summary>When false, words starting with a capital are never hyphenated.</summary>
    public bool HyphenateCapitalised { get; init; }

    public IReadOnlyList<HeadingStyle> HeadingLevels { get; init; } =
    [
        new(Size: 18, SpaceBefore: 36, SpaceAfter: 18, Bold: false, Italic: false, SmallCaps: false, Align: "left"),
        new(Size: 13, SpaceBefore: 18, SpaceAfter: 8, Bold: true, Italic: false, SmallCaps: false, Align: "left"),
        new(Size: 11, SpaceBefore: 14, SpaceAfter: 6, Bold: false, Italic: true, SmallCaps: false, Align: "left"),
    ];

    public Colour TextColour { get; init; } = Colour.Black;
    public Colour HeadingColour { get; init; } = Colour.Black;
    public Colour AccentColour { get; init; } = new(0xb3, 0x26, 0x1e);
    public Colour LinkColour { get; init; } = new(0x1a, 0x4d, 0x8f);

    public bool RunningHeads { get; init; } = true;
    /// <summary>
    /// How top-level sections open in the PDF: on a new page with a sink above the title
    /// (<see cref="SectionOpening.NewPage"/>), or run on after the previous section with the
    /// heading's space above (<see cref="SectionOpening.RunOn"/>). Theme key <c>sections</c>.
    /// </summary>
    public SectionOpening Sections { get; init; } = SectionOpening.NewPage;
    public string CoverTemplate { get; init; } = "band";
    public Colour CoverColour { get; init; } = new(0xb3, 0x26, 0x1e);
    /// <summary>Paper thickness for booklet creep compensation (0 = none).</summary>
    public double PaperThickness { get; init; }
    /// <summary>What fills the pages that pad the print interior to whole sheets.</summary>
    public PrintPadding Padding { get; init; }
    /// <summary>Keep the colophon on the last page, the padding before it (else the padding comes last).</summary>
    public bool ColophonLast { get; init; } = true;
    /// <summary>
    /// Where the imprint (edition, date, publisher, source, rights) goes: at the title page's foot,
    /// the text starting on the next page (<see cref="ImprintPlacement.TitlePage"/>), or on the title
    /// page's back with the text starting on the next recto (<see cref="ImprintPlacement.Verso"/>).
    /// Theme key <c>imprint</c>.
    /// </summary>
    public ImprintPlacement Imprint { get; init; } = ImprintPlacement.TitlePage;
    /// <summary>
    /// Where the colophon goes: at the foot of the last page under a short rule when it fits there
    /// (<see cref="ColophonPlacement.Foot"/>), else, or always with <see cref="ColophonPlacement.Page"/>,
    /// on a page of its own. Theme key <c>colophon</c>.
    /// </summary>
    public ColophonPlacement Colophon { get; init; } = ColophonPlacement.Foot;

    public HeadingStyle Heading(int level) => HeadingLevels[Math.Clamp(level, 1, HeadingLevels.Count) - 1];
}

/// <summary>How a top-level section starts (theme key <c>sections: new-page | run-on</c>).</summary>
public enum SectionOpening
{
    /// <summary>Every section opens a fresh page, its title sunk a few lines: for long texts.</summary>
    NewPage,
    /// <summary>Sections follow on, with the heading's space above: the economical pamphlet default.</summary>
    RunOn,
}

/// <summary>Where the imprint goes (theme key <c>imprint: title-page | verso</c>).</summary>
public enum ImprintPlacement
{
    /// <summary>At the foot of the title page; the contents open the text's first page (page 2).</summary>
    TitlePage,
    /// <summary>On the title page's back, with a short contents above it; the text opens on page 3.</summary>
    Verso,
}

/// <summary>Where the colophon goes (theme key <c>colophon: foot | page</c>).</summary>
public enum ColophonPlacement
{
    /// <summary>At the foot of the last page, under a short rule, when it fits there; else on a page of its own.</summary>
    Foot,
    /// <summary>Always on a page of its own.</summary>
    Page,
}

/// <summary>Trim size and margins, in points.</summary>
public sealed record PageStyle
{
    public double Width { get; init; } = 419.53;   // A5: 148 mm
    public double Height { get; init; } = 595.28;  // A5: 210 mm
    public double Top { get; init; } = 51.02;      // 18 mm
    public double Bottom { get; init; } = 62.36;   // 22 mm
    public double Inner { get; init; } = 51.02;    // 18 mm
    public double Outer { get; init; } = 45.35;    // 16 mm
    public double Bleed { get; init; } = 8.50;     // 3 mm
}

/// <summary>How a heading level is set.</summary>
public sealed record HeadingStyle(double Size, double SpaceBefore, double SpaceAfter, bool Bold, bool Italic, bool SmallCaps, string Align);

/// <summary>
/// A font family: its CSS name and the four TTF files (relative to styles/fonts/).
/// </summary>
public sealed record FontFamily(string Name, string Regular, string Italic, string Bold, string BoldItalic)
{
    public static readonly FontFamily Charis = new(
        "Charis SIL", "CharisSIL-Regular.ttf", "CharisSIL-Italic.ttf", "CharisSIL-Bold.ttf", "CharisSIL-BoldItalic.ttf");

    public IEnumerable<string> Files => new[] { Regular, Italic, Bold, BoldItalic }.Distinct();
}
