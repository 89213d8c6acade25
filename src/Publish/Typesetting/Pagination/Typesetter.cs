using Publish.Model;
using Publish.Styling;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;

namespace Publish.Typesetting.Pagination;

/// <summary>What the typesetter shares across pamphlets: fonts and hyphenation patterns, loaded once.</summary>
internal sealed record TypesetServices(FontLibrary Fonts, HyphenatorSet Hyphenators, string Version);

/// <summary>
/// The typesetting entry point: document + theme → pages of frames. Stages in order: compose
/// the front matter, the text, the chronology and the notes (endnotes, or footnotes for
/// <c>notes: footnotes</c>) into flows (hyphenate and break lines on the way), paginate, then
/// set the contents with the page numbers now known, set the colophon at the foot of the last
/// page (or on a page of its own), and render every page with its running head and folio.
/// </summary>
internal static class Typesetter
{
    /// <param name="parallel">Whether the text's paragraphs may be set on several cores (the pages are the same either way).</param>
    public static LayoutResult Typeset(Document doc, Theme theme, TypesetServices services, string pamphletDir, bool parallel = false)
    {
        var fonts = new FontSelector(theme, services.Fonts);
        var context = new TypesetContext(theme, fonts, services.Hyphenators.For(doc.Metadata.Lang),
            new KnuthPlassLineBreaker(BreakSettings(theme, justify: true)),
            new KnuthPlassLineBreaker(BreakSettings(theme, justify: false))) { PamphletDir = pamphletDir, Parallel = parallel };
        var front = new FrontMatterComposer(context, doc);
        var paginator = new Paginator(context.AreaHeight, context.Leading, context.TextHeight);
        bool imprintOnTitle = theme.Imprint == ImprintPlacement.TitlePage;

        var titlePages = paginator.Paginate(front.TitlePage(imprint: imprintOnTitle), 1);
        if (imprintOnTitle && titlePages.Count > 1)
        {
            // A title too long for the imprint to fit under it (small pages): the imprint goes to the title page's back.
            imprintOnTitle = false;
            titlePages = paginator.Paginate(front.TitlePage(), 1);
        }
        var imprintPages = imprintOnTitle ? [] : paginator.Paginate(front.Imprint(), 1 + titlePages.Count);

        int topLevel = doc.AllBlocks.OfType<Heading>().Select(h => h.Level).Concat(doc.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!.Level)).DefaultIfEmpty(1).Min();
        var body = new BlockComposer(context, topLevel);
        bool first = true;
        int firstOpening = 0;
        foreach (var section in doc.Sections)
        {
            // The first section always opens the body's first page (unless the contents come first,
            // see below); the others open pages of their own only with `sections: new-page`, else
            // they run on under the heading's space.
            bool opening = first || theme.Sections == SectionOpening.NewPage;
            if (first) firstOpening = body.Flow.Count;
            first = false;
            if (opening) body.Add(new FlowPageBreak(false));
            body.Add(new FlowSection(section.Id, section.Title ?? doc.Metadata.Title, 1, opening, section.Title is not null));
            if (opening) body.Add(new FlowSpace(context.Leading * SinkLines, Keep: true));
            if (section.Heading is { } heading) body.ComposeHeading(heading, 1, context.Measure, 0);
            body.ResetIndent();
            body.Compose(section.Blocks);
        }
        if (doc.Chronology is { } chronology)
            new ChronologyComposer(context, body).Compose(chronology, doc.Sections.Where(s => s.Title is not null).ToDictionary(s => s.Id, s => s.Title!));
        body.Resolve();
        // Footnotes (PDF only) go to the foot of their pages; the endnotes section keeps any note the text never refers to.
        var footnotes = doc.Metadata.Notes == NotesMode.Footnotes && doc.Notes.Count > 0 ? Footnotes.Build(context, doc, body.Flow) : null;
        var endnotes = footnotes?.Unplaced ?? doc.Notes;
        new NotesComposer(context, body).Compose(doc, endnotes);
        body.Resolve();

        var entries = doc.Sections.Where(s => s.Title is not null).Select(s => (s.Id, Title: s.Title!, Level: 1)).ToList();
        if (doc.Chronology is not null) entries.Add(("chronology", doc.Chronology.Title, 1));
        if (endnotes.Count > 0) entries.Add(("notes", "Notes", 1));
        bool hasContents = entries.Count >= 2;
        var unnumbered = entries.Select(e => (e.Id, e.Title, e.Level, 0)).ToList();

