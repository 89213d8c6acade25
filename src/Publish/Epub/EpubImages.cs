using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// The images the text uses (figures and inline images in sections, notes and the chronology),
/// read from the pamphlet's folder and given a name inside the EPUB. Remote, missing and
/// unsupported images are left out; the reader has already reported them.
/// </summary>
internal sealed class EpubImages
{
    private readonly Dictionary<string, EpubItem> _bySource = new(StringComparer.Ordinal);

    /// <summary>The manifest items of the images found, in order of first use.</summary>
    public IReadOnlyList<EpubItem> Items { get; }

    private EpubImages(List<EpubItem> items) => Items = items;

    /// <summary>Collects and reads every image the document refers to.</summary>
    public static EpubImages Collect(Document doc)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrEmpty(doc.SourcePath) ? "." : doc.SourcePath)) ?? ".";
        var items = new List<EpubItem>();
        var images = new EpubImages(items);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cover.png" };
        foreach (var source in Sources(doc))
        {
            if (images._bySource.ContainsKey(source)) continue;
            var item = Load(folder, source, items.Count + 1, names);
            if (item is null) continue;
            images._bySource[source] = item;
            items.Add(item);
        }
        return images;
    }

    /// <summary>The href of an image inside the EPUB, or null when it was left out.</summary>
    public string? Href(string source) => _bySource.TryGetValue(source, out var item) ? item.Href : null;

    /// <summary>The media type for a file name, or null when EPUB does not allow it as an image.</summary>
    public static string? MediaType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        _ => null,
    };

    private static IEnumerable<string> Sources(Document doc)
    {
        var blocks = doc.Sections.SelectMany(s => s.Blocks).Concat(doc.Notes.SelectMany(n => n.Blocks));
        var inlines = EpubModelWalk.Inlines(doc.Sections.Where(s => s.Heading is not null).SelectMany(s => s.Heading!.Content));
        if (doc.Chronology is { } chronology)
            inlines = inlines.Concat(EpubModelWalk.Inlines(chronology.Entries.SelectMany(e => e.Event).Concat(chronology.Note ?? [])));
        foreach (var block in EpubModelWalk.Blocks(blocks))
        {
            if (block is Figure f) yield return f.Source;
            foreach (var inline in EpubModelWalk.Inlines(EpubModelWalk.OwnInlines(block)))
                if (inline is Image i) yield return i.Source;
        }
        foreach (var inline in inlines)
            if (inline is Image i) yield return i.Source;
    }

    private static EpubItem? Load(string folder, string source, int number, HashSet<string> names)
    {
        if (source.Length == 0 || source.Contains("://", StringComparison.Ordinal) || source.StartsWith("data:", StringComparison.Ordinal))
            return null;
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        var mediaType = MediaType(relative);
        if (mediaType is null) return null;
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (!File.Exists(path)) return null;
        var stem = EpubIds.Safe(Path.GetFileNameWithoutExtension(path));
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var name = stem + extension;
        for (int n = 2; !names.Add(name); n++) name = $"{stem}-{n}{extension}";
        return new EpubItem($"img-{number}", "images/" + name, mediaType, File.ReadAllBytes(path));
    }
}
