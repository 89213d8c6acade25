using System.Globalization;
using System.Text;
using Publish.Diagnostics;
using Publish.Model;
using Publish.Reading;
using Publish.Transforms;
using Publish.Typesetting.Pagination;

namespace Publish.Pipeline;

/// <summary>
/// The front matter of every pamphlet in one catalogue folder, read once per build (front
/// matter only, so it is cheap), for the back-lists pamphlets print on their spare pages.
/// Pamphlets are built independently; this is what they may know about each other. A folder
/// whose front matter cannot be read is left out (its own build reports why).
/// </summary>
internal sealed class SeriesCatalogue
{
    private readonly IReadOnlyList<(string Slug, Metadata Meta)> _members;

    private SeriesCatalogue(IReadOnlyList<(string Slug, Metadata Meta)> members) => _members = members;

    public int Count => _members.Count;

    /// <summary>Reads the front matter of every pamphlet folder directly under <paramref name="folder"/>.</summary>
    public static SeriesCatalogue Load(Workspace workspace, string folder)
    {
        var members = new List<(string, Metadata)>();
        foreach (var dir in workspace.AllPamphletsIn(folder))
            if (ReadFrontMatter(dir) is { } meta) members.Add((Path.GetFileName(dir), meta));
        return new SeriesCatalogue(members);
    }

    private static Metadata? ReadFrontMatter(string dir)
    {
        var path = Path.Combine(dir, PamphletReader.FileName);
        try
        {
            if (!File.Exists(path)) return null;
            var text = SourceText.Decode(File.ReadAllBytes(path), path);
            var (yaml, line, _) = FrontMatterSplitter.Split(text, path);
            return line == 0 ? null : new FrontMatterReader(path, line, new DiagnosticBag()).Read(yaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DiagnosticException
                                      or YamlDotNet.Core.YamlException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The back-list for pamphlet <paramref name="slug"/>: the other members of its series in
    /// series order ("Also in …"), or, for a pamphlet in no series, every other title of the
    /// catalogue by title ("Also available"). Null when there is nothing to list. Quotes and
    /// dashes follow the advertising pamphlet's language, as its own text does.
    /// </summary>
    public Backlist? For(string slug, Metadata meta)
    {
        var style = QuoteStyle.For(meta.Lang);
        string Typeset(string text) => Typographer.Plain(style, text);
        bool inSeries = !string.IsNullOrWhiteSpace(meta.Series);
        var series = inSeries ? IdAssigner.Slug(meta.Series!) : null;
        var others = _members
            .Where(m => m.Slug != slug && (!inSeries || (m.Meta.Series is { } s && IdAssigner.Slug(s) == series)))
            .OrderBy(m => inSeries ? SeriesOrder(m.Meta.SeriesNumber) : 0)
            .ThenBy(m => inSeries ? m.Meta.SeriesNumber ?? "" : "", StringComparer.Ordinal)
            .ThenBy(m => SortKey(m.Meta.Title), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => new BacklistEntry(Typeset(m.Meta.Title), m.Meta.AuthorLine, inSeries ? m.Meta.SeriesNumber : null,
                m.Meta.Description is { } d ? Typeset(d) : null))
            .ToList();
        if (others.Count == 0) return null;
        return new Backlist(inSeries ? "Also in " + Typeset(meta.Series!) : "Also available", others);
    }

    /// <summary>A title without leading quotes or punctuation, so it files under its first word.</summary>
    private static string SortKey(string title) => string.Concat(title.SkipWhile(c => !char.IsLetterOrDigit(c)));

    /// <summary>Numbered members first, by number; unnumbered ones after them.</summary>
    private static double SeriesOrder(string? number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue;

    /// <summary>Everything a back-list shows, as text, for the incremental build's cache key.</summary>
    public static string Fingerprint(Backlist? backlist)
    {
        if (backlist is null) return "none";
        var text = new StringBuilder(backlist.Heading).Append('\n');
        foreach (var e in backlist.Entries)
            text.Append(e.Number).Append('\t').Append(e.Title).Append('\t').Append(e.Author).Append('\t').Append(e.Description).Append('\n');
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
