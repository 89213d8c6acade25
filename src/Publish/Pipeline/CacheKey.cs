using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Chronologies;
using Publish.Covers;
using Publish.Diagnostics;
using Publish.Reading;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Text;
using YamlDotNet.RepresentationModel;

namespace Publish.Pipeline;

/// <summary>
/// Everything one pamphlet's outputs depend on, as named inputs and their SHA-256 hashes:
/// the files of the pamphlet folder, images it reaches outside it, a shared chronology, the
/// theme and every theme it extends, the fonts those themes name (and the fallback faces), the
/// hyphenation patterns for its language, <c>styles/base.css</c>, cover art, its series file
/// (<c>sources/_series/</c>), the back-list it prints (other pamphlets' front matter), and the settings: formats, <c>--theme</c>, SOURCE_DATE_EPOCH, Publish's version and the assembly's MVID (so a new build of
/// Publish rebuilds everything). A file that was looked for and not found is an input too
/// ("absent"), so adding it later changes the key. <see cref="Digest"/> hashes them all.
/// </summary>
internal sealed partial record CacheKey(string Digest, IReadOnlyDictionary<string, string> Inputs)
{
    public const string Absent = "absent";

    /// <summary>The input that fingerprints the back-list a print edition shows (other pamphlets' front matter).</summary>
    public const string BacklistInput = "backlist";

    /// <summary>
    /// The key, or null when the front matter cannot be read (such a pamphlet is always built;
    /// the build reports why). Never throws for bad input.
    /// </summary>
    public static CacheKey? Compute(string pamphletDir, OutputFormat formats, BuildServices services, FileHasher hasher)
    {
        try
        {
            return ComputeOrThrow(Path.GetFullPath(pamphletDir), formats, services, hasher);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DiagnosticException
                                      or YamlDotNet.Core.YamlException or ArgumentException or NotSupportedException
                                      or InvalidOperationException) // YamlDotNet throws it for some unclosed flow collections
        {
            return null;
        }
    }

    private static CacheKey? ComputeOrThrow(string pamphletDir, OutputFormat formats, BuildServices services, FileHasher hasher)
    {
        var workspace = services.Workspace;
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string Name(string path) => FileHasher.Name(path, workspace.Root);
        void File(string path) => inputs[Name(path)] = hasher.Hash(path);

        // The pamphlet folder: pamphlet.md, chronology.yaml, images, anything else in it.
        foreach (var file in Directory.EnumerateFiles(pamphletDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(pamphletDir, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))) continue;
            inputs["pamphlet/" + relative.Replace('\\', '/')] = FileHasher.HashUncached(file);
        }

        // What the front matter names: read it alone (cheap), as the build will.
        var sourcePath = Path.Combine(pamphletDir, PamphletReader.FileName);
        if (!System.IO.File.Exists(sourcePath)) return null;
        var text = SourceText.Decode(System.IO.File.ReadAllBytes(sourcePath), sourcePath);
        var (yaml, yamlLine, body) = FrontMatterSplitter.Split(text, sourcePath);
        if (yamlLine == 0) return null;
        var scratch = new DiagnosticBag();
        var meta = new FrontMatterReader(sourcePath, yamlLine, scratch).Read(yaml);
        if (meta is null) return null;

