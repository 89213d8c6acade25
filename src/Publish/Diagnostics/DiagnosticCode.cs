namespace Publish.Diagnostics;

/// <summary>A stable diagnostic code with a one-line summary of what it means.</summary>
public sealed record DiagnosticCode(string Id, string Summary);
