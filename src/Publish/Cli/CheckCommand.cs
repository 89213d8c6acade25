using System.CommandLine;
using Publish.Diagnostics;
using Publish.Pipeline;

namespace Publish.Cli;

/// <summary><c>publish check [PATHS…]</c>: reads and checks sources without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Pamphlet folders (default: every folder in sources/)" };
        var command = new Command("check", "Check sources: front matter, notes, chronology, characters, theme.") { paths };
        command.SetAction(parsed => Run(parsed.GetValue(paths) ?? [], output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var workspace = Workspace.Find();
        var missing = new List<string>();
        var dirs = PathArguments.Resolve(paths, workspace, missing);
        foreach (var path in missing) error.WriteLine($"{path}:1:1: error PUB1001: no such pamphlet folder or file");
        var services = new BuildServices(workspace);
        int failed = missing.Count, warnings = 0;
        foreach (var dir in dirs)
        {
            var diagnostics = new DiagnosticBag();
            try { PamphletLoader.Load(dir, services, diagnostics); }
            catch (DiagnosticException e) { diagnostics.Add(e.Diagnostic); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(Codes.Internal, Path.Combine(dir, Reading.PamphletReader.FileName), 1, 1,
                    $"internal error while checking '{Path.GetFileName(dir)}': {e.GetType().Name}: {e.Message}");
            }
            DiagnosticPrinter.Print(diagnostics.Items, error);
            if (diagnostics.HasErrors) failed++;
            warnings += diagnostics.Items.Count(d => d.Severity == Severity.Warning);
        }
        output.WriteLine($"Checked {dirs.Count + missing.Count} pamphlets: {failed} with errors, {warnings} warnings");
        return failed > 0 ? PublishCommandLine.Failed : PublishCommandLine.Success;
    }
}
