using Publish.Model;

namespace Publish.Typesetting.Composition;

/// <summary>
/// Model inlines → styled spans for the paragraph setter: emphasis toggles italic, strong sets
/// bold, links carry their target, note references become linked superior numbers with an
/// anchor of their own. Images inside running text are replaced by their description.
/// </summary>
internal static class InlineFlattener
{
    public static List<StyledSpan> Flatten(IEnumerable<Inline> inlines, TextStyle style)
    {
        var spans = new List<StyledSpan>();
        Append(spans, inlines, style, null, false);
        return spans;
    }

    private static void Append(List<StyledSpan> spans, IEnumerable<Inline> inlines, TextStyle style, string? link, bool external)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text t: spans.Add(new StyledSpan(t.Value, style, link, external)); break;
                case Code c: spans.Add(new StyledSpan(c.Value, style, link, external)); break;
                case LineBreak: spans.Add(new StyledSpan("\n", style)); break;
                case Image image: spans.Add(new StyledSpan(image.Alt, style.WithItalic(), link, external)); break;
                case NoteRef note:
                    spans.Add(new StyledSpan(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), style.Superior(),
                        note.NoteId, false, note.RefId) { Atomic = true });
                    break;
                case Emphasis e: Append(spans, e.Children, style.WithItalic(), link, external); break;
                case Strong s: Append(spans, s.Children, style.WithBold(), link, external); break;
                case Superscript s: Append(spans, s.Children, style.Superior(), link, external); break;
                case Subscript s: Append(spans, s.Children, style with { Size = style.Size * TextStyle.SuperiorScale, Rise = style.Rise - style.Size * 0.15 }, link, external); break;
                case Link l:
                    bool isExternal = !l.Url.StartsWith('#');
                    Append(spans, l.Children, style, isExternal ? l.Url : l.Url[1..], isExternal);
                    break;
                case Container c: Append(spans, c.Children, style, link, external); break;
            }
        }
    }
}