        var flow = body.Flow;
        int bodyStart, contentsStart = 0;
        bool contentsOnImprint = false;
        List<FlowItem>? contentsInText = null;
        if (imprintOnTitle)
        {
            // The text opens on the title page's back. The contents, if any, open it: the first
            // section runs on under them when sections run on, else opens the next page.
            bodyStart = 1 + titlePages.Count;
            if (hasContents)
            {
                contentsInText = ContentsOpening(context, front, unnumbered);
                if (theme.Sections == SectionOpening.RunOn && doc.Sections.Count > 0)
                    RunOn(flow, firstOpening, doc.Sections[0].Heading is null ? HeadingSpace(theme) : 0);
                flow = [.. contentsInText, .. flow];
            }
        }
        else
        {
            // A short contents shares the title page's back with the imprint (its page numbers do not change its height).
            contentsOnImprint = hasContents && front.ContentsWithImprint(unnumbered) is not null;
            contentsStart = 1 + titlePages.Count + (contentsOnImprint ? 0 : imprintPages.Count);
            int contentsPages = contentsOnImprint ? 1
                : hasContents ? (int)Math.Ceiling((entries.Count + ContentsHeadingLines) * theme.Leading / context.AreaHeight) : 0;
            bodyStart = contentsStart + contentsPages;
            if (bodyStart % 2 == 0) bodyStart++;
        }

        var foot = footnotes is null ? null
            : new FootnotePlacer(footnotes, context.TextHeight, context.Leading, context.Measure, theme.TextColour);
        var bodyPages = paginator.Paginate(flow, bodyStart, foot);

        var sectionPages = new Dictionary<string, int>();
        var blockPages = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        foreach (var page in bodyPages)
            foreach (var (item, _) in page.Items)
            {
                if (item is FlowSection s) sectionPages.TryAdd(s.Id, page.Number);
                if (item is FlowLine { Block: { } block }) blockPages.TryAdd(block, page.Number);
            }

        var drafts = new List<(PageDraft Page, bool Furniture)>();
        drafts.AddRange(titlePages.Select(p => (p, false)));
        var contentEntries = entries.Select(e => (e.Id, e.Title, e.Level, sectionPages.GetValueOrDefault(e.Id))).ToList();
        if (contentsInText is not null)
            // Now that the page numbers are known, the contents lines take them: one line for one, the same heights.
            Replace(bodyPages, contentsInText, ContentsOpening(context, front, contentEntries));
        else if (contentsOnImprint)
        {
            var shared = paginator.Paginate(front.ContentsWithImprint(contentEntries)!, contentsStart);
            if (shared.Count != 1) throw new InvalidOperationException("the contents and the imprint did not fit the page they were measured for");
            drafts.Add((shared[0], false));
        }
        else if (!imprintOnTitle)
        {
            drafts.AddRange(imprintPages.Select(p => (p, false)));
            if (hasContents)
                drafts.AddRange(paginator.Paginate(front.Contents(contentEntries), contentsStart).Take(Math.Max(1, bodyStart - contentsStart)).Select(p => (p, true)));
        }
        while (drafts.Count + 1 < bodyStart) drafts.Add((new PageDraft(drafts.Count + 1), false));
        drafts.AddRange(bodyPages.Select(p => (p, true)));

        var colophon = front.ColophonBlock(FontNames(theme), services.Version);
        bool colophonOwnPage = theme.Colophon == ColophonPlacement.Page
            || !AtFoot(drafts[^1].Page, colophon, context.TextHeight, context.Leading * ColophonGapLines);
        if (colophonOwnPage)
        {
            var page = new PageDraft(drafts.Count + 1);
            AtFoot(page, colophon, context.TextHeight, 0);
            drafts.Add((page, false));
        }

