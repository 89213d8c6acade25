using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// Stage "render": a page draft → a page of frames. Places the lines in the type area (inner
/// margin on the binding side), adds bookmarks and destinations for sections, and the running
/// head (pamphlet title on versos, section title on rectos) and folio — none on openings or
/// blank pages.
/// </summary>
internal sealed class PageRenderer(TypesetContext context, string bookTitle)
{
    /// <summary>Running heads and folios are set at this share of the body size.</summary>
    private const double FurnitureScale = 0.85;

    public Page Render(PageDraft draft, bool furniture = true)
    {
        var theme = context.Theme;
        var page = theme.Page;
        bool recto = draft.Number % 2 == 1;
        double left = recto ? page.Inner : page.Outer;
        double top = page.Top;
        var items = new List<FrameItem>();
        foreach (var (item, y) in draft.Items)
        {
            switch (item)
            {
                case FlowLine line:
                    items.AddRange(line.Items.Select(i => FrameGeometry.Translate(i, left + line.X, top + y + line.Ascent)));
                    break;
                case FlowSection section:
                    items.Add(new Anchor(section.Id, top + y));
                    if (section.Title.Length > 0) items.Add(new OutlineEntry(section.Title, section.Level, top + y));
                    break;
            }
        }

        string? folio = null;
        if (furniture && !draft.IsBlank && !draft.Opening)
        {
            folio = draft.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var style = context.Body with { Size = theme.BodySize * FurnitureScale };
            double footBaseline = top + context.AreaHeight + context.Leading * 2;
            items.Add(Centred(folio, style, left, footBaseline));
            if (theme.RunningHeads)
            {
                var head = recto ? draft.SectionTitle ?? bookTitle : bookTitle;
                double headBaseline = top - context.Leading;
                items.Add(Centred(head, style with { Italic = true }, left, headBaseline));
            }
        }
        return new Page(page.Width, page.Height, items)
        {
            Index = draft.Number,
            Folio = folio,
            TypeArea = new Rect(left, top, context.Measure, context.TextHeight),
        };
    }

    private GlyphRun Centred(string text, TextStyle style, double left, double baseline)
    {
        var font = context.Fonts.Font(style);
        var shaped = font.Shape(text, style.Size);
        while (shaped.Width > context.Measure && text.Length > 4)
        {
            text = text[..(text.Length * 4 / 5)].TrimEnd() + "\u2026";
            shaped = font.Shape(text, style.Size);
        }
        return shaped.ToGlyphRun(left + (context.Measure - shaped.Width) / 2, baseline, style.Colour);
    }
}
