using System.Text.Json;

namespace Publish.Pipeline;

/// <summary>One output as it was written: name inside the pamphlet's output folder, size, write time (UTC ticks), SHA-256.</summary>
internal sealed record OutputRecord(string File, long Size, long Modified, string Sha256);

/// <summary>The JSON manifest beside a pamphlet's outputs (see <see cref="BuildCache"/>; its JSON, <see cref="BuildManifestJson"/>).</summary>
internal sealed record BuildManifest
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public string Slug { get; init; } = "";
    /// <summary>The pamphlet folder it was built from (full path at build time; informative only).</summary>
    public string Source { get; init; } = "";
    public string Key { get; init; } = "";
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<OutputRecord> Outputs { get; init; } = [];
    public string Trim { get; init; } = "A5";
    public Model.Metadata? Metadata { get; init; }
    /// <summary>Size and write time of the inputs and folders when the key was computed, for the fast path (<see cref="InputStamps"/>).</summary>
    public IReadOnlyDictionary<string, FileStamp>? Stamps { get; init; }

    /// <summary>Writes the manifest to <paramref name="path"/> atomically (a reader sees the old file or the whole new one).</summary>
    public void Write(string path) => AtomicFile.WriteAllBytes(path, BuildManifestJson.ToUtf8Bytes(this));

    /// <summary>
    /// Why an existing manifest cannot be read at all ("unreadable (…)", "not valid JSON", "incomplete or of the wrong shape"),
    /// or null when it is missing, readable, or written by another schema version (not damage).
    /// </summary>
    public static string? Problem(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (root.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Number
                && schema.TryGetInt32(out var version) && version != CurrentSchema) return null;
            return Usable(BuildManifestJson.Read(root)) is null ? "incomplete or of the wrong shape" : null;
        }
        catch (JsonException)
        {
            return "not valid JSON";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable (" + e.Message + ")";
        }
    }

    /// <summary>The manifest, or null when it is missing, unreadable, corrupt or of another schema.</summary>
    public static BuildManifest? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return Usable(BuildManifestJson.Read(json.RootElement));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The manifest when it is of this schema and names its pamphlet and key; else null.</summary>
    private static BuildManifest? Usable(BuildManifest? manifest) =>
        manifest is { Schema: CurrentSchema, Key.Length: > 0, Slug.Length: > 0 } ? manifest : null;
}
