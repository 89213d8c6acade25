using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Publish.Pdf;

/// <summary>
/// The global PDFsharp font resolver: a face name is our font key (a TTF file name) and
/// resolves to the bytes registered for it. PDFsharp caches faces process-wide by name, so the
/// first bytes registered for a key win; keys are file names, so that is the same file.
/// </summary>
internal sealed class RegisteredFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    /// <summary>Makes a font key resolvable (no-op when it already is).</summary>
    public void Register(string key, Func<byte[]> load) => _fonts.GetOrAdd(key, _ => load());

    /// <summary>True once <paramref name="key"/> is registered.</summary>
    public bool IsRegistered(string key) => _fonts.ContainsKey(key);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => _fonts.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _fonts.TryGetValue(faceName, out var data) ? data : null;
}
