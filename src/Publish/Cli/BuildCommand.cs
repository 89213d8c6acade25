using System.CommandLine;
using System.Diagnostics;
using Publish.Pipeline;

namespace Publish.Cli;

/// <summary><c>publish build [PATHS…] [-o artifacts] [--formats …] [--jobs N] [--shard K/N] [--no-cache]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Pamphlet folders (default: every folder in sources/)" };
        var outputDir = new Option<string>("--output", "-o") { Description = "Output folder", DefaultValueFactory = _ => "artifacts" };
        var formats = new Option<string>("--formats") { Description = "Comma-separated: epub,pdf,print,booklet,cover (default: all)" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Pamphlets built at once (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var theme = new Option<string>("--theme") { Description = "Use this theme for every pamphlet (preview a catalogue in another style)" };
        var shard = new Option<string>("--shard") { Description = "Build only slice K of N (1-based), e.g. 2/4; then 'publish catalogue' merges the slices" };
        var noCache = new Option<bool>("--no-cache") { Description = "Rebuild every pamphlet, even when its inputs have not changed" };
        var command = new Command("build", "Build pamphlets into EPUB, PDF, print, booklet and cover files.") { paths, outputDir, formats, jobs, theme, shard, noCache };
        command.SetAction(parsed => Run(
            parsed.GetValue(paths) ?? [], parsed.GetValue(outputDir)!, parsed.GetValue(formats), parsed.GetValue(jobs), output, error, parsed.GetValue(theme),
            parsed.GetValue(shard), parsed.GetValue(noCache)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string outputDir, string? formatList, int jobs, TextWriter output, TextWriter error, string? theme = null,
        string? shardSpec = null, bool noCache = false)
    {
        var (formats, unknown) = OutputFormats.Parse(formatList);
        if (unknown is not null)
        {
            error.WriteLine($"publish: error PUB9001: unknown format '{unknown}' (formats: epub, pdf, print, booklet, cover)");
            return PublishCommandLine.Usage;
        }
        Shard? shard = null;
        if (shardSpec is not null)
        {
            if (!Shard.TryParse(shardSpec, out var parsedShard, out var shardError))
            {
                error.WriteLine($"publish: error PUB9001: {shardError}");
                return PublishCommandLine.Usage;
            }
            shard = parsedShard;
        }
        if (jobs < 1)
        {
            error.WriteLine("publish: error PUB9001: --jobs must be at least 1");
            return PublishCommandLine.Usage;
        }

        if (paths.FirstOrDefault(p => p.StartsWith('-')) is { } option)
        {
            error.WriteLine($"publish: error PUB9001: unknown option '{option}'");
            return PublishCommandLine.Usage;
        }
        var clock = Stopwatch.StartNew();
        if (StageTimings.Enabled) StageTimings.Record("process start-up", "", DateTime.Now - Process.GetCurrentProcess().StartTime);
        var workspace = Workspace.Find();
        var missing = new List<string>();
        var dirs = PathArguments.Resolve(paths, workspace, missing);
        foreach (var path in missing) error.WriteLine($"{path}:1:1: error PUB1001: no such pamphlet folder or file");
        if (dirs.Count == 0 && missing.Count == 0)
        {
            error.WriteLine($"publish: error PUB9001: no pamphlets found in {DiagnosticPrinter.Relative(workspace.Sources)}");
            return PublishCommandLine.Usage;
        }

        if (shard is { } slice) dirs = slice.Select(dirs);

        using var interrupt = new InterruptCleanup(error);
        var services = new BuildServices(workspace) { ThemeOverride = theme, ParallelOutputs = jobs > 1 };
        var progress = new Progress(output, dirs.Count);
        var results = new CatalogueBuilder(services) { UseCache = !noCache, CleanAllLeftovers = shard is null }.Build(dirs, Path.GetFullPath(outputDir), formats, jobs,
            r => progress.Report(r.Slug, r.Failed, r.Elapsed));

        foreach (var result in results) DiagnosticPrinter.Print(result.Diagnostics.Where(d => !BuildCache.IsReuseNote(d)), error);
        if (paths.Count == 0 && shard is null)
            foreach (var stale in StaleOutputs.Prune(Path.GetFullPath(outputDir), dirs.Select(Path.GetFileName)!))
                output.WriteLine($"removed {DiagnosticPrinter.Relative(Path.Combine(Path.GetFullPath(outputDir), stale))}: its pamphlet is no longer in {DiagnosticPrinter.Relative(workspace.Sources)}");
        var catalogueDiagnostics = new Diagnostics.DiagnosticBag();
        if (paths.Count == 0 && shard is null)
            StageTimings.Measure("catalogue page+feed", "", () => CatalogueStage.WriteIfChanged(results, Path.GetFullPath(outputDir), catalogueDiagnostics));
        DiagnosticPrinter.Print(catalogueDiagnostics.Items, error);
        int failed = results.Count(r => r.Failed) + missing.Count;
        int files = results.Sum(r => r.Outputs.Count);
        if (results.Count(BuildCache.IsReused) is > 0 and var reused)
            output.WriteLine($"{reused} of {results.Count} pamphlets up to date: outputs reused (--no-cache rebuilds them)");
        output.WriteLine($"Built {results.Count - results.Count(r => r.Failed)} of {results.Count + missing.Count} pamphlets " +
                         $"({files} files) into {DiagnosticPrinter.Relative(Path.GetFullPath(outputDir))} in {clock.Elapsed.TotalSeconds:0.00} s" +
                         (failed > 0 ? $"; {failed} failed" : ""));
        StageTimings.Record("whole build", "", clock.Elapsed);
        StageTimings.Report(error);
        return failed > 0 ? PublishCommandLine.Failed : PublishCommandLine.Success;
    }
}
