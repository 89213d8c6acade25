namespace Publish.Diagnostics;

public enum Severity { Note, Warning, Error }

/// <summary>
/// A problem found in the user's input, printed as <c>path:line:col: severity PUBnnnn: message</c>.
/// </summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, string Path, int Line, int Column, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Code.Id}: {Message}";
}

/// <summary>Thrown by a stage that cannot go on; caught per pamphlet and printed, never as a stack trace.</summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>Collects diagnostics for one pamphlet or one command.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items { get { lock (_gate) return _items.ToList(); } }
    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }

    public void Add(Diagnostic diagnostic) { lock (_gate) _items.Add(diagnostic); }

    public void Error(DiagnosticCode code, string path, int line, int column, string message) =>
        Add(new Diagnostic(code, Severity.Error, path, line, column, message));

    public void Warning(DiagnosticCode code, string path, int line, int column, string message) =>
        Add(new Diagnostic(code, Severity.Warning, path, line, column, message));

    public void Note(DiagnosticCode code, string path, int line, int column, string message) =>
        Add(new Diagnostic(code, Severity.Note, path, line, column, message));
}
