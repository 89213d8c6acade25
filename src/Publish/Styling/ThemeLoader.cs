using System.Text.RegularExpressions;
using Publish.Diagnostics;
using Publish.Reading;
using YamlDotNet.RepresentationModel;

namespace Publish.Styling;

/// <summary>
/// Loads <c>styles/&lt;name&gt;.yaml</c> into a resolved <see cref="Theme"/>. A theme may
/// <c>extends:</c> another; values are merged key by key (the child wins), then resolved once:
/// lengths to points, colours parsed, font files checked. Every problem is reported at the
/// theme file's line and column. Loaded themes are cached: they are shared read-only.
/// </summary>
internal sealed partial class ThemeLoader(string stylesDir)
{
    private readonly Dictionary<string, Theme> _cache = [];
    private readonly Lock _gate = new();

    public string StylesDir => stylesDir;
    public string FontsDir => Path.Combine(stylesDir, "fonts");

    /// <summary>The theme, or null with diagnostics (at <paramref name="usePath"/> when it does not exist).</summary>
    public Theme? Load(string name, DiagnosticBag diagnostics, string usePath = "", int useLine = 1, int useColumn = 1)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(name, out var cached)) return cached;
            var local = new DiagnosticBag();
            var values = Flatten(name, local, [], usePath, useLine, useColumn);
            Theme? theme = values is null ? null : new ThemeResolver(name, FontsDir, local).Resolve(values);
            foreach (var d in local.Items) diagnostics.Add(d);
            if (theme is not null && !local.HasErrors) _cache[name] = theme;
            return local.HasErrors ? null : theme;
        }
    }

    public string PathOf(string name) => Path.Combine(stylesDir, name + ".yaml");

    private Dictionary<string, ThemeValue>? Flatten(string name, DiagnosticBag diagnostics, List<string> chain, string usePath, int useLine, int useColumn)
    {
        var path = PathOf(name);
        if (!ValidName().IsMatch(name) || !File.Exists(path))
        {
            var known = Directory.Exists(stylesDir)
                ? string.Join(", ", Directory.GetFiles(stylesDir, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order())
                : "";
            diagnostics.Error(Codes.ThemeUnknown, usePath.Length > 0 ? usePath : path, useLine, useColumn,
                $"unknown theme '{name}'" + (known.Length > 0 ? $" (themes: {known})" : ""));
            return null;
        }
        if (chain.Contains(name))
        {
            diagnostics.Error(Codes.ThemeExtendsCycle, usePath, useLine, useColumn,
                $"theme '{name}' extends itself: {string.Join(" → ", chain.Append(name))}");
            return null;
        }
        chain.Add(name);

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.ThemeYaml, path, 1, 1, $"cannot read the theme: {e.Message}");
            return null;
        }
        var stream = YamlLoader.Load(text, out var problem);
        if (stream is null)
        {
            diagnostics.Error(Codes.ThemeYaml, path, problem!.Line, problem.Column, "theme is not valid YAML: " + problem.Message);
            return null;
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlMappingNode();

        var own = new Dictionary<string, ThemeValue>();
        Walk(root, "", path, own, diagnostics);
        var result = new Dictionary<string, ThemeValue>();
        if (own.Remove("extends", out var parent))
        {
            var inherited = Flatten(parent.Text, diagnostics, chain, path, parent.Line, parent.Column);
            if (inherited is null) return null;
            foreach (var (k, v) in inherited) result[k] = v;
        }
        foreach (var (k, v) in own) result[k] = v;
        return result;
    }

    private static void Walk(YamlNode node, string prefix, string path, Dictionary<string, ThemeValue> output, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        diagnostics.Warning(Codes.ThemeUnknownKey, path, (int)key.Start.Line, (int)key.Start.Column,
                            "a theme key must be a plain name, not a list or mapping (ignored)");
                        continue;
                    }
                    Walk(value, prefix.Length == 0 ? name : $"{prefix}.{name}", path, output, diagnostics);
                }
                break;
            case YamlSequenceNode seq:
                for (int i = 0; i < seq.Children.Count; i++) Walk(seq.Children[i], $"{prefix}[{i}]", path, output, diagnostics);
                break;
            case YamlScalarNode scalar:
                output[prefix] = new ThemeValue(scalar.Value ?? "", path, (int)scalar.Start.Line, (int)scalar.Start.Column);
                break;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ValidName();
}

/// <summary>A scalar from a theme file and where it was written.</summary>
internal sealed record ThemeValue(string Text, string Path, int Line, int Column);
