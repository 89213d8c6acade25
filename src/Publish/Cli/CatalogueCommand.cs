using System.CommandLine;
using Publish.Diagnostics;
using Publish.Pipeline;

namespace Publish.Cli;

/// <summary>
/// <c>publish catalogue [-o artifacts]</c>: writes <c>index.html</c> and <c>catalog.opds.xml</c>
/// over every pamphlet built into the output folder, from the manifests the builds left
/// (<c>&lt;slug&gt;/.publish-cache.json</c>), e.g. after <c>publish build --shard K/N</c> on
/// several machines with their outputs gathered into one folder. Needs no sources.
/// </summary>
internal static class CatalogueCommand
{
    /// <summary>A manifest that cannot be used: the pamphlet is left out of the catalogue.</summary>
    public static readonly DiagnosticCode ManifestUnusable = new("PUB9102", "a built pamphlet's manifest is missing, corrupt or lists a missing output");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var outputDir = new Option<string>("--output", "-o") { Description = "Output folder holding the built pamphlets", DefaultValueFactory = _ => "artifacts" };
        var command = new Command("catalogue", "Write the catalogue page and OPDS feed over every pamphlet built into the output folder.") { outputDir };
        command.SetAction(parsed => Run(parsed.GetValue(outputDir)!, output, error));
        return command;
    }

    public static int Run(string outputDir, TextWriter output, TextWriter error)
    {
        var root = Path.GetFullPath(outputDir);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"publish: error PUB9001: no output folder {DiagnosticPrinter.Relative(root)} (run 'publish build' first)");
            return PublishCommandLine.Usage;
        }

        var diagnostics = new DiagnosticBag();
        var results = new List<PamphletResult>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, BuildCache.ManifestName);
            if (!File.Exists(path)) continue; // not a pamphlet's folder, or its build failed
            var manifest = BuildManifest.TryRead(path);
            var slug = Path.GetFileName(dir);
            string? problem = manifest switch
            {
                null => "the build manifest is corrupt or from another version of Publish",
                { Metadata: null } => "the build manifest has no metadata",
                _ when manifest.Slug != slug => $"the build manifest is for '{manifest.Slug}'",
                _ => manifest.Outputs.FirstOrDefault(o => !File.Exists(Path.Combine(dir, o.File))) is { } missing
                    ? $"output '{missing.File}' is missing"
                    : null,
            };
            if (problem is not null)
            {
                diagnostics.Error(ManifestUnusable, path, 1, 1, $"'{slug}' left out of the catalogue: {problem}; rebuild it with 'publish build'");
                continue;
            }
            results.Add(new PamphletResult(slug, manifest!.Source, [], manifest.Outputs.Select(o => Path.Combine(dir, o.File)).ToList())
            {
                Metadata = manifest.Metadata,
                Trim = manifest.Trim,
            });
        }

        if (results.Count == 0 && !diagnostics.HasErrors)
        {
            error.WriteLine($"publish: error PUB9001: no built pamphlets in {DiagnosticPrinter.Relative(root)} (run 'publish build' first)");
            return PublishCommandLine.Usage;
        }

        if (results.Count > 0) CatalogueStage.Write(results, root, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, error);
        if (results.Count > 0) output.WriteLine($"Catalogue of {results.Count} pamphlets written to {DiagnosticPrinter.Relative(root)}");
        return diagnostics.HasErrors ? PublishCommandLine.Failed : PublishCommandLine.Success;
    }
}
