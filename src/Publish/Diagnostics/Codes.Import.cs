namespace Publish.Diagnostics;

/// <summary>Diagnostic codes of <c>publish import</c> (5xxx). Stable: never renumber one.</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode ImportTargetExists = new("PUB5001", "import target folder already exists (use --force to overwrite)");
    public static readonly DiagnosticCode ImportUnreadable = new("PUB5002", "raw text is missing, unreadable or empty");
    public static readonly DiagnosticCode ImportKindDetected = new("PUB5003", "kind of input detected from the text");
    public static readonly DiagnosticCode ImportSummary = new("PUB5004", "summary of the changes made by the import");
    public static readonly DiagnosticCode HyphenationUncertain = new("PUB5005", "line-end hyphen rejoined or kept without certainty");
    public static readonly DiagnosticCode GluedWordSplit = new("PUB5006", "glued words split or split word joined");
    public static readonly DiagnosticCode OcrConfusionFixed = new("PUB5007", "OCR confusion repaired");
    public static readonly DiagnosticCode OcrConfusionAmbiguous = new("PUB5008", "word looks like an OCR confusion but several repairs are words");
    public static readonly DiagnosticCode SuspiciousWord = new("PUB5009", "word not in the word list");
    public static readonly DiagnosticCode ImportNoteUnmatched = new("PUB5010", "note reference or note text could not be paired");
    public static readonly DiagnosticCode ImportNoteGuessed = new("PUB5011", "note reference read from an ambiguous mark");
    public static readonly DiagnosticCode ChronologyPairing = new("PUB5012", "chronology dates and events paired by position");
    public static readonly DiagnosticCode NoiseRemoved = new("PUB5013", "line or block removed as scan noise or boilerplate");
    public static readonly DiagnosticCode HeadingUncertain = new("PUB5014", "heading detected or merged by layout alone");
    public static readonly DiagnosticCode MetadataGuessed = new("PUB5015", "front matter field guessed from the text");
    public static readonly DiagnosticCode PageOrderSuspect = new("PUB5017", "text looks cut at a page break; the page order may be wrong");
    public static readonly DiagnosticCode ImportWriteFailed = new("PUB5016", "import output could not be written");
    public static readonly DiagnosticCode ImportBinary = new("PUB5018", "raw file is binary data (an image, archive or document), not a text");
    public static readonly DiagnosticCode ImportBadEncoding = new("PUB5019", "raw text is neither UTF-8 nor Windows-1252 / Latin-1 (byte offset given)");
    public static readonly DiagnosticCode ImportEncodingConverted = new("PUB5020", "raw text read in another encoding (UTF-16, Windows-1252, Latin-1) and converted to UTF-8");
    public static readonly DiagnosticCode ImportControlCharacters = new("PUB5021", "control characters a text cannot hold were dropped");
    public static readonly DiagnosticCode ImportNotEnglish = new("PUB5022", "text is not in English: the English word-list repairs were skipped");
    public static readonly DiagnosticCode ImportNothingLeft = new("PUB5023", "no text is left after cleaning");
}
