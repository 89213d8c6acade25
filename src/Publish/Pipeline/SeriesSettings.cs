using Publish.Diagnostics;
using Publish.Transforms;
using YamlDotNet.Core;
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
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
            string? Value(string key)
            {
                foreach (var (k, v) in map.Children)
                    if (k is YamlScalarNode s && s.Value == key) return (v as YamlScalarNode)?.Value;
                return null;
            }
            foreach (var (k, _) in map.Children)
                if (k is YamlScalarNode { Value: not ("theme" or "publisher" or "name" or "description") } unknown)
                    diagnostics.Warning(Codes.UnknownKey, path, (int)unknown.Start.Line, (int)unknown.Start.Column, $"unknown series key '{unknown.Value}' (ignored)");
            return new SeriesSettings(Value("theme"), Value("publisher"));
        }
        catch (YamlException e)
        {
            diagnostics.Error(Codes.FrontMatterYaml, path, (int)e.Start.Line, (int)e.Start.Column, "series file is not valid YAML: " + e.Message);
            return null;
        }
    }
}
