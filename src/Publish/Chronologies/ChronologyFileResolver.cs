using System.Text.RegularExpressions;
using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Chronologies;

/// <summary>
/// Resolves a front matter chronology reference → the path of its YAML file. A file name
/// ending in .yaml or .yml is relative to the pamphlet folder (<c>chronology: chronology.yaml</c>);
/// a bare name is a shared chronology, <c>sources/_chronologies/&lt;name&gt;.yaml</c>
/// (<c>chronology: { file: russia-1917-1921, from: 1918 }</c>). A missing file is reported at
/// the front matter: PUB4011 in the pamphlet folder, PUB4006 for a shared name.
/// </summary>
internal static class ChronologyFileResolver
{
    /// <summary>The folder under the sources folder that holds shared chronologies.</summary>
    public const string SharedFolder = "_chronologies";

    /// <summary>A shared name: a plain file name without extension and without any path in it.</summary>
    private static readonly Regex SharedName = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*$");

    /// <summary>The chronology file's path, or null (reported) when there is none.</summary>
    public static string? Resolve(ChronologyReference reference, string pamphletDir, string sourcesDir,
        DiagnosticBag diagnostics, string frontMatterPath)
    {
        var file = reference.File.Trim();
        void Report(DiagnosticCode code, string message) =>
            diagnostics.Error(code, frontMatterPath, reference.Span.Line, reference.Span.Column, message);

        if (file.Length == 0)
        {
            Report(Codes.ChronologyUnknown, "the chronology reference names no file");
            return null;
        }

        if (IsPamphletFile(file))
        {
            var local = Path.Combine(pamphletDir, file);
            if (File.Exists(local)) return local;
            var stem = Path.GetFileNameWithoutExtension(file);
            var hint = SharedName.IsMatch(stem) && File.Exists(SharedPath(sourcesDir, stem))
                ? $"; there is a shared chronology '{stem}': write 'chronology: {{ file: {stem} }}'"
                : "";
            Report(Codes.ChronologyFileMissing, $"chronology file '{local}' not found{hint}");
            return null;
        }

        if (!SharedName.IsMatch(file) || file.Contains("..", StringComparison.Ordinal))
        {
            Report(Codes.ChronologyUnknown,
                $"'{file}' is neither a .yaml file in the pamphlet folder nor the name of a shared chronology");
            return null;
        }
        var shared = SharedPath(sourcesDir, file);
        if (File.Exists(shared)) return shared;
        var known = KnownSharedNames(sourcesDir);
        var listing = known.Count == 0 ? "there are none" : $"known: {string.Join(", ", known)}";
        Report(Codes.ChronologyUnknown, $"no shared chronology '{file}' ({shared} not found; {listing})");
        return null;
    }

    /// <summary>True when <paramref name="file"/> names a YAML file in the pamphlet folder rather than a shared chronology.</summary>
    public static bool IsPamphletFile(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the shared chronology <paramref name="name"/> lives.</summary>
    public static string SharedPath(string sourcesDir, string name) => Path.Combine(sourcesDir, SharedFolder, name + ".yaml");

    /// <summary>The names of the shared chronologies, sorted (for messages and for linting them all).</summary>
    public static IReadOnlyList<string> KnownSharedNames(string sourcesDir)
    {
        var folder = Path.Combine(sourcesDir, SharedFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
