using System.Globalization;
using System.Text;
using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Gives every heading and section a stable, unique id: the id from the source
/// (<c>{#id}</c>) when there is one, else a slug of the heading's text. Ids do not depend on
/// anything but the text, so links into a pamphlet survive rebuilds.
/// </summary>
internal static class IdAssigner
{
    private static readonly HashSet<string> Reserved = ["text", "notes", "chronology", "colophon", "titlepage", "contents", "cover"];

    public static Document Apply(Document doc, DiagnosticBag diagnostics)
    {
        var used = new HashSet<string>(Reserved);
        var sections = new List<Section>();
        foreach (var section in doc.Sections)
        {
            Heading? heading = section.Heading is null ? null : Assign(section.Heading, used, doc.SourcePath, diagnostics);
            var blocks = section.Blocks.Select(b => Walk(b, used, doc.SourcePath, diagnostics)).ToList();
            var id = heading?.Id ?? (sections.Count == 0 ? "text" : Unique("part", used));
            sections.Add(new Section(id, heading, blocks));
        }
        return doc with { Sections = sections };
    }

    private static Block Walk(Block block, HashSet<string> used, string path, DiagnosticBag diagnostics) => block switch
    {
        Heading h => Assign(h, used, path, diagnostics),
        BlockQuote q => q with { Blocks = q.Blocks.Select(b => Walk(b, used, path, diagnostics)).ToList() },
        _ => block,
    };

    private static Heading Assign(Heading heading, HashSet<string> used, string path, DiagnosticBag diagnostics)
    {
        if (heading.Id.Length > 0)
        {
            if (!used.Add(heading.Id))
                diagnostics.Error(Codes.DuplicateId, path, heading.Span.Line, heading.Span.Column, $"id '{heading.Id}' is used twice");
            return heading;
        }
        return heading with { Id = Unique(Slug(Inline.PlainText(heading.Content)), used) };
    }

    private static string Unique(string stem, HashSet<string> used)
    {
        if (used.Add(stem)) return stem;
        for (int n = 2; ; n++)
            if (used.Add($"{stem}-{n}")) return $"{stem}-{n}";
    }

    /// <summary>Lower-case ASCII letters and digits joined by hyphens; accents are stripped.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var raw in text)
        {
            var c = Ascii.Fold(raw);
            if (c.Length == 1 && char.IsAsciiLetterOrDigit(c[0])) builder.Append(char.ToLowerInvariant(c[0]));
            else if (c.Length > 1) builder.Append(c.ToLowerInvariant());
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= 48) break;
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length == 0) slug = "section";
        if (char.IsAsciiDigit(slug[0])) slug = "s-" + slug;
        return slug;
    }
}
