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
/// With <see cref="Footnotes"/>, each chunk goes on a page only together with the notes its
/// lines refer to (see <see cref="FootnotePlacer"/>); a chunk whose notes do not fit moves on.
/// </summary>
/// Space above a chunk that starts a page is dropped by whole lines of <paramref name="grid"/>
/// only: a half-line space above a quote stays, so the text after the quote's half-line space
/// below it is back on the baseline grid.
/// With <paramref name="textHeight"/> (the type area's full height, which the grid rounds down),
/// a chunk also fits when its last baseline lies within it, as TeX fills a page: lines set at a
/// leading other than the grid's (notes) fill the type area to its foot.
internal sealed class Paginator(double areaHeight, double grid, double textHeight = 0)
{
    private List<PageDraft> _pages = [];
    private List<Chunk> _chunks = [];
    /// <summary>The chunk being placed.</summary>
    private int _index;
    private PageDraft _page = null!;
    private double _y;
    private string? _section;
    private FootnotePlacer? _foot;
    /// <summary>Nothing but droppable space placed on the page yet.</summary>
    private bool _atTop;
    /// <summary>Space still to go above the first line or kept space of the chunk that starts the page.</summary>
    private double _kept;

    /// <summary>Pages starting at physical page <paramref name="firstPage"/>.</summary>
    public List<PageDraft> Paginate(IReadOnlyList<FlowItem> flow, int firstPage) => Paginate(flow, firstPage, null);

    /// <summary>Pages starting at physical page <paramref name="firstPage"/>, notes set at the foot of their pages by <paramref name="foot"/>.</summary>
    public List<PageDraft> Paginate(IReadOnlyList<FlowItem> flow, int firstPage, FootnotePlacer? foot)
    {
        _pages = [];
        _foot = foot;
        NewPage(firstPage);
        double position = 0;
        _chunks = Chunker.Cut(flow);
        for (_index = 0; _index < _chunks.Count; _index++)
        {
            var chunk = _chunks[_index];
            double start = position;
            position += chunk.Height;
            if (chunk.PageBreak is { } pageBreak)
            {
                if (!_page.IsBlank) NewPage(_page.Number + 1);
                if (pageBreak.Recto && _page.Number % 2 == 0) NewPage(_page.Number + 1);
                continue;
            }
            var notes = _foot?.NewNotes(chunk.Items) ?? [];
            double height = _atTop ? chunk.Height - Dropped(chunk, start) : chunk.Height;
            double below = Below(chunk.Items);
            var plan = Fit(notes, height, force: false, below);
            if (plan is null && _y > 0)
            {
                NewPage(_page.Number + 1);
                height = chunk.Height - Dropped(chunk, start);
                plan = Fit(notes, height, force: false, below);
            }
            plan ??= Fit(notes, height, force: true, below) ?? _foot?.HoldOver(notes, _y + height);
            if (_atTop) _kept = Kept(chunk, start);
            if (plan is null) PlaceSplitting(chunk);
            else
            {
                _foot?.Commit(plan);
                Place(chunk.Items);
            }
        }
        _foot?.Finish(_page);
        // Notes still running on after the last line of text get pages of their own.
        while (_foot is { HasCarry: true })
        {
            NewPage(_page.Number + 1, textFollows: false);
            _foot.Finish(_page);
        }
        if (_page.IsBlank && _pages.Count > 1) _pages.RemoveAt(_pages.Count - 1);
        _foot = null;
        return _pages;
    }

    /// <summary>Rounding slack when comparing heights, in points.</summary>
    private const double Epsilon = 0.01;

    /// <summary>Whether <paramref name="height"/> more text fits on the page with these notes (null: it does not).</summary>
    private FootPlan? Fit(IReadOnlyList<FootnoteBlock> notes, double height, bool force, double below = 0)
    {
        if (_foot is not null) return _foot.Fit(notes, _y + height, force);
        if (_y + height <= areaHeight + Epsilon || _y + height - below <= textHeight + Epsilon) return FootPlan.Empty;
        return force && _y == 0 && height <= areaHeight + Epsilon ? FootPlan.Empty : null;
    }

    /// <summary>How far the last line of <paramref name="items"/> reaches below its baseline (0 when they end in space).</summary>
    private static double Below(IReadOnlyList<FlowItem> items) =>
        items.Count > 0 && items[^1] is FlowLine line ? line.Height - line.Ascent : 0;

