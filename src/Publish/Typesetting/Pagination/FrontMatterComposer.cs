using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// The matter around the text: the title page (with the imprint at its foot, or the imprint on
/// its back), the contents (with page numbers from the paginated text), and the colophon that
/// closes the pamphlet, at the foot of the last page or on a page of its own.
/// </summary>
internal sealed class FrontMatterComposer(TypesetContext context, Document doc)
{
    private Metadata Meta => doc.Metadata;

    /// <summary>
    /// Title page: title and subtitle a fifth of the way down, author below, series and publisher at
    /// the foot; with <paramref name="imprint"/>, the imprint set small and centred under them.
    /// </summary>
    public List<FlowItem> TitlePage(bool imprint = false)
    {
        var theme = context.Theme;
        var flow = new List<FlowItem>();
        var titleStyle = new TextStyle(FontRole.Headings, true, false, theme.Heading(1).Size * 1.35, theme.HeadingColour);
        var lines = new List<(List<SetLine> Lines, double Leading, double Space)>
        {
            (Centred(Meta.Title, titleStyle), titleStyle.Size * 1.2, 0),
        };
        if (Meta.Subtitle is { } subtitle)
            lines.Add((Centred(subtitle, titleStyle with { Bold = false, Italic = true, Size = theme.Heading(1).Size * 0.8 }), theme.Heading(1).Size, context.Leading / 2));
        if (Meta.AuthorLine is { } author)
            lines.Add((Centred(author, context.Body with { Size = theme.BodySize * 1.2 }), context.Leading * 1.2, context.Leading * 2));
        var translators = Meta.Contributors.Where(c => c.Role == "trl").Select(c => c.Name).ToList();
        if (translators.Count > 0)
            lines.Add((Centred("Translated by " + string.Join(" and ", translators), context.Body with { Italic = true }), context.Leading, context.Leading / 2));
        var editors = Meta.Contributors.Where(c => c.Role == "edt").Select(c => c.Name).ToList();
        if (editors.Count > 0)
            lines.Add((Centred("Edited by " + string.Join(" and ", editors), context.Body with { Italic = true }), context.Leading, context.Leading / 2));

        flow.Add(new FlowSpace(context.AreaHeight * 0.22, Keep: true));
        foreach (var (set, leading, space) in lines)
        {
            if (space > 0) flow.Add(new FlowSpace(space));
            flow.AddRange(Pagination.Flow.Lines(set, leading, 0, context.NextGroup(), null, TypesetContext.AscentIn(leading, leading / 1.2), unbreakable: true));
        }
        var foot = new List<string>();
        if (Meta.Series is { } series) foot.Add(Meta.SeriesNumber is { } n ? $"{series} \u00B7 {n}" : series);
        if (Meta.Publisher is { } publisher) foot.Add(publisher);
        var footLines = foot.SelectMany(f => Centred(f, context.Body with { Size = theme.BodySize * 0.95 })).ToList();
        var imprintLines = imprint ? SetSmall(ImprintLines(), Alignment.Centre) : [];
        double footHeight = footLines.Count * context.Leading + imprintLines.Count * theme.NoteLeading
            + (footLines.Count > 0 && imprintLines.Count > 0 ? context.Leading / 2 : 0);
        if (footHeight > 0)
        {
            double used = flow.Sum(Height);
            flow.Add(new FlowSpace(Math.Max(context.Leading, context.TextHeight - used - footHeight - FootSlack)));
            flow.AddRange(Pagination.Flow.Lines(footLines, context.Leading, 0, context.NextGroup(), null, TypesetContext.AscentIn(context.Leading, theme.BodySize), unbreakable: true));
            if (footLines.Count > 0 && imprintLines.Count > 0) flow.Add(new FlowSpace(context.Leading / 2));
            flow.AddRange(Pagination.Flow.Lines(imprintLines, theme.NoteLeading, 0, context.NextGroup(), null, TypesetContext.AscentIn(theme.NoteLeading, theme.NoteSize), unbreakable: true));
        }
        flow.Add(new FlowPageBreak(false));
        return flow;
    }

    /// <summary>What a block set at the foot stays clear of the type area's bottom by, so rounding never pushes it onto another page.</summary>
    private const double FootSlack = 1;

    /// <summary>The imprint: edition, date, publisher, source and rights, set small at the foot of the title page's back.</summary>
    public List<FlowItem> Imprint() => AtFoot(ImprintLines(), Alignment.Left);

    /// <summary>
    /// The colophon, how the pamphlet was made and its identifier, as a block for the foot of the
    /// text's last page or of a page of its own: a short centred rule, then the lines set small.
    /// The block's height is the sum of its lines' heights.
    /// </summary>
    public List<FlowLine> ColophonBlock(IReadOnlyList<string> fonts, string version)
    {
        var theme = context.Theme;
        double mid = context.Measure / 2;
        // The rule sits in the middle of a line of its own, a note leading above the colophon's first line.
        var rule = new Rule(mid - ColophonRuleHalfWidth, -theme.NoteLeading / 2, mid + ColophonRuleHalfWidth, -theme.NoteLeading / 2,
            ColophonRuleThickness, theme.TextColour);
        var block = new List<FlowLine> { new([rule], theme.NoteLeading, 0, context.NextGroup(), 0, 1) { Ascent = theme.NoteLeading, Unbreakable = true } };
        block.AddRange(Pagination.Flow.Lines(SetSmall(ColophonTexts(fonts, version), Alignment.Centre), theme.NoteLeading, 0, context.NextGroup(), null,
            TypesetContext.AscentIn(theme.NoteLeading, theme.NoteSize), unbreakable: true));
        return block;
    }

