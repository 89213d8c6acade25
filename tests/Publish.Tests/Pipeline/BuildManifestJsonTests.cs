using System.Text;
using System.Text.Json;
using Publish.Model;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Pipeline;

/// <summary>
/// The build manifest's hand-written JSON: it round-trips every field, keeps the shape the
/// serializer wrote (so older manifests are read), and sorts damaged files as before.
/// </summary>
public sealed class BuildManifestJsonTests
{
    /// <summary>A manifest written by JsonSerializer (schema 1, Publish 0.1.0) for a pamphlet setting every front-matter field.</summary>
    private static string SerializerManifest => Path.Combine(TestPaths.Root, "tests", "Publish.Tests", "Pipeline", "Manifests", "schema1-serializer.json");

    private static BuildManifest Full(NotesMode notes) => new()
    {
        Slug = "full",
        Source = "/somewhere/sources/full",
        Key = new string('a', 64),
        Inputs = new Dictionary<string, string> { ["pamphlet/pamphlet.md"] = new('b', 64), ["cover-art"] = "absent", ["setting:theme-override"] = "" },
        Outputs = [new OutputRecord("full.pdf", 12345, 639310500226838621, new string('c', 64)), new OutputRecord("full.epub", 0, 0, new string('d', 64))],
        Trim = "A6",
        Metadata = new Metadata
        {
            Title = "Title with “quotes”, a \"straight\" one, a \\ and a tab\t",
            Subtitle = "Über — naïve 🌹 <b>&amp;</b> 'x' +",
            Contributors = [new Contributor("Ann", "aut"), new Contributor("Tom", "trl"), new Contributor("Eve", "edt")],
            Date = "1921",
            Edition = "Third",
            Publisher = "Press",
            Series = "Series",
            SeriesNumber = "7",
            Lang = "de-DE",
            Rights = "CC0",
            Source = new SourceReference(null, "https://example.org/?a=1&b=2"),
            Description = "Line one\nline two",
            Subjects = ["one", "two"],
            Theme = "plain",
            Identifier = "urn:uuid:1",
            Modified = "1921-01-01T00:00:00Z",
            Cover = new CoverSpec("band", "#aa3322", null),
            ChronologyRef = new ChronologyReference("chronology.yaml", 1917, null, new SourceSpan(12, 13)),
            Notes = notes,
        },
        Stamps = new Dictionary<string, FileStamp> { ["pamphlet/pamphlet.md"] = new(205729, 639310497619051592), ["sources/_series/x.yaml"] = new(-1, 0) },
    };

    [Theory]
    [InlineData(NotesMode.Endnotes)]
    [InlineData(NotesMode.ChapterEndnotes)]
    [InlineData(NotesMode.Footnotes)]
    public void A_full_manifest_round_trips_every_field(NotesMode notes)
    {
        var written = Full(notes);
        var read = Read(BuildManifestJson.ToUtf8Bytes(written));

        Assert.NotNull(read);
        Assert.Equal(written.Schema, read.Schema);
        Assert.Equal(written.Slug, read.Slug);
        Assert.Equal(written.Source, read.Source);
        Assert.Equal(written.Key, read.Key);
        Assert.Equal(written.Inputs, read.Inputs);
        Assert.Equal(written.Outputs, read.Outputs);
        Assert.Equal(written.Trim, read.Trim);
        Assert.Equal(written.Stamps, read.Stamps);
        AssertSameMetadata(written.Metadata!, read.Metadata!);
        Assert.Equal(BuildManifestJson.ToUtf8Bytes(written), BuildManifestJson.ToUtf8Bytes(read));
    }

