namespace Publish.Diagnostics;

/// <summary>Diagnostic codes of the catalogue page and OPDS feed (8xxx).</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode CatalogueFileMissing = new("PUB8001", "a catalogue entry lists a file that is not in the output directory");
    public static readonly DiagnosticCode CatalogueDuplicateId = new("PUB8002", "two catalogue entries share an identifier");
    public static readonly DiagnosticCode CatalogueNothingToAcquire = new("PUB8003", "a catalogue entry has no EPUB or PDF, so the OPDS feed leaves it out");
}