    /// <summary>Half the width of the rule over a colophon at the foot of a page, in points (as a scene break's).</summary>
    private const double ColophonRuleHalfWidth = 24;
    private const double ColophonRuleThickness = 0.5;

    private List<string> ColophonTexts(IReadOnlyList<string> fonts, string version) =>
    [
        $"Set in {string.Join(" and ", fonts)} with Publish {version}.",
        "Justified by total-fit line breaking, hyphenated with Liang\u2019s patterns.",
        Meta.Identifier,
    ];

    private List<string> ImprintLines()
    {
        var lines = new List<string>();
        if (Meta.Edition is { } edition) lines.Add(edition);
        if (Meta.Date is { } date) lines.Add($"First published {date}" + (Meta.Publisher is { } p ? $" by {p}." : "."));
        else if (Meta.Publisher is { } p) lines.Add($"Published by {p}.");
        if (Meta.Source is { } source)
            lines.Add("Source: " + string.Join(", ", new[] { source.Title, source.Url }.Where(s => !string.IsNullOrEmpty(s))));
        if (Meta.Rights is { } rights) lines.Add(rights);
        return lines;
    }

    /// <summary>
    /// The contents above the imprint on the title page's back, as short pamphlets have them; null
    /// when the two do not fit on one page with <see cref="ContentsImprintGapLines"/> lines between.
    /// </summary>
    public List<FlowItem>? ContentsWithImprint(IReadOnlyList<(string Id, string Title, int Level, int Page)> entries)
    {
        var contents = Contents(entries);
        contents.RemoveAt(contents.Count - 1); // its page break: the imprint follows on the same page
        // At the page's top the heading's space goes but for what keeps the text on the grid (see Paginator.Kept).
        double used = 0, top = 0;
        bool started = false;
        foreach (var item in contents)
        {
            if (item is FlowLine || item is FlowSpace { Keep: true }) started = true;
            if (started) used += Height(item);
            else top += Height(item);
        }
        double grid = context.Leading;
        double rest = top - Math.Floor(top / grid + 0.01) * grid;
        used += rest > 0.01 && rest < grid - 0.01 ? rest : 0;
        var imprint = AtFoot(ImprintLines(), Alignment.Left, used);
        double gap = imprint[0] is FlowSpace space ? space.Height : 0;
        if (gap < ContentsImprintGapLines * context.Leading) return null;
        contents.AddRange(imprint);
        return contents;
    }

    /// <summary>Fewest blank body lines between the contents and the imprint sharing a page.</summary>
    private const int ContentsImprintGapLines = 3;

    /// <summary>Each text as its own small paragraph at the note size and leading, unhyphenated.</summary>
    private List<SetLine> SetSmall(IEnumerable<string> texts, Alignment align)
    {
        var set = new List<SetLine>();
        foreach (var text in texts)
            set.AddRange(context.Set([new StyledSpan(text, context.NoteText)], new ParagraphFormat(context.Measure, context.Theme.NoteLeading, align, Hyphenate: false), 1));
        return set;
    }

    private List<FlowItem> AtFoot(List<string> texts, Alignment align, double above = 0)
    {
        var theme = context.Theme;
        var style = context.NoteText;
        var set = SetSmall(texts, align);
        var flow = new List<FlowItem>
        {
            new FlowSpace(Math.Max(0, context.TextHeight - above - set.Count * theme.NoteLeading - 1), Keep: true),
        };
        flow.AddRange(Pagination.Flow.Lines(set, theme.NoteLeading, 0, context.NextGroup(), null, TypesetContext.AscentIn(theme.NoteLeading, style.Size), unbreakable: true));
        flow.Add(new FlowPageBreak(false));
        return flow;
    }

    /// <summary>Contents: one line per entry, the title ragged and the page number ranged right, linked to the entry.</summary>
    public List<FlowItem> Contents(IReadOnlyList<(string Id, string Title, int Level, int Page)> entries)
    {
        var composer = new BlockComposer(context, 1);
        composer.Add(new FlowSection("contents", "Contents", 1, true, false));
        composer.ComposeHeading(new Heading(1, [new Model.Text("Contents")], "contents"), 1, context.Measure, 0);
        var style = context.Body;
        var font = context.Fonts.Font(style);
        double numberColumn = font.Measure("000", style.Size) + style.Size;
        foreach (var (id, title, level, page) in entries)
        {
            double indent = (level - 1) * style.Size * 1.5;
            var lines = context.Set([new StyledSpan(title, level == 1 ? style : style with { Italic = true }, id)],
                new ParagraphFormat(context.Measure - numberColumn, context.Leading, Alignment.Left, indent, indent + style.Size, Hyphenate: false), 1);
            if (lines.Count == 0) continue;
            var number = font.Shape(page.ToString(System.Globalization.CultureInfo.InvariantCulture), style.Size);
            double x = context.Measure - number.Width;
            lines[^1] = lines[^1] with
            {
                Items = [.. lines[^1].Items, number.ToGlyphRun(x, 0, style.Colour), new LinkArea(new Rect(x, -style.Size, number.Width, style.Size * 1.3), id, false)],
            };
            composer.AddLines(lines, 0, null, style.Size);
        }
        composer.Add(new FlowPageBreak(false));
        return composer.Flow;
    }

    private List<SetLine> Centred(string text, TextStyle style) =>
        context.Set([new StyledSpan(text, style)], new ParagraphFormat(context.Measure, style.Size * 1.2, Alignment.Centre, Hyphenate: false), 1);

    private static double Height(FlowItem item) => item switch { FlowLine l => l.Height, FlowSpace s => s.Height, _ => 0 };
}
