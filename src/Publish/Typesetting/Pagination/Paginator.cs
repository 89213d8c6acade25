namespace Publish.Typesetting.Pagination;

/// <summary>An item placed at a height on a page under construction (y from the type area's top).</summary>
internal readonly record struct Placed(FlowItem Item, double Y);

/// <summary>A page before it becomes frames: what sits on it, and whether it opens a section.</summary>
internal sealed class PageDraft(int number)
{
    public int Number { get; } = number;
    public List<Placed> Items { get; } = [];
    public bool Opening { get; set; }
    public bool IsBlank => Items.Count == 0;
    /// <summary>The section whose text runs on this page, for the recto running head.</summary>
    public string? SectionTitle { get; set; }
}

/// <summary>
/// Stage "paginate": chunks of flow → pages. Greedy, because chunks already encode where a
/// page may break; a page that cannot end well runs short rather than leave a widow or orphan.
/// A chunk taller than a page is split line by line (the reason is reported by the caller).
/// </summary>
internal sealed class Paginator(double areaHeight)
{
    private List<PageDraft> _pages = [];
    private PageDraft _page = null!;
    private double _y;
    private string? _section;

    /// <summary>Pages starting at physical page <paramref name="firstPage"/>.</summary>
    public List<PageDraft> Paginate(IReadOnlyList<FlowItem> flow, int firstPage)
    {
        _pages = [];
        NewPage(firstPage);
        foreach (var chunk in Chunker.Cut(flow))
        {
            if (chunk.PageBreak is { } pageBreak)
            {
                if (!_page.IsBlank) NewPage(_page.Number + 1);
                if (pageBreak.Recto && _page.Number % 2 == 0) NewPage(_page.Number + 1);
                continue;
            }
            double height = _y == 0 ? chunk.Height - chunk.LeadingSpace : chunk.Height;
            if (_y + height > areaHeight + Epsilon && _y > 0)
            {
                NewPage(_page.Number + 1);
                height = chunk.Height - chunk.LeadingSpace;
            }
            if (height > areaHeight + Epsilon) PlaceSplitting(chunk);
            else Place(chunk.Items);
        }
        if (_page.IsBlank && _pages.Count > 1) _pages.RemoveAt(_pages.Count - 1);
        return _pages;
    }

    /// <summary>Rounding slack when comparing heights, in points.</summary>
    private const double Epsilon = 0.01;

    private void NewPage(int number)
    {
        _page = new PageDraft(number) { SectionTitle = _section };
        _pages.Add(_page);
        _y = 0;
    }

    private void Place(IEnumerable<FlowItem> items)
    {
        foreach (var item in items) PlaceOne(item);
    }

    private void PlaceOne(FlowItem item)
    {
        switch (item)
        {
            case FlowSpace space:
                if (_y > 0 || space.Keep) _y += space.Height;
                break;
            case FlowSection section:
                _page.Items.Add(new Placed(section, _y));
                if (section.Level <= 1) _section = section.Title;
                if (section.Opening && _y == 0) _page.Opening = true;
                _page.SectionTitle ??= _section;
                if (_page.Items.Count == 1 || _page.Opening) _page.SectionTitle = _section;
                break;
            case FlowLine line:
                _page.Items.Add(new Placed(line, _y));
                _y += line.Height;
                break;
        }
    }

    private void PlaceSplitting(Chunk chunk)
    {
        foreach (var item in chunk.Items)
        {
            if (item is FlowLine line && _y + line.Height > areaHeight + Epsilon && _y > 0) NewPage(_page.Number + 1);
            PlaceOne(item);
        }
    }
}
