using Publish.Diagnostics;

namespace Publish.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: severity PUBnnnn: message</c>, paths relative to the working directory.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
            writer.WriteLine((d with { Path = Relative(d.Path) }).ToString());
    }

    public static string Relative(string path)
    {
        if (path.Length == 0) return path;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(path) ? path : relative;
    }
}
