using System.Text.Json;
using Publish.Model;

namespace Publish.Pipeline;

/// <summary>Reading the manifest's JSON (see the remarks in BuildManifestJson.cs).</summary>
internal static partial class BuildManifestJson
{
    /// <summary>The defaults of the optional metadata fields (a missing field takes its model default).</summary>
    private static readonly Metadata MetadataDefaults = new() { Title = "" };

    private static readonly BuildManifest ManifestDefaults = new();

    /// <summary>
    /// The manifest in <paramref name="root"/>, or null when the JSON is of the wrong shape (a value of the
    /// wrong kind, a required one missing or null). Schema and required values are checked by the caller.
    /// </summary>
    public static BuildManifest? Read(JsonElement root)
    {
        try
        {
            return ReadManifest(root);
        }
        catch (ShapeException)
        {
            return null;
        }
    }

    private static BuildManifest ReadManifest(JsonElement root)
    {
        var d = ManifestDefaults;
        int? schema = null;
        string? slug = null, source = null, key = null, trim = null;
        Dictionary<string, string>? inputs = null;
        List<OutputRecord>? outputs = null;
        Metadata? metadata = null;
        Dictionary<string, FileStamp>? stamps = null;
        foreach (var property in Properties(root))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "schema": schema = Int32(value); break;
                case "slug": slug = String(value); break;
                case "source": source = String(value); break;
                case "key": key = String(value); break;
                case "inputs":
                    inputs = [];
                    foreach (var input in Properties(value)) inputs[input.Name] = String(input.Value);
                    break;
                case "outputs":
                    outputs = [];
                    foreach (var output in Items(value)) outputs.Add(ReadOutput(output));
                    break;
                case "trim": trim = String(value); break;
                case "metadata": metadata = value.ValueKind == JsonValueKind.Null ? null : ReadMetadata(value); break;
                case "stamps":
                    if (value.ValueKind == JsonValueKind.Null) { stamps = null; break; }
                    stamps = [];
                    foreach (var stamp in Properties(value)) stamps[stamp.Name] = ReadStamp(stamp.Value);
                    break;
            }
        }
        return new BuildManifest
        {
            Schema = schema ?? d.Schema,
            Slug = slug ?? d.Slug,
            Source = source ?? d.Source,
            Key = key ?? d.Key,
            Inputs = inputs ?? new Dictionary<string, string>(),
            Outputs = outputs ?? [],
            Trim = trim ?? d.Trim,
            Metadata = metadata,
            Stamps = stamps,
        };
    }

    private static OutputRecord ReadOutput(JsonElement element)
    {
        string? file = null, sha256 = null;
        long size = 0, modified = 0;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "file": file = String(property.Value); break;
                case "size": size = Int64(property.Value); break;
                case "modified": modified = Int64(property.Value); break;
                case "sha256": sha256 = String(property.Value); break;
            }
        }
        return new OutputRecord(file ?? throw new ShapeException(), size, modified, sha256 ?? throw new ShapeException());
    }

    private static FileStamp ReadStamp(JsonElement element)
    {
        long size = 0, modified = 0;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "size": size = Int64(property.Value); break;
                case "modified": modified = Int64(property.Value); break;
            }
        }
        return new FileStamp(size, modified);
    }

    private static Metadata ReadMetadata(JsonElement element)
    {
        var d = MetadataDefaults;
        string? title = null, subtitle = null, date = null, edition = null, publisher = null, series = null, seriesNumber = null;
        string? lang = null, rights = null, description = null, theme = null, identifier = null, modified = null;
        List<Contributor>? contributors = null;
        List<string>? subjects = null;
        SourceReference? source = null;
        CoverSpec? cover = null;
        ChronologyReference? chronology = null;
        NotesMode? notes = null;
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "title": title = String(value); break;
                case "subtitle": subtitle = NullableString(value); break;
                case "contributors":
                    contributors = [];
                    foreach (var item in Items(value)) contributors.Add(ReadContributor(item));
                    break;
                case "date": date = NullableString(value); break;
                case "edition": edition = NullableString(value); break;
                case "publisher": publisher = NullableString(value); break;
                case "series": series = NullableString(value); break;
                case "seriesNumber": seriesNumber = NullableString(value); break;
                case "lang": lang = String(value); break;
                case "rights": rights = NullableString(value); break;
                case "source": source = value.ValueKind == JsonValueKind.Null ? null : ReadSource(value); break;
                case "description": description = NullableString(value); break;
                case "subjects":
                    subjects = [];
                    foreach (var item in Items(value)) subjects.Add(String(item));
                    break;
                case "theme": theme = String(value); break;
                case "identifier": identifier = String(value); break;
                case "modified": modified = String(value); break;
                case "cover": cover = value.ValueKind == JsonValueKind.Null ? null : ReadCover(value); break;
                case "chronologyRef": chronology = value.ValueKind == JsonValueKind.Null ? null : ReadChronology(value); break;
                case "notes": notes = Notes(value); break;
            }
        }
        return new Metadata
        {
            Title = title ?? throw new ShapeException(),
            Subtitle = subtitle,
            Contributors = contributors ?? d.Contributors,
            Date = date,
            Edition = edition,
            Publisher = publisher,
            Series = series,
            SeriesNumber = seriesNumber,
            Lang = lang ?? d.Lang,
            Rights = rights,
            Source = source,
            Description = description,
            Subjects = subjects ?? d.Subjects,
            Theme = theme ?? d.Theme,
            Identifier = identifier ?? d.Identifier,
            Modified = modified ?? d.Modified,
            Cover = cover,
            ChronologyRef = chronology,
            Notes = notes ?? d.Notes,
        };
    }

    private static Contributor ReadContributor(JsonElement element)
    {
        string? name = null, role = null;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "name": name = String(property.Value); break;
                case "role": role = String(property.Value); break;
            }
        }
        return new Contributor(name ?? throw new ShapeException(), role ?? throw new ShapeException());
    }

    private static SourceReference ReadSource(JsonElement element)
    {
        string? title = null, url = null;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "title": title = NullableString(property.Value); break;
                case "url": url = NullableString(property.Value); break;
            }
        }
        return new SourceReference(title, url);
    }

    private static CoverSpec ReadCover(JsonElement element)
    {
        string? template = null, colour = null, image = null;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "template": template = NullableString(property.Value); break;
                case "colour": colour = NullableString(property.Value); break;
                case "image": image = NullableString(property.Value); break;
            }
        }
        return new CoverSpec(template, colour, image);
    }

    private static ChronologyReference ReadChronology(JsonElement element)
    {
        string? file = null;
        int? from = null, to = null;
        var span = default(SourceSpan);
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "file": file = String(value); break;
                case "from": from = value.ValueKind == JsonValueKind.Null ? null : Int32(value); break;
                case "to": to = value.ValueKind == JsonValueKind.Null ? null : Int32(value); break;
                case "span": span = ReadSpan(value); break;
            }
        }
        return new ChronologyReference(file ?? throw new ShapeException(), from, to, span);
    }

    private static SourceSpan ReadSpan(JsonElement element)
    {
        int line = 0, column = 0;
        foreach (var property in Properties(element))
        {
            switch (property.Name)
            {
                case "line": line = Int32(property.Value); break;
                case "column": column = Int32(property.Value); break;
            }
        }
        return new SourceSpan(line, column);
    }

    /// <summary>A notes mode by name (any case, as the serializer's enum converter read it) or by its number.</summary>
    private static NotesMode Notes(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && Enum.IsDefined((NotesMode)number))
            return (NotesMode)number;
        if (value.ValueKind == JsonValueKind.String)
        {
            var name = value.GetString();
            foreach (var mode in Enum.GetValues<NotesMode>())
                if (string.Equals(mode.ToString(), name, StringComparison.OrdinalIgnoreCase)) return mode;
        }
        throw new ShapeException();
    }

    private static JsonElement.ObjectEnumerator Properties(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : throw new ShapeException();

    private static JsonElement.ArrayEnumerator Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new ShapeException();

    private static string String(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new ShapeException();

    private static string? NullableString(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : String(element);

    private static int Int32(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : throw new ShapeException();

    private static long Int64(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) ? value : throw new ShapeException();

    /// <summary>JSON that parses but does not have the manifest's shape.</summary>
    private sealed class ShapeException : Exception;
}
