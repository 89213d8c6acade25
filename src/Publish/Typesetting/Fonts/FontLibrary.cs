using System.Collections.Concurrent;
using Publish.Diagnostics;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Loads fonts by key (file name) from one fonts directory, each at most once, and shares the
/// parsed, read-only <see cref="TrueTypeFont"/> across parallel builds. A font that failed to
/// load fails the same way on every later request.
/// </summary>
internal sealed class FontLibrary
{
    private static readonly ConcurrentDictionary<string, FontLibrary> Defaults = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> _fonts = new(StringComparer.Ordinal);

    /// <summary>A library over <paramref name="directory"/>; prefer <see cref="Default"/> to share the cache.</summary>
    public FontLibrary(string directory) => Directory = Normalize(directory);

    /// <summary>The process-wide library for a fonts directory (one per full path).</summary>
    public static FontLibrary Default(string fontsDir) =>
        Defaults.GetOrAdd(Normalize(fontsDir), static dir => new FontLibrary(dir));

    /// <summary>The fonts directory, as a full path.</summary>
    public string Directory { get; }

    /// <summary>
    /// The font with this key, parsed on first use. Throws <see cref="FontFormatException"/>
    /// (code PUB3006 when the file is missing or the key is not a plain file name; PUB3101–3103
    /// when the file is not a usable TrueType font).
    /// </summary>
    public TrueTypeFont Get(string key) =>
        (_fonts.TryGetValue(key, out var known) ? known : Add(key)).Value;

    private Lazy<TrueTypeFont> Add(string key) =>
        _fonts.GetOrAdd(key, k => new Lazy<TrueTypeFont>(() => Load(k), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>Like <see cref="Get"/>, but returns the failure instead of throwing it.</summary>
    public bool TryGet(string key, out TrueTypeFont? font, out FontFormatException? error)
    {
        try
        {
            font = Get(key);
            error = null;
            return true;
        }
        catch (FontFormatException e)
        {
            font = null;
            error = e;
            return false;
        }
    }

    /// <summary>True when the directory holds a file with this key (it may still fail to parse).</summary>
    public bool Contains(string key) => IsPlainFileName(key) && File.Exists(Path.Combine(Directory, key));

    /// <summary>Keys of the .ttf files in the directory, sorted ordinally.</summary>
    public IReadOnlyList<string> Keys() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.ttf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    private TrueTypeFont Load(string key)
    {
        if (!IsPlainFileName(key))
            throw new FontFormatException(Codes.ThemeFontMissing, key, "font key must be a file name inside the fonts directory");
        var path = Path.Combine(Directory, key);
        if (!File.Exists(path))
            throw new FontFormatException(Codes.ThemeFontMissing, key, $"font file not found in {Directory}");
        return TrueTypeFont.Parse(File.ReadAllBytes(path), key);
    }

    private static string Normalize(string directory) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    private static bool IsPlainFileName(string key) =>
        key.Length > 0 && key == Path.GetFileName(key) && key is not ("." or "..");
}
