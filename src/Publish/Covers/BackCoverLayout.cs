using Publish.Model;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using G = Publish.Covers.CoverGeometry;

namespace Publish.Covers;

/// <summary>
/// The back cover, in the front's colours: for the band template paper with a shallow band at
/// the front band's height carrying title and author; for the type template the full colour.
/// Below: the description set ragged in the body face (shrinking a little, then cut with an
/// ellipsis, if it is long), the source line, and the series, publisher and date on the foot.
/// </summary>
internal static class BackCoverLayout
{
    private const string Ellipsis = "…";
    /// <summary>Each shrink of a too-long description, in points.</summary>
    private const double ShrinkStep = 0.25;

    /// <summary>Designs the back.</summary>
    public static Page Back(Metadata meta, CoverStyle style, CoverBleed bleed)
    {
        var b = new CoverFrameBuilder(style, bleed);
        double h = style.Height, k = b.SizeScale;
        bool full = style.Template == CoverStyle.TypeTemplate;
        var text = full ? style.Paper : style.Ink;
        var accent = full ? style.Paper : style.Colour;

        b.Background(full ? style.Colour : style.Paper);
        CoverParts.SeriesLine(b, meta, accent);

        double bandTop = G.BandTop * h, bandBottom = G.BackBandBottom * h;
        if (!full) b.Band(bandTop, bandBottom, style.Colour);
        // Title and author sit on the band's bottom padding, as on the front.
        double authorSize = G.BackTitleSize * k * 0.75, authorStep = G.BackTitleSize * k * 1.35;
        double padding = G.BackBandPadding * h;
        double authorExtent = meta.AuthorLine is null ? 0 : authorStep;
        var title = TitleFitter.Fit(style.Display, meta.Title, style.Measure, bandBottom - bandTop - 2 * padding - authorExtent,
            G.BackTitleSize * k, G.BackTitleSize * k * 0.6, 1.15);
        double lastBaseline = bandBottom - padding;
        double titleLast = lastBaseline - authorExtent;
        b.Lines(title, titleLast - (title.Lines.Count - 1) * title.Leading, style.Paper);
        if (meta.AuthorLine is { } author)
            b.Left(style.DisplayRegular, author, authorSize, lastBaseline, style.Paper);

        double footRule = CoverParts.Foot(b, meta, accent, text);
        double sourceBaseline = footRule - G.FootRuleAbove * h;
        double sourceSize = G.SourceSize * k;
        if (SourceLine(meta) is { } source)
        {
            var shaped = Fit(style.TextItalic, source, sourceSize, style.Measure);
            b.Left(style.TextItalic, shaped, sourceBaseline, text);
        }

        if (!string.IsNullOrWhiteSpace(meta.Description))
        {
            double top = bandBottom + G.DescriptionGap * h;
            double bottom = sourceBaseline - 2.5 * sourceSize;
            SetDescription(b, meta.Description, top, bottom, text);
        }
        return b.Build();
    }

    private static void SetDescription(CoverFrameBuilder b, string description, double firstBaseline, double lowest, Colour colour)
    {
        var style = b.Style;
        double ratio = G.DescriptionLeading;
        double size = Math.Max(G.DescriptionMinSize, Math.Round(style.BodySize * G.DescriptionShare * 4) / 4);
        IReadOnlyList<ShapedText> lines;
        while (true)
        {
            lines = RaggedSetter.Set(style.Text, description, size, style.Measure);
            if (firstBaseline + (lines.Count - 1) * size * ratio <= lowest || size <= G.DescriptionMinSize) break;
            size -= ShrinkStep;
        }
        int fitting = Math.Max(1, (int)Math.Floor((lowest - firstBaseline) / (size * ratio)) + 1);
        if (lines.Count > fitting)
        {
            var cut = lines.Take(fitting).ToList();
            cut[^1] = Fit(style.Text, cut[^1].Text.TrimEnd(' ', ',', ';', '.') + Ellipsis, size, style.Measure);
            lines = cut;
        }
        double baseline = firstBaseline;
        foreach (var line in lines)
        {
            if (line.Glyphs.Count > 0) b.Left(style.Text, line, baseline, colour);
            baseline += size * ratio;
        }
    }

    /// <summary>"Source: title (host)", or null when the front matter names no source.</summary>
    private static string? SourceLine(Metadata meta)
    {
        var title = meta.Source?.Title;
        string? host = Uri.TryCreate(meta.Source?.Url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "") : null;
        if (string.IsNullOrWhiteSpace(title) && host is null) return null;
        if (string.IsNullOrWhiteSpace(title)) return "Source: " + host;
        return host is null || title.Contains(host, StringComparison.OrdinalIgnoreCase) ? "Source: " + title : $"Source: {title} ({host})";
    }

    /// <summary>Shapes one line, shortening it with an ellipsis word by word until it fits the measure.</summary>
    private static ShapedText Fit(TrueTypeFont font, string text, double size, double measure)
    {
        var shaped = font.Shape(text, size);
        while (shaped.Width > measure && text.LastIndexOf(' ') is > 0 and var space)
        {
            text = text[..space].TrimEnd(' ', ',', ';', '(') + Ellipsis;
            shaped = font.Shape(text, size);
        }
        return shaped;
    }
}
