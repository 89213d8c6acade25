using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>The kind of raw text an import starts from; <see cref="Auto"/> asks <see cref="KindDetector"/>.</summary>
internal enum ImportKind { Auto, Ocr, Wiki, Library, Mail, Article }

/// <summary>
/// What an import produced: the folder written (<c>sources/&lt;slug&gt;</c>), the kind used, and
/// every diagnostic (errors that stopped it, notes on uncertain changes).
/// </summary>
internal sealed record ImportResult(string OutputDir, ImportKind DetectedKind, IReadOnlyList<Diagnostic> Report)
{
    /// <summary>True when the import stopped on an error and wrote nothing.</summary>
    public bool Failed => Report.Any(d => d.Severity == Severity.Error);
}
