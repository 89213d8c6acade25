using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>Lines [<see cref="From"/>, <see cref="To"/>) of a footnote block, set at the foot of one page.</summary>
internal readonly record struct FootPiece(FootnoteBlock Block, int From, int To)
{
    public int Count => To - From;
}

/// <summary>
/// The answer to "may this text go on the page with its notes?": the note pieces to add to the
/// page's foot, and what continues at the foot of the next page.
/// </summary>
internal sealed record FootPlan(IReadOnlyList<FootPiece> Pieces, IReadOnlyList<FootPiece> Carry)
{
    public static readonly FootPlan Empty = new([], []);
}

/// <summary>
/// The footnotes of the page being filled, as TeX's insertions: the paginator asks
/// <see cref="Fit"/> whether a chunk of text fits together with the notes it refers to (the
/// notes' height is reserved below the text), and <see cref="Commit"/>s the answer when it places
/// the chunk. A note that does not fit whole may be split, leaving at least
/// <see cref="Flow.MinLines"/> lines on each page and no more than the next page's foot can
/// take; its rest opens the next page's foot below a full-measure "continued" rule. Otherwise
/// the text moves on to the next page with its note. Only text that heads a page and whose notes
/// exceed it is forced: then, as in TeX, notes after a split one are held over to the next page.
/// A note referred to again later is not set again.
/// </summary>
internal sealed class FootnotePlacer(Footnotes notes, double areaHeight, double bodyLeading, double measure, Colour colour)
{
    /// <summary>
    /// Space between the text area and the first note line, one body line (plain TeX's
    /// \skip\footins is \bigskipamount, 12pt under a 12pt leading).
    /// </summary>
    private double Separator => bodyLeading;
    /// <summary>The rule sits this far above the first note line's box (LaTeX's \footnoterule kerns 3pt).</summary>
    private const double RuleAboveNotes = 3;
    /// <summary>Rule thickness (plain TeX's \footnoterule: 0.4pt).</summary>
    private const double RuleThickness = 0.4;
    /// <summary>Width of the rule above the notes, as a share of the measure (LaTeX's \footnoterule: .4\columnwidth).</summary>
    private const double RuleShare = 0.4;
    /// <summary>Most of the type area a note continued from the page before may take; the text keeps the rest.</summary>
    private const double MaxContinuedShare = 0.5;
    /// <summary>Rounding slack when comparing heights, in points.</summary>
    private const double Epsilon = 0.01;

    private readonly HashSet<FootnoteBlock> _placed = new(ReferenceEqualityComparer.Instance);
    private readonly List<FootPiece> _page = [];
    private List<FootPiece> _carry = [];

    private double Leading => notes.Leading;
    private int PageLines => _page.Sum(p => p.Count);

    /// <summary>Height of the page's foot: separator, rule and note lines (0 without notes).</summary>
    public double Height => HeightOf(PageLines);

    /// <summary>True while the page's foot is full with a note that continues beyond it: no new note may start here.</summary>
    public bool Closed => _carry.Count > 0;

    /// <summary>True when notes are waiting for a page.</summary>
    public bool HasCarry => _carry.Count > 0;

    private double HeightOf(int lines) => lines == 0 ? 0 : Separator + lines * Leading;

    /// <summary>The notes these items refer to that are not set yet, in reading order.</summary>
    public List<FootnoteBlock> NewNotes(IEnumerable<FlowItem> items) =>
        notes.ReferencedBy(items).Where(b => !_placed.Contains(b)).ToList();

