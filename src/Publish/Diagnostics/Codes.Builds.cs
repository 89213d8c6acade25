namespace Publish.Diagnostics;

/// <summary>Diagnostic codes of incremental, parallel and sharded builds (9103–9119).</summary>
public static partial class Codes
{
    public static readonly DiagnosticCode ManifestCorrupt = new("PUB9103", "a pamphlet's build manifest (.publish-cache.json) is corrupt; it is ignored and the pamphlet rebuilt");
}
