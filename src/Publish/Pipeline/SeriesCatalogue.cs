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

    /// <summary>
    /// Each series' (or the whole catalogue's) entries, typeset and in order, with the
    /// fingerprint of the whole list, per quote style: made once, so a catalogue of N pamphlets
    /// costs N entries per list rather than N for every pamphlet.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string? Series, QuoteStyle Style), Lazy<Listing>> _listings = new();

    private sealed record Listing(IReadOnlyList<(string Slug, BacklistEntry Entry)> Entries, string Fingerprint);

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

    /// <summary>A pamphlet folder's front matter alone, or null when it cannot be read (its build reports why).</summary>
    public static Metadata? ReadFrontMatter(string dir)
    {
        var path = Path.Combine(dir, PamphletReader.FileName);
        try
        {
            if (!File.Exists(path)) return null;
            var text = SourceText.Decode(File.ReadAllBytes(path), path);
            var (yaml, line) = FrontMatterSplitter.FrontMatter(text, path);
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
        var (series, style, listing) = ListingFor(meta);
        var others = listing.Entries.Where(e => e.Slug != slug).Select(e => e.Entry).ToList();
        if (others.Count == 0) return null;
        return new Backlist(series is not null ? "Also in " + Typographer.Plain(style, meta.Series!) : "Also available", others);
    }

    /// <summary>
    /// What <see cref="For"/> gives, as a fingerprint for the build cache: the same exactly when
    /// the back-list is (its heading, and the whole list it is cut from, less the pamphlet itself).
    /// </summary>
    public string FingerprintFor(string slug, Metadata meta)
    {
        var (series, style, listing) = ListingFor(meta);
        if (!listing.Entries.Any(e => e.Slug != slug)) return "none";
        var heading = series is not null ? "Also in " + Typographer.Plain(style, meta.Series!) : "Also available";
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(heading + "\n" + listing.Fingerprint + "\n" + slug)));
    }

    private (string? Series, QuoteStyle Style, Listing Listing) ListingFor(Metadata meta)
    {
        var style = QuoteStyle.For(meta.Lang);
        var series = string.IsNullOrWhiteSpace(meta.Series) ? null : IdAssigner.Slug(meta.Series);
        var listing = _listings.GetOrAdd((series, style), key => new Lazy<Listing>(() => MakeListing(key.Series, key.Style))).Value;
        return (series, style, listing);
    }

    private Listing MakeListing(string? series, QuoteStyle style)
    {
        string Typeset(string text) => Typographer.Plain(style, text);
        bool inSeries = series is not null;
        var entries = _members
            .Where(m => !inSeries || (m.Meta.Series is { } s && IdAssigner.Slug(s) == series))
            .OrderBy(m => inSeries ? SeriesOrder(m.Meta.SeriesNumber) : 0)
            .ThenBy(m => inSeries ? m.Meta.SeriesNumber ?? "" : "", StringComparer.Ordinal)
            .ThenBy(m => SortKey(m.Meta.Title), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => (m.Slug, new BacklistEntry(Typeset(m.Meta.Title), m.Meta.AuthorLine, inSeries ? m.Meta.SeriesNumber : null,
                m.Meta.Description is { } d ? Typeset(d) : null)))
            .ToList();
        var text = new StringBuilder();
        foreach (var (slug, e) in entries)
            text.Append(slug).Append('\t').Append(e.Number).Append('\t').Append(e.Title).Append('\t').Append(e.Author).Append('\t').Append(e.Description).Append('\n');
        return new Listing(entries, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>A title without leading quotes or punctuation, so it files under its first word.</summary>
    private static string SortKey(string title) => string.Concat(title.SkipWhile(c => !char.IsLetterOrDigit(c)));

    /// <summary>Numbered members first, by number; unnumbered ones after them.</summary>
    private static double SeriesOrder(string? number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue;
}
