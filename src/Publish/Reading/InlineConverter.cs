using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Publish.Model;
using Inline = Publish.Model.Inline;

namespace Publish.Reading;

/// <summary>
/// Markdig inlines → model inlines. Adjacent text is merged, soft line breaks become spaces,
/// and a footnote reference whose label has no definition still becomes a <see cref="NoteRef"/>
/// so the notes transform can report it.
/// </summary>
internal static partial class InlineConverter
{
    public static IReadOnlyList<Inline> Convert(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        foreach (var inline in container) Append(result, inline);
        return SplitUndefinedNoteRefs(Merge(result));
    }

    private static void Append(List<Inline> output, Markdig.Syntax.Inlines.Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: output.Add(new Text(literal.Content.ToString())); break;
            case HtmlEntityInline entity: output.Add(new Text(entity.Transcoded.ToString())); break;
            case CodeInline code: output.Add(new Code(code.Content)); break;
            case LineBreakInline br: output.Add(br.IsHard ? new LineBreak() : new Text(" ")); break;
            case FootnoteLink { IsBackLink: false } note:
                output.Add(new NoteRef(note.Footnote.Label is null ? note.Index.ToString() : PamphletReader.NoteLabel(note.Footnote.Label)) { Span = new SourceSpan(note.Line + 1, note.Column + 1) });
                break;
            case EmphasisInline emphasis:
                var children = Convert(emphasis);
                output.Add(emphasis.DelimiterChar switch
                {
                    '^' => new Superscript(children),
                    '~' when emphasis.DelimiterCount == 1 => new Subscript(children),
                    _ when emphasis.DelimiterCount >= 2 => new Strong(children),
                    _ => new Emphasis(children),
                });
                break;
            case LinkInline { IsImage: true } image:
                output.Add(new Image(image.Url ?? "", PlainText(image)));
                break;
            case LinkInline link:
                output.Add(new Link(link.Url ?? "", string.IsNullOrEmpty(link.Title) ? null : link.Title, Convert(link)));
                break;
            case AutolinkInline auto:
                output.Add(new Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, null, [new Text(auto.Url)]));
                break;
            case HtmlInline html:
                var tag = html.Tag.ToLowerInvariant();
                if (tag.StartsWith("<br")) output.Add(new LineBreak());
                break; // other raw HTML tags are dropped: the model holds no markup it cannot project
            case ContainerInline nested:
                foreach (var child in nested) Append(output, child);
                break;
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var builder = new StringBuilder();
        foreach (var child in container)
        {
            if (child is LiteralInline literal) builder.Append(literal.Content.ToString());
            else if (child is ContainerInline nested) builder.Append(PlainText(nested));
        }
        return builder.ToString();
    }

    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is Text t && merged.Count > 0 && merged[^1] is Text previous)
                merged[^1] = new Text(previous.Value + t.Value);
            else merged.Add(inline);
        }
        return merged;
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex UndefinedRef();

    private static List<Inline> SplitUndefinedNoteRefs(List<Inline> inlines)
    {
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is not Text text || !text.Value.Contains("[^"))
            {
                result.Add(inline);
                continue;
            }
            int last = 0;
            foreach (Match match in UndefinedRef().Matches(text.Value))
            {
                if (match.Index > last) result.Add(new Text(text.Value[last..match.Index]));
                result.Add(new NoteRef(match.Groups[1].Value));
                last = match.Index + match.Length;
            }
            if (last < text.Value.Length) result.Add(new Text(text.Value[last..]));
        }
        return result;
    }
}