        // Images referenced outside the pamphlet folder (../shared/figure.png).
        foreach (Match match in ImageReference().Matches(body))
        {
            var target = match.Groups["path"].Value;
            if (target.Contains("://", StringComparison.Ordinal)) continue;
            var full = Path.GetFullPath(Path.Combine(pamphletDir, Uri.UnescapeDataString(target)));
            if (full.StartsWith(pamphletDir + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (System.IO.File.Exists(full)) File(full); else inputs[Name(full)] = Absent;
        }

        // A shared chronology (one in the pamphlet folder is hashed above).
        if (meta.ChronologyRef is { } reference)
        {
            var chronology = ChronologyFileResolver.Resolve(reference, pamphletDir, workspace.Sources, scratch, sourcePath);
            if (chronology is null) inputs["chronology:" + reference.File] = Absent;
            else if (!Path.GetFullPath(chronology).StartsWith(pamphletDir + Path.DirectorySeparatorChar, StringComparison.Ordinal)) File(Path.GetFullPath(chronology));
        }

        // The series file (it may give the theme and the publisher), then the theme as the loader picks it.
        SeriesSettings? series = null;
        if (!string.IsNullOrWhiteSpace(meta.Series))
        {
            var seriesPath = Path.Combine(workspace.Sources, SeriesSettings.Folder, Transforms.IdAssigner.Slug(meta.Series) + ".yaml");
            if (System.IO.File.Exists(seriesPath)) File(seriesPath); else inputs[Name(seriesPath)] = Absent;
            series = SeriesSettings.Load(meta.Series, workspace.Sources, scratch);
        }
        var themeName = services.ThemeOverride ?? (meta.Theme is { Length: > 0 } named ? named : series?.Theme ?? "default");
        inputs["setting:theme-override"] = services.ThemeOverride ?? "";

        // The theme, the themes it extends, and the fonts they name.
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var family in new[] { Styling.FontFamily.Charis }) fonts.UnionWith(family.Files);
        fonts.UnionWith(FontSelector.FallbackKeys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? padding = null;
        for (var theme = themeName; theme is not null && seen.Add(theme);)
        {
            var path = services.Themes.PathOf(theme);
            if (!ThemeName().IsMatch(theme) || !System.IO.File.Exists(path))
            {
                inputs["theme:" + theme] = Absent;
                break;
            }
            File(path);
            theme = ReadTheme(path, fonts, ref padding);
        }
        foreach (var font in fonts)
        {
            var path = Path.Combine(services.Themes.FontsDir, font);
            if (font != Path.GetFileName(font)) continue;
            if (System.IO.File.Exists(path)) File(path); else inputs[Name(path)] = Absent;
        }

        // Hyphenation patterns for the language, base CSS, cover art.
        var hyphenation = Path.Combine(workspace.Styles, "hyphenation");
        var region = HyphenatorSet.Region(meta.Lang);
        var patterns = region switch
        {
            "US" => [HyphenatorSet.AmericanFile, HyphenatorSet.ExceptionsFile],
            "GB" => new[] { HyphenatorSet.BritishFile, HyphenatorSet.ExceptionsFile },
            _ => [],
        };
        foreach (var file in patterns)
        {
            var path = Path.Combine(hyphenation, file);
            if (System.IO.File.Exists(path)) File(path); else inputs[Name(path)] = Absent;
        }
        var css = Path.Combine(workspace.Styles, "base.css");
        if (System.IO.File.Exists(css)) File(css); else inputs[Name(css)] = Absent;

        var slug = Path.GetFileName(pamphletDir);
        var art = CoverArt.Find(meta, slug, workspace.Covers, pamphletDir);
        inputs["cover-art"] = art is null ? Absent : Name(art);
        if (art is not null) File(art);

        // The back-list printed on spare pages shows other pamphlets' front matter: what it shows is an input.
        if (padding == "backlist" && (formats & (OutputFormat.Print | OutputFormat.Booklet)) != 0)
            inputs[BacklistInput] = PamphletBuilder.BacklistFingerprint(services, pamphletDir, slug, meta);

        // Settings and the program itself.
        inputs["setting:formats"] = formats.ToString();
        inputs["setting:source-date-epoch"] = services.SourceDateEpoch ?? "";
        inputs["publish:version"] = services.Version;
        inputs["publish:mvid"] = typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        var canonical = new StringBuilder();
        foreach (var (name, hash) in inputs) canonical.Append(name).Append('\t').Append(hash).Append('\n');
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
        return new CacheKey(digest, inputs);
    }

    /// <summary>
    /// Adds the font files a theme names to <paramref name="fonts"/> and takes its print padding
    /// unless a theme extending it set one already; returns the theme it extends, if any.
    /// </summary>
    private static string? ReadTheme(string path, SortedSet<string> fonts, ref string? padding)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
        string? extends = null;
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name == "extends" && value is YamlScalarNode parent) extends = parent.Value;
            if (name == "fonts") CollectScalars(value, fonts);
            if (name == "print" && value is YamlMappingNode print && padding is null)
                foreach (var (k, v) in print.Children)
                    if (k is YamlScalarNode { Value: "padding" } && v is YamlScalarNode p) padding = p.Value;
        }
        return extends;
    }

    private static void CollectScalars(YamlNode node, SortedSet<string> into)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } value } when value.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase):
                into.Add(value);
                break;
            case YamlMappingNode map:
                foreach (var child in map.Children.Values) CollectScalars(child, into);
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children) CollectScalars(child, into);
                break;
        }
    }

    /// <summary>Inline images <c>![alt](path)</c> and reference definitions <c>[id]: path</c>.</summary>
    [GeneratedRegex(@"!\[[^\]]*\]\(\s*<?(?<path>[^)\s>]+)|^ {0,3}\[[^\]]+\]:\s*<?(?<path>[^\s>]+)", RegexOptions.Multiline)]
    private static partial Regex ImageReference();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ThemeName();
}

/// <summary>
/// SHA-256 of files, each shared file (themes, fonts, patterns, chronologies) hashed at most
/// once per build and shared between parallel jobs.
/// </summary>
internal sealed class FileHasher
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _hashes = new(StringComparer.Ordinal);

    public string Hash(string path) =>
        _hashes.GetOrAdd(Path.GetFullPath(path), p => new Lazy<string>(() => HashUncached(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public static string HashUncached(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>An input's name: relative to the workspace when inside it, with '/' separators.</summary>
    public static string Name(string path, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative)
            .Replace('\\', '/');
    }
}
