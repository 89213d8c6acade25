using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Model;

namespace Publish.Pipeline;

/// <summary>
/// The manifest's JSON, written with <see cref="Utf8JsonWriter"/> and read from a <see cref="JsonDocument"/>
/// by hand: <see cref="JsonSerializer"/> would build its metadata and compile ~100 generic methods in every
/// process (~160 ms of CPU on a cold start), for one small file per pamphlet.
/// </summary>
/// <remarks>
/// The shape is the serializer's of schema 1, so manifests written by earlier versions are read: camelCase
/// names in declaration order, indented, null values left out, enums by name. Strings are written as UTF-8
/// (relaxed escaping: the file is never embedded in HTML), where the serializer wrote <c>\u2019</c>; both read
/// back the same. The derived <c>authors</c> and <c>authorLine</c> of the metadata are no longer written and
/// are ignored when read. Reading is as the serializer's was: names match exactly, unknown ones are ignored,
/// a missing value takes its default, the last of repeated names wins. It is stricter in one way: a null
/// where the model has no null (a title, a contributor's name, the list of outputs) makes the manifest of
/// the wrong shape, where the serializer let the null through to fail later.
/// </remarks>
internal static partial class BuildManifestJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static int _warm;

    /// <summary>
    /// Readies the writer once per process (loading the encoder, first calls), for a caller with time to
    /// spare beside the build, so writing the first manifest after it costs only the writing.
    /// </summary>
    public static void Warm()
    {
        if (Interlocked.Exchange(ref _warm, 1) == 0)
            ToUtf8Bytes(new BuildManifest { Stamps = new Dictionary<string, FileStamp>(), Metadata = new Metadata { Title = "’" } });
    }

    /// <summary>The manifest as indented UTF-8 JSON.</summary>
    public static byte[] ToUtf8Bytes(BuildManifest manifest)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            Write(json, manifest);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter json, BuildManifest manifest)
    {
        json.WriteStartObject();
        json.WriteNumber("schema", manifest.Schema);
        WriteString(json, "slug", manifest.Slug);
        WriteString(json, "source", manifest.Source);
        WriteString(json, "key", manifest.Key);
        json.WriteStartObject("inputs");
        foreach (var (name, digest) in manifest.Inputs) json.WriteString(name, digest);
        json.WriteEndObject();
        json.WriteStartArray("outputs");
        foreach (var output in manifest.Outputs)
        {
            json.WriteStartObject();
            WriteString(json, "file", output.File);
            json.WriteNumber("size", output.Size);
            json.WriteNumber("modified", output.Modified);
            WriteString(json, "sha256", output.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteString(json, "trim", manifest.Trim);
        if (manifest.Metadata is { } metadata)
        {
            json.WritePropertyName("metadata");
            WriteMetadata(json, metadata);
        }
        if (manifest.Stamps is { } stamps)
        {
            json.WriteStartObject("stamps");
            foreach (var (name, stamp) in stamps)
            {
                json.WriteStartObject(name);
                json.WriteNumber("size", stamp.Size);
                json.WriteNumber("modified", stamp.Modified);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, Metadata meta)
    {
        json.WriteStartObject();
        WriteString(json, "title", meta.Title);
        WriteString(json, "subtitle", meta.Subtitle);
        json.WriteStartArray("contributors");
        foreach (var contributor in meta.Contributors)
        {
            json.WriteStartObject();
            WriteString(json, "name", contributor.Name);
            WriteString(json, "role", contributor.Role);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteString(json, "date", meta.Date);
        WriteString(json, "edition", meta.Edition);
        WriteString(json, "publisher", meta.Publisher);
        WriteString(json, "series", meta.Series);
        WriteString(json, "seriesNumber", meta.SeriesNumber);
        WriteString(json, "lang", meta.Lang);
        WriteString(json, "rights", meta.Rights);
        if (meta.Source is { } source)
        {
            json.WriteStartObject("source");
            WriteString(json, "title", source.Title);
            WriteString(json, "url", source.Url);
            json.WriteEndObject();
        }
        WriteString(json, "description", meta.Description);
        json.WriteStartArray("subjects");
        foreach (var subject in meta.Subjects) json.WriteStringValue(subject);
        json.WriteEndArray();
        WriteString(json, "theme", meta.Theme);
        WriteString(json, "identifier", meta.Identifier);
        WriteString(json, "modified", meta.Modified);
        if (meta.Cover is { } cover)
        {
            json.WriteStartObject("cover");
            WriteString(json, "template", cover.Template);
            WriteString(json, "colour", cover.Colour);
            WriteString(json, "image", cover.Image);
            json.WriteEndObject();
        }
        if (meta.ChronologyRef is { } chronology)
        {
            json.WriteStartObject("chronologyRef");
            WriteString(json, "file", chronology.File);
            if (chronology.From is { } from) json.WriteNumber("from", from);
            if (chronology.To is { } to) json.WriteNumber("to", to);
            json.WriteStartObject("span");
            json.WriteNumber("line", chronology.Span.Line);
            json.WriteNumber("column", chronology.Span.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteString("notes", meta.Notes.ToString());
        json.WriteEndObject();
    }

    /// <summary>A string property, left out when null (as the serializer's <c>WhenWritingNull</c>).</summary>
    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
