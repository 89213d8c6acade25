using System.Text;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// The id and file-name scheme of the EPUB, shared with the PDF side so that a print page map
/// can name the same elements. Paragraph ids are <c>p-&lt;sectionId&gt;-&lt;n&gt;</c>, where n counts
/// the section's <see cref="Model.Paragraph"/> blocks from 1 in reading order, depth first
/// (paragraphs inside block quotes and list items count; the section heading and notes do not).
/// </summary>
internal static class EpubIds
{
    /// <summary>File stems the writer uses itself; a section never gets one of these.</summary>
    private static readonly HashSet<string> FixedStems =
        ["cover", "titlepage", "nav", "notes", "chronology", "colophon", "content", "toc", "book", "images"];

    /// <summary>The id of the <paramref name="index"/>th (1-based) paragraph of a section.</summary>
    public static string Paragraph(string sectionId, int index) => $"p-{sectionId}-{index}";

    /// <summary>Every paragraph of a section with its id, in the order the scheme counts them.</summary>
    public static IEnumerable<(Paragraph Paragraph, string Id)> Paragraphs(Section section)
    {
        int n = 0;
        foreach (var block in EpubModelWalk.Blocks(section.Blocks))
            if (block is Paragraph p) yield return (p, Paragraph(section.Id, ++n));
    }

    /// <summary>The id of the page-break marker for a printed folio.</summary>
    public static string PageBreak(string pageLabel) => "page-" + Safe(pageLabel);

    /// <summary>
    /// One XHTML file name per section: <c>&lt;id&gt;.xhtml</c> when the id is a plain lower-case
    /// slug not used by the writer's own files, else <c>text-NN.xhtml</c>.
    /// </summary>
    public static IReadOnlyList<string> SectionFiles(IReadOnlyList<Section> sections)
    {
        var taken = new HashSet<string>(FixedStems, StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        for (int i = 0; i < sections.Count; i++)
        {
            var id = sections[i].Id;
            var stem = IsPlainSlug(id) && !taken.Contains(id) ? id : $"text-{i + 1:D2}";
            while (!taken.Add(stem)) stem += "-x";
            files.Add(stem + ".xhtml");
        }
        return files;
    }

    /// <summary>A reference to an element in a file, the fragment escaped for use in a URL.</summary>
    public static string Href(string file, string? id) =>
        string.IsNullOrEmpty(id) ? file : file + "#" + EscapeFragment(id);

    /// <summary>A string made safe to use as an XML name fragment (letters, digits, '-', '_', '.').</summary>
    public static string Safe(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return builder.Length == 0 ? "_" : builder.ToString();
    }

    private static bool IsPlainSlug(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetterLower(id[0])
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Percent-encodes ASCII characters a fragment cannot hold; other characters stay (IRI).</summary>
    private static string EscapeFragment(string id)
    {
        var builder = new StringBuilder();
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.Value >= 0x80 && !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune)) builder.Append(rune.ToString());
            else if (rune.Value < 0x80 && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-._~!$&'()*+,;=:@/?".Contains((char)rune.Value)))
                builder.Append((char)rune.Value);
            else
                foreach (var b in Encoding.UTF8.GetBytes(rune.ToString())) builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }
}