    [Fact]
    public void Missing_optional_values_round_trip_as_null_and_are_not_written()
    {
        var written = new BuildManifest { Slug = "bare", Key = "k", Metadata = new Metadata { Title = "Bare" } };
        var bytes = BuildManifestJson.ToUtf8Bytes(written);
        var text = Encoding.UTF8.GetString(bytes);
        var read = Read(bytes);

        Assert.DoesNotContain("null", text);
        Assert.DoesNotContain("\"stamps\"", text);
        Assert.DoesNotContain("\"subtitle\"", text);
        Assert.NotNull(read);
        Assert.Null(read.Stamps);
        Assert.Empty(read.Outputs);
        Assert.Empty(read.Inputs);
        AssertSameMetadata(written.Metadata, read.Metadata!);
        Assert.Null(read.Metadata!.Source);
        Assert.Null(read.Metadata.Cover);
        Assert.Null(read.Metadata.ChronologyRef);
    }

    [Fact]
    public void The_json_is_indented_camel_case_utf8_with_enums_by_name()
    {
        var text = Encoding.UTF8.GetString(BuildManifestJson.ToUtf8Bytes(Full(NotesMode.ChapterEndnotes)));

        Assert.StartsWith("{\n  \"schema\": 1,\n  \"slug\": \"full\",\n", text);
        Assert.Contains("\n    \"seriesNumber\": \"7\",\n", text);
        Assert.Contains("\"chronologyRef\": {\n      \"file\": \"chronology.yaml\",\n      \"from\": 1917,\n      \"span\": {\n        \"line\": 12,\n        \"column\": 13\n      }\n    },", text);
        Assert.Contains("\"notes\": \"ChapterEndnotes\"", text);
        Assert.Contains("“quotes”", text);
        Assert.Contains("\\\"straight\\\"", text);
        Assert.Contains("\\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.DoesNotContain("authorLine", text);
    }

    [Fact]
    public void A_manifest_written_by_the_serializer_is_read_whole()
    {
        var manifest = BuildManifest.TryRead(SerializerManifest);

        Assert.NotNull(manifest);
        Assert.Null(BuildManifest.Problem(SerializerManifest));
        Assert.Equal("full-meta", manifest.Slug);
        Assert.Equal("2db9981cff5617d76a4a8a38aab40cc52646511ddab4ea6dc433330c113b8ebc", manifest.Key);
        Assert.Equal(17, manifest.Inputs.Count);
        Assert.Equal("absent", manifest.Inputs["cover-art"]);
        Assert.Equal("", manifest.Inputs["setting:theme-override"]);
        var output = Assert.Single(manifest.Outputs);
        Assert.Equal(new OutputRecord("full-meta.epub", 99465, 639310512046198621, "a6be364da13705e1348f1e9adb27beca3710e9bc03789d55a9bce60dc94e5557"), output);
        Assert.Equal("A5", manifest.Trim);
        Assert.Equal(8, manifest.Stamps!.Count);
        Assert.Equal(new FileStamp(380660, 639310510891718621), manifest.Stamps["styles/fonts/DejaVuSerif.ttf"]);

        var meta = manifest.Metadata!;
        Assert.Equal("Every Field’s Pamphlet", meta.Title);
        Assert.Equal("A test of the manifest’s „metadata“ — all of it", meta.Subtitle);
        Assert.Equal([new Contributor("Ann Author", "aut"), new Contributor("Bob Author", "aut"), new Contributor("Tom Translator", "trl"), new Contributor("Eve Editor", "edt")],
            meta.Contributors);
        Assert.Equal("Ann Author and Bob Author", meta.AuthorLine);
        Assert.Equal(("1921-03-08", "Second edition", "Test Press"), (meta.Date, meta.Edition, meta.Publisher));
        Assert.Equal(("Test Series", "7", "de-DE", "CC BY-SA 4.0"), (meta.Series, meta.SeriesNumber, meta.Lang, meta.Rights));
        Assert.Equal(new SourceReference("A source, with ‘quotes’", "https://example.org/a?b=1&c=<2>"), meta.Source);
        Assert.Equal("Über alles: naïve façade, 1917–1921 + emoji 🌹.", meta.Description);
        Assert.Equal(["Räte", "workers' control"], meta.Subjects);
        Assert.Equal(("default", "urn:isbn:9780000000002", "1921-03-08T00:00:00Z"), (meta.Theme, meta.Identifier, meta.Modified));
        Assert.Equal(new CoverSpec("classic", "#aa3322", null), meta.Cover);
        Assert.Equal(new ChronologyReference("chronology.yaml", 1917, 1921, new SourceSpan(20, 13)), meta.ChronologyRef);
        Assert.Equal(NotesMode.Footnotes, meta.Notes);
    }

    [Fact]
    public void Rewriting_a_serializer_manifest_keeps_its_json_but_the_derived_author_fields()
    {
        var old = File.ReadAllBytes(SerializerManifest);
        var rewritten = BuildManifestJson.ToUtf8Bytes(BuildManifest.TryRead(SerializerManifest)!);

        using var oldJson = JsonDocument.Parse(old);
        using var newJson = JsonDocument.Parse(rewritten);
        Assert.Equal(Canonical(oldJson.RootElement, skip: ["authors", "authorLine"]), Canonical(newJson.RootElement));
        Assert.True(oldJson.RootElement.GetProperty("metadata").TryGetProperty("authorLine", out _));
        Assert.False(newJson.RootElement.GetProperty("metadata").TryGetProperty("authorLine", out _));
        Assert.True(rewritten.Length < old.Length, "UTF-8 rather than \\u escapes, and no derived fields");
    }

    [Fact]
    public void Missing_values_take_the_model_defaults_and_unknown_names_are_ignored()
    {
        var manifest = Read("""{ "slug": "a", "key": "k", "later": { "x": [1, 2] }, "metadata": { "title": "T", "authors": ["A"], "extra": null } }""");

        Assert.NotNull(manifest);
        Assert.Equal(BuildManifest.CurrentSchema, manifest.Schema);
        Assert.Equal(("", "A5"), (manifest.Source, manifest.Trim));
        Assert.Empty(manifest.Outputs);
        Assert.Null(manifest.Stamps);
        var meta = manifest.Metadata!;
        var defaults = new Metadata { Title = "T" };
        Assert.Equal((defaults.Lang, defaults.Theme, defaults.Identifier, defaults.Modified, defaults.Notes), (meta.Lang, meta.Theme, meta.Identifier, meta.Modified, meta.Notes));
        Assert.Empty(meta.Contributors);
        Assert.Empty(meta.Subjects);
    }

    [Theory]
    [InlineData("\"footnotes\"", NotesMode.Footnotes)]
    [InlineData("\"CHAPTERENDNOTES\"", NotesMode.ChapterEndnotes)]
    [InlineData("2", NotesMode.Footnotes)]
    public void Notes_are_read_by_name_in_any_case_or_by_number(string json, NotesMode expected) =>
        Assert.Equal(expected, Read($$"""{ "slug": "a", "key": "k", "metadata": { "title": "T", "notes": {{json}} } }""")!.Metadata!.Notes);

    [Theory]
    [InlineData("""{ "slug": "a", "key": "k", "outputs": [{ "file": "a.pdf", "size": "12", "modified": 0, "sha256": "x" }] }""")]
    [InlineData("""{ "slug": "a", "key": "k", "outputs": [{ "file": "a.pdf", "size": 1.5, "modified": 0, "sha256": "x" }] }""")]
    [InlineData("""{ "slug": "a", "key": "k", "outputs": [{ "file": "a.pdf", "size": 1, "modified": 0 }] }""")]
    [InlineData("""{ "slug": "a", "key": "k", "outputs": null }""")]
    [InlineData("""{ "slug": "a", "key": "k", "outputs": {} }""")]
    [InlineData("""{ "slug": "a", "key": "k", "inputs": { "x": 1 } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "stamps": { "x": { "size": "big" } } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "subtitle": "no title" } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": null } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": "T", "notes": "Sidenotes" } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": "T", "notes": 7 } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": "T", "contributors": [{ "name": "A" }] } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": "T", "chronologyRef": { "from": 1917 } } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": { "title": "T", "subjects": [1] } }""")]
    [InlineData("""{ "slug": "a", "key": "k", "metadata": "T" }""")]
    [InlineData("""{ "schema": "1", "slug": "a", "key": "k" }""")]
    [InlineData("""{ "schema": 1, "slug": "a" }""")]
    [InlineData("""{ "schema": 1, "key": "k" }""")]
    [InlineData("""{ "slug": null, "key": "k" }""")]
    [InlineData("{}")]
    public void Json_of_the_wrong_shape_is_not_read_and_is_reported_as_such(string json)
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, BuildCache.ManifestName);
        File.WriteAllText(path, json);

