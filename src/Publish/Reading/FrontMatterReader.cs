using Publish.Diagnostics;
using Publish.Model;
using YamlDotNet.RepresentationModel;

namespace Publish.Reading;

/// <summary>
/// YAML front matter → <see cref="Metadata"/>. Every problem is reported at the line and column
/// of the offending node in the source file, not in the YAML fragment.
/// </summary>
internal sealed class FrontMatterReader(string path, int firstLine, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> KnownKeys =
    [
        "title", "subtitle", "author", "authors", "translator", "translators", "editor", "editors",
        "date", "edition", "publisher", "series", "series-number", "lang", "rights", "source",
        "description", "subjects", "theme", "cover", "chronology", "notes", "identifier", "modified",
    ];

    /// <summary>Parses the YAML; returns null (with diagnostics) when it cannot produce metadata.</summary>
    public Metadata? Read(string yaml)
    {
        var stream = YamlLoader.Load(yaml, out var problem);
        if (stream is null)
        {
            diagnostics.Error(Codes.FrontMatterYaml, path, problem!.Line + firstLine - 1, problem.Column,
                "front matter is not valid YAML: " + problem.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(Codes.TitleMissing, firstLine, 1, "front matter is empty or not a mapping of 'key: value' lines: a title is required");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(key))
                Warn(Codes.UnknownKey, keyNode, $"unknown front matter key '{key}' (ignored)");
            else fields[key] = value;
        }

        var title = Scalar(fields, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            Error(Codes.TitleMissing, 1, 1, "front matter has no 'title'");
            return null;
        }

        var contributors = new List<Contributor>();
        foreach (var (keys, role) in new[] { (new[] { "author", "authors" }, "aut"), (["translator", "translators"], "trl"), (["editor", "editors"], "edt") })
            foreach (var key in keys)
                foreach (var name in List(fields, key))
                    contributors.Add(new Contributor(name, role));

        return new Metadata
        {
            Title = title.Trim(),
            Subtitle = Scalar(fields, "subtitle"),
            Contributors = contributors,
            Date = Scalar(fields, "date"),
            Edition = Scalar(fields, "edition"),
            Publisher = Scalar(fields, "publisher"),
            Series = Scalar(fields, "series"),
            SeriesNumber = Scalar(fields, "series-number"),
            Lang = Scalar(fields, "lang") ?? "en-GB",
            Rights = Scalar(fields, "rights"),
            Source = ReadSource(fields),
            Description = Scalar(fields, "description"),
            Subjects = List(fields, "subjects"),
            Theme = Scalar(fields, "theme") ?? "",
            Identifier = Scalar(fields, "identifier") ?? "",
            Modified = Scalar(fields, "modified") ?? "",
            Cover = ReadCover(fields),
            ChronologyRef = ReadChronology(fields),
            Notes = ReadNotesMode(fields),
        };
    }

    /// <summary>The span of a top-level key in the source file, for later diagnostics.</summary>
    public SourceSpan SpanOf(YamlNode node) => new((int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    private string? Scalar(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value;
        Error(Codes.BadFieldValue, node, $"'{key}' must be a single value");
        return null;
    }

    private IReadOnlyList<string> List(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node)) return [];
        return node switch
        {
            YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value!],
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(v => v.Length > 0).ToList(),
            _ => Bad(node, key),
        };
    }

    private IReadOnlyList<string> Bad(YamlNode node, string key)
    {
        Error(Codes.BadFieldValue, node, $"'{key}' must be a name or a list of names");
        return [];
    }

    private SourceReference? ReadSource(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("source", out var node)) return null;
        if (node is YamlScalarNode s)
        {
            var value = s.Value ?? "";
            return value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? new SourceReference(null, value) : new SourceReference(value, null);
        }
        if (node is YamlMappingNode map)
            return new SourceReference(Child(map, "title"), Child(map, "url"));
        Error(Codes.BadFieldValue, node, "'source' must be a title, a URL, or { title, url }");
        return null;
    }

    private CoverSpec? ReadCover(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("cover", out var node)) return null;
        if (node is YamlMappingNode map) return new CoverSpec(Child(map, "template"), Child(map, "colour") ?? Child(map, "color"), Child(map, "image"));
        if (node is YamlScalarNode s) return new CoverSpec(null, null, s.Value);
        Error(Codes.BadFieldValue, node, "'cover' must be { template, colour } or { image }");
        return null;
    }

    private ChronologyReference? ReadChronology(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("chronology", out var node)) return null;
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return new ChronologyReference(s.Value!, null, null, SpanOf(node));
        if (node is YamlMappingNode map && Child(map, "file") is { } file)
            return new ChronologyReference(file, Year(map, "from"), Year(map, "to"), SpanOf(node));
        Error(Codes.BadFieldValue, node, "'chronology' must be a file name or { file, from, to }");
        return null;
    }

    private int? Year(YamlMappingNode map, string key)
    {
        var text = Child(map, key);
        if (text is null) return null;
        if (int.TryParse(text, out var year)) return year;
        Error(Codes.BadFieldValue, map, $"chronology '{key}' must be a year");
        return null;
    }

    private NotesMode ReadNotesMode(Dictionary<string, YamlNode> fields)
    {
        var value = Scalar(fields, "notes");
        switch (value)
        {
            case null or "endnotes": return NotesMode.Endnotes;
            case "chapter-endnotes": return NotesMode.ChapterEndnotes;
            case "footnotes": return NotesMode.Footnotes;
            default:
                Error(Codes.BadFieldValue, fields["notes"], $"'notes' must be endnotes, chapter-endnotes or footnotes, not '{value}'");
                return NotesMode.Endnotes;
        }
    }

    private static string? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value : null;

    private void Error(DiagnosticCode code, YamlNode node, string message)
    {
        var span = SpanOf(node);
        diagnostics.Error(code, path, span.Line, span.Column, message);
    }

    private void Error(DiagnosticCode code, int line, int column, string message) => diagnostics.Error(code, path, line, column, message);

    private void Warn(DiagnosticCode code, YamlNode node, string message)
    {
        var span = SpanOf(node);
        diagnostics.Warning(code, path, span.Line, span.Column, message);
    }
}
