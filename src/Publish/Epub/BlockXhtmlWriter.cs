using System.Globalization;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Projects blocks to XHTML: headings (ranked so section headings are h1), paragraphs (with
/// the <see cref="EpubIds.Paragraph"/> ids inside sections, and class "first" after a heading
/// or break), block quotes, lists, pre, hr, figures and tables. Page-break markers are written
/// before the element they precede.
/// </summary>
internal sealed class BlockXhtmlWriter
{
    private readonly EpubContext _context;
    private readonly XhtmlBuilder _html;
    private readonly string _file;
    private readonly string? _sectionId;
    private readonly int _minRank;
    private int _paragraphs;

    /// <param name="sectionId">The section whose paragraphs get ids, or null for notes and appendices.</param>
    /// <param name="minRank">The highest heading rank blocks may use (2 below a page's own h1).</param>
    public BlockXhtmlWriter(EpubContext context, XhtmlBuilder html, string file, string? sectionId, int minRank = 1)
    {
        _context = context;
        _html = html;
        _file = file;
        _sectionId = sectionId;
        _minRank = minRank;
        Inlines = new InlineXhtmlWriter(context, html);
    }

    public InlineXhtmlWriter Inlines { get; }

    public void WriteAll(IReadOnlyList<Block> blocks)
    {
        Block? previous = null;
        foreach (var block in blocks)
        {
            Write(block, previous);
            previous = block;
        }
    }

    public void Write(Block block, Block? previous)
    {
        switch (block)
        {
            case Heading h: WriteHeading(h); break;
            case Paragraph p: WriteParagraph(p, previous); break;
            case BlockQuote q: Container("blockquote", q.Blocks); break;
            case ListBlock l: WriteList(l); break;
            case CodeBlock c: _html.Start("pre").Start("code").Text(c.Text.TrimEnd('\n')).End().EndLine(); break;
            case ThematicBreak: _html.Empty("hr").Line(); break;
            case Figure f: WriteFigure(f); break;
            case Table t: new TableXhtmlWriter(_html, Inlines).Write(t); break;
        }
    }

    /// <summary>
    /// Writes a paragraph; <paramref name="before"/> and <paramref name="after"/> add inline
    /// content at its start and end (a note's number, its back links).
    /// </summary>
    public void WriteParagraph(Paragraph paragraph, Block? previous, Action? before = null, Action? after = null)
    {
        var id = _sectionId is null ? null : EpubIds.Paragraph(_sectionId, ++_paragraphs);
        _context.WriteBreaksBefore(_html, _file, id);
        bool first = previous is null or Heading or ThematicBreak;
        _html.Start("p", ("id", id), ("class", first ? "first" : null));
        before?.Invoke();
        Inlines.Write(paragraph.Content);
        after?.Invoke();
        _html.EndLine();
    }

    private void WriteHeading(Heading heading)
    {
        var id = heading.Id.Length > 0 ? heading.Id : null;
        _context.WriteBreaksBefore(_html, _file, id);
        var rank = Math.Max(_context.Rank(heading.Level), _minRank);
        _html.Start("h" + rank.ToString(CultureInfo.InvariantCulture), ("id", id));
        Inlines.Write(heading.Content);
        _html.EndLine();
    }

    private void Container(string element, IReadOnlyList<Block> blocks)
    {
        _html.Start(element).Line();
        WriteAll(blocks);
        _html.EndLine();
    }

    private void WriteList(ListBlock list)
    {
        var start = list.Ordered && list.Start != 1 ? list.Start.ToString(CultureInfo.InvariantCulture) : null;
        _html.Start(list.Ordered ? "ol" : "ul", ("start", start)).Line();
        foreach (var item in list.Items) Container("li", item);
        _html.EndLine();
    }

    private void WriteFigure(Figure figure)
    {
        var href = _context.Images.Href(figure.Source);
        if (href is null && figure.Caption.Count == 0 && figure.Alt.Length == 0) return;
        _html.Start("figure").Line();
        if (href is not null) _html.Empty("img", ("src", href), ("alt", figure.Alt)).Line();
        else if (figure.Alt.Length > 0) _html.Start("p", ("class", "image-missing")).Text(figure.Alt).EndLine();
        if (figure.Caption.Count > 0)
        {
            _html.Start("figcaption");
            Inlines.Write(figure.Caption);
            _html.EndLine();
        }
        _html.EndLine();
    }
}