        var renderer = new PageRenderer(context, doc.Metadata.Title);
        var pages = drafts.Select(d => renderer.Render(d.Page, d.Furniture)).ToList();
        footnotes?.Report(doc, pages, context.Problems);
        return new LayoutResult(pages, blockPages, sectionPages, context.Problems, FontNames(theme)) { ColophonOwnPage = colophonOwnPage };
    }

    /// <summary>The contents as the opening of the text: a sink, the contents, and no page break after them.</summary>
    private static List<FlowItem> ContentsOpening(TypesetContext context, FrontMatterComposer front, IReadOnlyList<(string Id, string Title, int Level, int Page)> entries)
    {
        var contents = front.Contents(entries);
        contents.RemoveAt(contents.Count - 1); // its page break: the text follows under it
        // The opening section first, so the page counts as an opening (no running head, no folio), then the sink.
        return [new FlowPageBreak(false), contents[0], new FlowSpace(context.Leading * SinkLines, Keep: true), .. contents.Skip(1)];
    }

    /// <summary>
    /// Turns the opening of the first section at <paramref name="at"/> (page break, opening section,
    /// sink) into a run-on start, with <paramref name="space"/> above it (for a section without a
    /// heading, whose heading's space would otherwise part it from what comes before).
    /// </summary>
    private static void RunOn(List<FlowItem> flow, int at, double space)
    {
        if (at + 2 >= flow.Count || flow[at] is not FlowPageBreak || flow[at + 1] is not FlowSection section || flow[at + 2] is not FlowSpace { Keep: true })
            throw new InvalidOperationException("the first section does not start with its opening");
        flow.RemoveRange(at, 3);
        flow.Insert(at, section with { Opening = false });
        if (space > 0) flow.Insert(at + 1, new FlowSpace(space));
    }

    /// <summary>The space above a top-level heading as the composer sets it: whole body lines.</summary>
    private static double HeadingSpace(Theme theme) => Math.Max(1, Math.Round(theme.Heading(1).SpaceBefore / theme.Leading)) * theme.Leading;

    /// <summary>Puts each placed line of <paramref name="before"/> on the pages in place of the line at the same position in <paramref name="after"/>.</summary>
    private static void Replace(List<PageDraft> pages, List<FlowItem> before, List<FlowItem> after)
    {
        var map = new Dictionary<FlowItem, FlowItem>(ReferenceEqualityComparer.Instance);
        var olds = before.OfType<FlowLine>().ToList();
        var news = after.OfType<FlowLine>().ToList();
        if (olds.Count != news.Count) throw new InvalidOperationException("the contents changed height with its page numbers");
        for (int i = 0; i < olds.Count; i++) map[olds[i]] = news[i];
        foreach (var page in pages)
            for (int i = 0; i < page.Items.Count; i++)
                if (map.TryGetValue(page.Items[i].Item, out var replacement)) page.Items[i] = page.Items[i] with { Item = replacement };
    }

    /// <summary>
    /// Sets <paramref name="block"/> at the foot of <paramref name="page"/> when it fits there with
    /// at least <paramref name="gap"/> between it and the lowest thing already on the page (text or
    /// footnotes); returns whether it did.
    /// </summary>
    private static bool AtFoot(PageDraft page, IReadOnlyList<FlowLine> block, double areaHeight, double gap)
    {
        double used = page.Items.Select(p => p.Item is FlowLine line ? p.Y + line.Height : p.Y).DefaultIfEmpty(0).Max();
        double height = block.Sum(l => l.Height);
        double top = areaHeight - height;
        if (used + gap > top + Epsilon) return false;
        double y = top;
        foreach (var line in block)
        {
            page.Items.Add(new Placed(line, y));
            y += line.Height;
        }
        return true;
    }

    private const double Epsilon = 0.01;
    /// <summary>Fewest blank body lines between the end of the text and a colophon at the foot of its page.</summary>
    private const int ColophonGapLines = 2;

    /// <summary>
    /// plain TeX's settings with the em-based lengths taken from the body size: emergency
    /// stretch 3em (LaTeX's \sloppy), ragged-right stretch 2em (plain TeX's \raggedright), and
    /// glyph expansion of ±2 % in justified text (microtype's default).
    /// </summary>
    public static LineBreakSettings BreakSettings(Theme theme, bool justify) => new()
    {
        Justify = justify,
        EmergencyStretch = 3 * theme.BodySize,
        RaggedStretch = 2 * theme.BodySize,
        GlyphExpansion = justify ? LineBreakSettings.MicrotypeGlyphExpansion : 0,
    };

    /// <summary>Blank lines above a section's heading on its opening page (the "sink").</summary>
    private const int SinkLines = 3;
    /// <summary>Lines the contents heading takes, for estimating how many pages the contents need.</summary>
    private const int ContentsHeadingLines = 6;

    private static IReadOnlyList<string> FontNames(Theme theme) =>
        new[] { theme.Body.Name, theme.Headings.Name, theme.Notes.Name }.Distinct().ToList();
}
