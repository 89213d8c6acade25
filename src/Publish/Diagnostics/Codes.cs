namespace Publish.Diagnostics;

/// <summary>
/// Every diagnostic code Publish can print. Codes are stable: never renumber one.
/// 1xxx sources and front matter, 2xxx notes and structure, 3xxx themes and fonts,
/// 4xxx chronologies, 5xxx import, 6xxx layout, 9xxx internal.
/// </summary>
public static partial class Codes
{
    public static readonly DiagnosticCode SourceMissing = new("PUB1001", "pamphlet.md is missing or unreadable");
    public static readonly DiagnosticCode FrontMatterYaml = new("PUB1002", "front matter is not valid YAML");
    public static readonly DiagnosticCode TitleMissing = new("PUB1003", "front matter has no title");
    public static readonly DiagnosticCode UnknownKey = new("PUB1004", "unknown front matter key");
    public static readonly DiagnosticCode InvalidEncoding = new("PUB1005", "source is not valid UTF-8 or contains a NUL byte");
    public static readonly DiagnosticCode EmptySource = new("PUB1006", "source has no text");
    public static readonly DiagnosticCode BadFieldValue = new("PUB1007", "front matter field has a value of the wrong shape");
    public static readonly DiagnosticCode FrontMatterUnclosed = new("PUB1008", "front matter is not closed by a '---' line");

    public static readonly DiagnosticCode NoteUndefined = new("PUB2001", "footnote reference has no definition");
    public static readonly DiagnosticCode NoteUnreferenced = new("PUB2002", "footnote definition is never referenced");
    public static readonly DiagnosticCode NoteDuplicate = new("PUB2003", "footnote label defined twice");
    public static readonly DiagnosticCode HeadingJump = new("PUB2004", "heading level jumps");
    public static readonly DiagnosticCode ImageMissing = new("PUB2005", "image file not found");
    public static readonly DiagnosticCode DuplicateId = new("PUB2006", "two elements ask for the same id");
    public static readonly DiagnosticCode ImageUnreadable = new("PUB2007", "image file cannot be read into the PDF");

    public static readonly DiagnosticCode ThemeUnknown = new("PUB3001", "unknown theme");
    public static readonly DiagnosticCode ThemeYaml = new("PUB3002", "theme is not valid YAML");
    public static readonly DiagnosticCode ThemeUnknownKey = new("PUB3003", "unknown theme key");
    public static readonly DiagnosticCode ThemeBadLength = new("PUB3004", "length without a valid unit");
    public static readonly DiagnosticCode ThemeBadColour = new("PUB3005", "colour does not parse");
    public static readonly DiagnosticCode ThemeFontMissing = new("PUB3006", "font file missing or not TrueType");
    public static readonly DiagnosticCode ThemeExtendsCycle = new("PUB3007", "theme extends itself");
    public static readonly DiagnosticCode GlyphMissing = new("PUB3008", "character missing from the font");

    public static readonly DiagnosticCode ChronologyYaml = new("PUB4001", "chronology is not valid YAML");
    public static readonly DiagnosticCode ChronologyYearOrder = new("PUB4002", "chronology entries out of year order");
    public static readonly DiagnosticCode ChronologyDateOrder = new("PUB4003", "chronology dates out of order within a year");
    public static readonly DiagnosticCode ChronologyBadDay = new("PUB4004", "date names a day that does not exist");
    public static readonly DiagnosticCode ChronologyFieldMissing = new("PUB4005", "chronology entry lacks a year or an event");
    public static readonly DiagnosticCode ChronologyUnknown = new("PUB4006", "unknown shared chronology");
    public static readonly DiagnosticCode ChronologyEmptyRange = new("PUB4007", "chronology range selects nothing");

    public static readonly DiagnosticCode OverfullLine = new("PUB6001", "a line is wider than the measure");

    public static readonly DiagnosticCode Usage = new("PUB9001", "bad command-line usage");
    public static readonly DiagnosticCode OutputFailed = new("PUB9002", "an output could not be written");
    public static readonly DiagnosticCode Internal = new("PUB9999", "internal error in a stage");
}