    /// <summary>
    /// Whether text reaching down to <paramref name="bodyBottom"/> fits with <paramref name="added"/>
    /// notes below it; null when it does not. <paramref name="force"/> (the text starts the page and
    /// cannot go elsewhere) splits notes wherever needed, as long as each starts on this page.
    /// </summary>
    public FootPlan? Fit(IReadOnlyList<FootnoteBlock> added, double bodyBottom, bool force)
    {
        if (added.Count == 0) return bodyBottom <= areaHeight - Height + Epsilon ? FootPlan.Empty : null;
        if (Closed)
        {
            // The page's foot is taken by a continued note; new notes would have to start after it.
            if (!force || bodyBottom > areaHeight - Height + Epsilon) return null;
            return new FootPlan([], [.. added.Select(Whole)]);
        }
        int free = (int)Math.Floor((areaHeight - bodyBottom - HeightOf(PageLines + 1) + Leading) / Leading + Epsilon);
        int total = added.Sum(b => b.Lines.Count);
        if (free >= total) return new FootPlan([.. added.Select(Whole)], []);

        var last = added[^1];
        int here = free - (total - last.Lines.Count);
        int rest = last.Lines.Count - here;
        if (here >= Flow.MinLines && rest >= Flow.MinLines && rest <= ContinuedCapacity)
            return new FootPlan([.. added.Take(added.Count - 1).Select(Whole), new FootPiece(last, 0, here)], [new FootPiece(last, here, last.Lines.Count)]);
        // Otherwise the text moves to the next page with its notes, unless it already heads this one.
        if (!force || free < 1) return null;

        // Forced: whole notes while they fit, then split the next one; the rest starts on the next page.
        var pieces = new List<FootPiece>();
        var carry = new List<FootPiece>();
        foreach (var block in added)
        {
            int n = block.Lines.Count;
            if (carry.Count > 0) carry.Add(Whole(block));
            else if (n <= free) { pieces.Add(Whole(block)); free -= n; }
            else
            {
                int split = SplitPoint(n, free);
                if (split > 0) pieces.Add(new FootPiece(block, 0, split));
                carry.Add(new FootPiece(block, split, n));
                free = 0;
            }
        }
        return new FootPlan(pieces, carry);
    }

    /// <summary>
    /// The last resort for text that heads a page and leaves no room for a line of its notes:
    /// the text stays, whole, and its notes wait for the next page (null if the text itself does not fit).
    /// </summary>
    public FootPlan? HoldOver(IReadOnlyList<FootnoteBlock> added, double bodyBottom) =>
        bodyBottom <= areaHeight - Height + Epsilon ? new FootPlan([], [.. added.Select(Whole)]) : null;

    /// <summary>Adds the plan's pieces to the page and keeps its carry for the next.</summary>
    public void Commit(FootPlan plan)
    {
        _page.AddRange(plan.Pieces);
        foreach (var piece in plan.Pieces.Concat(plan.Carry)) _placed.Add(piece.Block);
        _carry.AddRange(plan.Carry);
    }

    /// <summary>Note lines a continued note may take at the foot of the next page.</summary>
    private int ContinuedCapacity => LinesIn(areaHeight * MaxContinuedShare);

    private int LinesIn(double height) => (int)Math.Floor((height - Separator) / Leading + Epsilon);

    /// <summary>A new page: the notes carried from the page before open its foot, as far as they fit.</summary>
    public void StartPage(bool textFollows)
    {
        _page.Clear();
        int room = textFollows ? ContinuedCapacity : LinesIn(areaHeight);
        var rest = new List<FootPiece>();
        foreach (var piece in _carry)
        {
            if (rest.Count > 0 || room <= 0) { rest.Add(piece); continue; }
            if (piece.Count <= room) { _page.Add(piece); room -= piece.Count; continue; }
            int split = SplitPoint(piece.Count, room);
            if (split > 0) _page.Add(piece with { To = piece.From + split });
            rest.Add(piece with { From = piece.From + split });
            room = 0;
        }
        _carry = rest;
    }

    /// <summary>Places the page's notes at the foot of its type area, below their rule.</summary>
    public void Finish(PageDraft page)
    {
        if (_page.Count == 0) return;
        double y = areaHeight - Height;
        double ruleY = Separator - RuleAboveNotes;
        bool continued = !_page[0].Block.NoteStarts.Contains(_page[0].From);
        double width = continued ? measure : measure * RuleShare;
        page.Items.Add(new Placed(new FlowLine([new Rule(0, ruleY, width, ruleY, RuleThickness, colour)], Separator, 0, 0, 0, 1), y));
        y += Separator;
        foreach (var piece in _page)
            for (int i = piece.From; i < piece.To; i++)
            {
                page.Items.Add(new Placed(piece.Block.Lines[i], y));
                y += Leading;
            }
        _page.Clear();
    }

    private static FootPiece Whole(FootnoteBlock block) => new(block, 0, block.Lines.Count);

    /// <summary>Lines of an n-line note to set where <paramref name="room"/> lines are free: two on each side where it can.</summary>
    private static int SplitPoint(int n, int room)
    {
        int split = Math.Min(room, n - Flow.MinLines);
        if (split < Flow.MinLines) split = Math.Min(room, n - 1);
        return Math.Max(split, room >= 1 ? 1 : 0);
    }
}