    /// <summary>How much of the space leading <paramref name="chunk"/> goes when it starts a page (see <see cref="Kept"/>).</summary>
    private double Dropped(Chunk chunk, double start)
    {
        double leading = 0;
        foreach (var item in chunk.Items.TakeWhile(i => i is FlowSpace or FlowSection))
        {
            if (item is not FlowSpace space) continue;
            if (space.Keep) break;
            leading += space.Height;
        }
        return leading - Kept(chunk, start);
    }

    /// <summary>
    /// What stays above the first line of <paramref name="chunk"/> (which starts at
    /// <paramref name="start"/> in the flow) when it starts a page, up to its first kept space. The
    /// page's first line goes where the first line at the grid's leading within a page's height
    /// of it lies on the flow's grid: a quote's first line keeps the half line above it, the text
    /// after a quote whose start fell on the page before keeps none, and a quote or table continued
    /// from the page before starts as far down as brings the text after it back on the grid.
    /// Without such a line (notes, the chronology) the space keeps what it has beyond whole lines.
    /// </summary>
    private double Kept(Chunk chunk, double start)
    {
        double position = start, leading = 0, beyondWholeLines = 0;
        double? first = null;
        for (int c = _chunks.IndexOf(chunk, _index); c >= 0 && c < _chunks.Count; c++)
            foreach (var item in _chunks[c].Items)
            {
                switch (item)
                {
                    case FlowPageBreak:
                        return beyondWholeLines;
                    case FlowSpace { Keep: true }:
                        if (first is null) return beyondWholeLines;
                        break;
                    case FlowSpace space when first is null:
                        leading += space.Height;
                        beyondWholeLines += OffGrid(space.Height);
                        break;
                    case FlowLine line:
                        first ??= position;
                        // What lies between the two is whole lines when the composers kept the grid, so
                        // both lines are on it when the first goes where it lies on the flow's grid.
                        if (grid > 0 && Math.Abs(line.Height - grid) < Epsilon) return OffGrid(first.Value);
                        break;
                }
                position += item switch { FlowLine l => l.Height, FlowSpace s => s.Height, _ => 0 };
                if (first is not null && position - first.Value > areaHeight) return beyondWholeLines;
            }
        return beyondWholeLines;
    }

    /// <summary>The part of <paramref name="height"/> beyond whole lines of the grid.</summary>
    private double OffGrid(double height)
    {
        if (grid <= 0) return 0;
        double rest = height - Math.Floor(height / grid + Epsilon) * grid;
        return rest > Epsilon && rest < grid - Epsilon ? rest : 0;
    }

    private void NewPage(int number, bool textFollows = true)
    {
        if (_pages.Count > 0) _foot?.Finish(_page);
        _page = new PageDraft(number) { SectionTitle = _section };
        _pages.Add(_page);
        _y = 0;
        _atTop = true;
        _kept = 0;
        _foot?.StartPage(textFollows);
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
                // At the top of a page, droppable space gives way to what Kept decided for the chunk.
                if (space.Keep && _atTop) { _y += _kept; _kept = 0; }
                if (!_atTop || space.Keep) _y += space.Height;
                if (space.Keep) _atTop = false;
                break;
            case FlowSection section:
                _page.Items.Add(new Placed(section, _y));
                if (section.Level <= 1) _section = section.Title;
                if (section.Opening && _y == 0) _page.Opening = true;
                _page.SectionTitle ??= _section;
                if (_page.Items.Count == 1 || _page.Opening) _page.SectionTitle = _section;
                break;
            case FlowLine line:
                if (_atTop) { _y += _kept; _kept = 0; }
                _atTop = false;
                _page.Items.Add(new Placed(line, _y));
                _y += line.Height;
                break;
        }
    }

    private void PlaceSplitting(Chunk chunk)
    {
        foreach (var item in chunk.Items)
        {
            if (item is FlowLine line)
            {
                var notes = _foot?.NewNotes([line]) ?? [];
                var plan = Fit(notes, line.Height, force: false, line.Height - line.Ascent);
                if (plan is null && _y > 0)
                {
                    NewPage(_page.Number + 1);
                    plan = Fit(notes, line.Height, force: false, line.Height - line.Ascent);
                }
                // At the head of a page the line stays, whatever its notes: they start here or, failing that, next.
                _foot?.Commit(plan ?? Fit(notes, line.Height, force: true) ?? new FootPlan([], [.. notes.Select(n => new FootPiece(n, 0, n.Lines.Count))]));
            }
            PlaceOne(item);
        }
    }
}
