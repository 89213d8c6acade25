namespace Publish.Diagnostics;

/// <summary>
/// Chronology codes added beyond PUB4001–PUB4007 (which live in <c>Codes.cs</c>).
/// Read and checked by <c>Publish.Chronologies.ChronologyLoader</c>.
/// </summary>
public static partial class Codes
{
    public static readonly DiagnosticCode ChronologyUnknownKey = new("PUB4008", "unknown chronology key");
    public static readonly DiagnosticCode ChronologyBadYear = new("PUB4009", "chronology year is not a whole number");
    public static readonly DiagnosticCode ChronologyShape = new("PUB4010", "chronology is not of the expected shape");
    public static readonly DiagnosticCode ChronologyFileMissing = new("PUB4011", "chronology file in the pamphlet folder not found");
}
