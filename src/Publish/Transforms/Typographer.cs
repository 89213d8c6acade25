using System.Text;
using Publish.Model;

namespace Publish.Transforms;

/// <summary>
/// Smart typography decided by the pamphlet's language: straight quotes become the language's
/// curly quotes (a source's double quotes are the outer level, its single quotes the inner),
/// apostrophes become ’, <c>---</c> an em dash, <c>--</c> between figures an en dash and
/// elsewhere (like a spaced hyphen) the language's parenthetical dash, <c>...</c> an ellipsis,
/// and no-break spaces keep dashes and French punctuation off the start of a line.
/// Code is left alone. Quotes are matched across a whole paragraph, through emphasis and links.
/// </summary>
internal sealed class Typographer
{
    private readonly QuoteStyle _style;
    private readonly Stack<char> _open = new();
    private char _previous = ' ';

    private Typographer(QuoteStyle style) => _style = style;

    public static Document Apply(Document doc)
    {
        var style = QuoteStyle.For(doc.Metadata.Lang);
        IReadOnlyList<Inline> Map(IReadOnlyList<Inline> inlines) => new Typographer(style).Paragraph(inlines);
        return doc with
        {
            Sections = doc.Sections.Select(s => s with
            {
                Heading = s.Heading is null ? null : (Heading)InlineRewriter.Map(s.Heading, Map),
                Blocks = InlineRewriter.Map(s.Blocks, Map),
            }).ToList(),
            Notes = doc.Notes.Select(n => n with { Blocks = InlineRewriter.Map(n.Blocks, Map) }).ToList(),
            Chronology = doc.Chronology is null ? null : doc.Chronology with
            {
                Note = doc.Chronology.Note is null ? null : Map(doc.Chronology.Note),
                Entries = doc.Chronology.Entries.Select(e => e with { Event = Map(e.Event) }).ToList(),
            },
            Metadata = doc.Metadata with
            {
                Title = Plain(style, doc.Metadata.Title),
                Subtitle = doc.Metadata.Subtitle is null ? null : Plain(style, doc.Metadata.Subtitle),
                Description = doc.Metadata.Description is null ? null : Plain(style, doc.Metadata.Description),
            },
        };
    }

    /// <summary>Applies the conventions to a single string (titles, metadata).</summary>
    public static string Plain(QuoteStyle style, string text) => new Typographer(style).Convert(text);

    private IReadOnlyList<Inline> Paragraph(IReadOnlyList<Inline> inlines) =>
        InlineRewriter.Deep(inlines, inline => inline switch
        {
            Text t => new Text(Convert(t.Value)),
            Code c => Track(c),
            _ => inline,
        });

    private Code Track(Code code)
    {
        if (code.Value.Length > 0) _previous = code.Value[^1];
        return code;
    }

    private string Convert(string text)
    {
        var output = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"':
                    output.Append(IsOpening(next) ? Open('"') : Close('"'));
                    break;
                case '\'':
                    output.Append(Single(next));
                    break;
                case '-' when next == '-' && i + 2 < text.Length && text[i + 2] == '-':
                    output.Append('\u2014');
                    i += 2;
                    break;
                case '-' when next == '-':
                    bool range = char.IsAsciiDigit(_previous) && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]);
                    TrimSpace(output);
                    output.Append(range ? "\u2013" : _style.ParentheticalDash);
                    i++;
                    if (!range) while (i + 1 < text.Length && text[i + 1] == ' ') i++;
                    break;
                case '-' when _previous == ' ' && next == ' ' && output.Length > 1:
                    TrimSpace(output);
                    output.Append(_style.ParentheticalDash);
                    i++;
                    break;
                case '.' when next == '.' && i + 2 < text.Length && text[i + 2] == '.':
                    output.Append('\u2026');
                    i += 2;
                    break;
                case ';' or ':' or '!' or '?' when _style.SpaceBeforeHighPunctuation && output.Length > 0 && output[^1] == ' ':
                    output[^1] = QuoteStyle.NarrowNoBreakSpace;
                    output.Append(c);
                    break;
                default:
                    output.Append(c);
                    break;
            }
            _previous = output.Length > 0 ? output[^1] : _previous;
        }
        return output.ToString();
    }

    private static void TrimSpace(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ') output.Length--;
    }

    /// <summary>A quote opens after a space, an opening bracket or dash, or another opening quote.</summary>
    private bool IsOpening(char next) =>
        !char.IsWhiteSpace(next) && (char.IsWhiteSpace(_previous) || _previous is '(' or '[' or '{' or '\u2014' or '\u2013' or '/'
            || _previous == _style.PrimaryOpen || _previous == _style.SecondaryOpen || _previous == '\u00A0');

    private char Single(char next)
    {
        // An apostrophe inside a word (don't), before a figure ('70s), or after letters with no quote open (workers').
        if (char.IsLetterOrDigit(_previous) && char.IsLetter(next)) return QuoteStyle.Apostrophe;
        if (IsOpening(next))
            return char.IsAsciiDigit(next) ? QuoteStyle.Apostrophe : Open('\'');
        return _open.Contains('\'') ? Close('\'') : QuoteStyle.Apostrophe;
    }

    private char Open(char kind)
    {
        _open.Push(kind);
        return kind == '"' ? _style.PrimaryOpen : _style.SecondaryOpen;
    }

    private char Close(char kind)
    {
        if (_open.Contains(kind))
            while (_open.Count > 0 && _open.Pop() != kind) { }
        return kind == '"' ? _style.PrimaryClose : _style.SecondaryClose;
    }
}
