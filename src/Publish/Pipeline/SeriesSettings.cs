using Publish.Diagnostics;
using Publish.Transforms;
using Publish.Reading;
using YamlDotNet.RepresentationModel;

namespace Publish.Pipeline;

/// <summary>
/// Settings a series gives all its members, from <c>sources/_series/&lt;series-slug&gt;.yaml</c>:
/// the theme (so a series looks like a series), and the publisher when a pamphlet names none.
/// </summary>
internal sealed record SeriesSettings(string? Theme, string? Publisher)
{
    public const string Folder = "_series";

    public static SeriesSettings? Load(string? series, string sourcesDir, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(series)) return null;
        var path = Path.Combine(sourcesDir, Folder, IdAssigner.Slug(series) + ".yaml");
        if (!File.Exists(path)) return null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.FrontMatterYaml, path, 1, 1, $"cannot read the series file: {e.Message}");
            return null;
        }
        var stream = YamlLoader.Load(text, out var problem);
        if (stream is null)
        {
            diagnostics.Error(Codes.FrontMatterYaml, path, problem!.Line, problem.Column, "series file is not valid YAML: " + problem.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
        string? Value(string key)
        {
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode s && s.Value == key) return (v as YamlScalarNode)?.Value;
            return null;
        }
        foreach (var (k, _) in map.Children)
        {
            if (k is YamlScalarNode { Value: "theme" or "publisher" or "name" or "description" }) continue;
            var name = k is YamlScalarNode s ? $"'{s.Value}'" : "that is not a plain name";
            diagnostics.Warning(Codes.UnknownKey, path, (int)k.Start.Line, (int)k.Start.Column, $"unknown series key {name} (ignored)");
        }
        return new SeriesSettings(Value("theme"), Value("publisher"));
    }
}
