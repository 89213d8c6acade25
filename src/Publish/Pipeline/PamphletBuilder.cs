using System.Diagnostics;
using Publish.Diagnostics;
using Publish.Epub;

namespace Publish.Pipeline;

/// <summary>
/// Builds one pamphlet's outputs into <c>&lt;output&gt;/&lt;slug&gt;/</c>. Any failure —
/// a diagnostic or an exception inside a stage — is reported for this pamphlet alone; every
/// file is written atomically, so a failure leaves no partial output.
/// </summary>
internal sealed class PamphletBuilder(BuildServices services)
{
    public PamphletResult Build(string pamphletDir, string outputRoot, OutputFormat formats)
    {
        var clock = Stopwatch.StartNew();
        var slug = Path.GetFileName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        var diagnostics = new DiagnosticBag();
        var outputs = new List<string>();
        try
        {
            var loaded = PamphletLoader.Load(pamphletDir, services, diagnostics);
            if (loaded is { } pamphlet)
            {
                var (doc, theme) = pamphlet;
                var dir = Path.Combine(outputRoot, slug);
                if (formats.HasFlag(OutputFormat.Epub))
                {
                    var path = Path.Combine(dir, slug + ".epub");
                    var options = new EpubOptions(GeneratorVersion: services.Version)
                    {
                        BaseCss = File.ReadAllText(Path.Combine(services.Workspace.Styles, "base.css")),
                    };
                    AtomicFile.Write(path, stream => EpubWriter.Write(doc, theme, options, stream));
                    outputs.Add(path);
                }
            }
        }
        catch (DiagnosticException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(Codes.Internal, Path.Combine(pamphletDir, Reading.PamphletReader.FileName), 1, 1,
                $"internal error while building '{slug}': {e.GetType().Name}: {e.Message}" +
                (Environment.GetEnvironmentVariable("PUBLISH_DEBUG") == "1" ? "\n" + e : ""));
        }
        return new PamphletResult(slug, pamphletDir, diagnostics.Items, outputs) { Elapsed = clock.Elapsed };
    }
}