        Assert.Null(BuildManifest.TryRead(path));
        Assert.Equal("incomplete or of the wrong shape", BuildManifest.Problem(path));
    }

    [Theory]
    [InlineData("{ \"schema\": 1, \"key\": ", "not valid JSON")]
    [InlineData("{ \"schema\": 1, } ", "not valid JSON")]
    [InlineData("{ \"schema\": 1 } // comment", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{ \"schema\": 999 }", null)]
    [InlineData("{ \"schema\": 2, \"slug\": null }", null)]
    public void Damaged_and_other_schema_files_are_not_read_and_only_damage_is_a_problem(string content, string? problem)
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, BuildCache.ManifestName);
        File.WriteAllText(path, content);

        Assert.Null(BuildManifest.TryRead(path));
        Assert.Equal(problem, BuildManifest.Problem(path));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_json_are_not_valid_json_and_a_missing_file_is_no_problem()
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, BuildCache.ManifestName);
        Assert.Null(BuildManifest.TryRead(path));
        Assert.Null(BuildManifest.Problem(path));

        File.WriteAllBytes(path, [0xFF, 0x00, 0x13]);
        Assert.Null(BuildManifest.TryRead(path));
        Assert.Equal("not valid JSON", BuildManifest.Problem(path));
    }

    [Fact]
    public void Write_replaces_the_file_whole()
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, BuildCache.ManifestName);
        File.WriteAllText(path, new string('x', 100_000));

        Full(NotesMode.Endnotes).Write(path);

        Assert.Equal(BuildManifestJson.ToUtf8Bytes(Full(NotesMode.Endnotes)), File.ReadAllBytes(path));
        Assert.Equal([BuildCache.ManifestName], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    private static BuildManifest? Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static BuildManifest? Read(byte[] json)
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, BuildCache.ManifestName);
        File.WriteAllBytes(path, json);
        return BuildManifest.TryRead(path);
    }

    private static void AssertSameMetadata(Metadata expected, Metadata actual)
    {
        Assert.Equal(expected.Contributors, actual.Contributors);
        Assert.Equal(expected.Subjects, actual.Subjects);
        Assert.Equal(expected with { Contributors = [], Subjects = [] }, actual with { Contributors = [], Subjects = [] });
    }

    /// <summary>The JSON's values and names in order, escapes decoded, without the properties named in <paramref name="skip"/>.</summary>
    private static string Canonical(JsonElement element, HashSet<string>? skip = null)
    {
        var text = new StringBuilder();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    text.Append('{');
                    foreach (var p in e.EnumerateObject())
                    {
                        if (skip?.Contains(p.Name) == true) continue;
                        Quote(p.Name);
                        text.Append(':');
                        Walk(p.Value);
                        text.Append(',');
                    }
                    text.Append('}');
                    break;
                case JsonValueKind.Array:
                    text.Append('[');
                    foreach (var item in e.EnumerateArray()) { Walk(item); text.Append(','); }
                    text.Append(']');
                    break;
                case JsonValueKind.String:
                    Quote(e.GetString()!);
                    break;
                default:
                    text.Append(e.GetRawText());
                    break;
            }
        }
        void Quote(string value) => text.Append('"').Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        Walk(element);
        return text.ToString();
    }
}
