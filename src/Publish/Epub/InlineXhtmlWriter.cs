using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Projects inlines to XHTML: em, strong, sup, sub, code, br, img, links (internal '#id'
/// links rewritten to the file that holds the id) and note references as
/// <c>&lt;a epub:type="noteref" role="doc-noteref"&gt;&lt;sup&gt;N&lt;/sup&gt;&lt;/a&gt;</c>.
/// </summary>
internal sealed class InlineXhtmlWriter(EpubContext context, XhtmlBuilder html)
{
    private int _linkDepth;

    public void Write(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) Write(inline);
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case Text t: html.Text(t.Value); break;
            case Code c: html.Start("code").Text(c.Value).End(); break;
            case LineBreak: html.Empty("br"); break;
            case Emphasis e: Wrap("em", e.Children); break;
            case Strong s: Wrap("strong", s.Children); break;
            case Superscript s: Wrap("sup", s.Children); break;
            case Subscript s: Wrap("sub", s.Children); break;
            case Link l: WriteLink(l); break;
            case Image i: WriteImage(i); break;
            case NoteRef r: WriteNoteRef(r); break;
            case Container c: Write(c.Children); break;
        }
    }

    private void Wrap(string element, IReadOnlyList<Inline> children)
    {
        html.Start(element);
        Write(children);
        html.End();
    }

    private void WriteLink(Link link)
    {
        var href = Resolve(link.Url);
        if (href is null || _linkDepth > 0)
        {
            Write(link.Children);
            return;
        }
        _linkDepth++;
        html.Start("a", ("href", href), ("title", string.IsNullOrEmpty(link.Title) ? null : link.Title));
        Write(link.Children);
        html.End();
        _linkDepth--;
    }

    /// <summary>The href to write for a link target, or null when it leads nowhere inside or outside the book.</summary>
    private string? Resolve(string url)
    {
        if (url.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(url[1..]);
            var file = context.FileOf(id);
            return file is null ? null : EpubIds.Href(file, id);
        }
        bool absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1 && !uri.IsFile;
        return absolute ? url : null;
    }

    private void WriteImage(Image image)
    {
        var href = context.Images.Href(image.Source);
        if (href is null) html.Text(image.Alt);
        else html.Empty("img", ("class", "inline"), ("src", href), ("alt", image.Alt));
    }

    private void WriteNoteRef(NoteRef reference)
    {
        var number = reference.Number > 0 ? reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : reference.Label;
        var id = reference.RefId.Length > 0 ? reference.RefId : null;
        if (_linkDepth > 0 || !context.NotesById.ContainsKey(reference.NoteId))
        {
            html.Start("sup", ("class", "noteref"), ("id", id)).Text(number).End();
            return;
        }
        html.Start("a", ("epub:type", "noteref"), ("role", "doc-noteref"), ("id", id), ("class", "noteref"),
            ("href", EpubIds.Href(EpubContext.NotesFile, reference.NoteId)));
        html.Start("sup").Text(number).End();
        html.End();
    }
}
