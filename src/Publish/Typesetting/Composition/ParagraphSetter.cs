using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Text;

namespace Publish.Typesetting.Composition;

/// <summary>
/// Sets one paragraph: styled spans → measured words with hyphenation points → boxes, glue and
/// penalties → lines chosen by the line breaker → positioned glyph runs, links and anchors.
/// Measuring has no side effects; the result is data.
/// </summary>
/// <remarks>
/// A setter is for one paragraph; the line-placing buffers may be a caller's, shared by the
/// paragraphs it sets one after another.
/// </remarks>
internal sealed class ParagraphSetter(FontSelector fonts, Hyphenator? hyphenator, ILineBreaker breaker, LinePlacer.Scratch? placing = null)
{
    /// <summary>Characters after which a URL may break without a hyphen.</summary>
    private const string UrlBreakAfter = "/.-?&=_#";

    private readonly List<Fragment> _fragments = [];
    private readonly LinePlacer.Scratch _placing = placing ?? new();
    private readonly Dictionary<int, FragmentBreak> _breaks = [];
    private IReadOnlyList<StyledSpan> _spans = [];

    /// <summary>Characters no font had, for the caller to report.</summary>
    public HashSet<int> MissingCodePoints { get; } = [];

    /// <summary>Lines of the paragraph, top to bottom.</summary>
    public List<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format)
    {
        _spans = spans;
        var lines = new List<SetLine>();
        if (spans.Count == 0) return lines;
        var baseStyle = spans[0].Style;
        var baseFont = fonts.Font(baseStyle);
        var space = InterwordSpace.FromWidth(baseFont.Measure(" ", baseStyle.Size));
        var expansion = breaker.Settings.Justify && format.Align == Alignment.Justify ? breaker.Settings.GlyphExpansion : 0;
        var builder = new ParagraphItemsBuilder(space) { GlyphExpansion = expansion };
        bool first = true;
        foreach (var segment in WordCollector.Collect(spans))
        {
            _fragments.Clear();
            var words = new List<ParagraphWord>(segment.Count);
            bool sentenceStart = true;
            foreach (var word in segment)
            {
                words.Add(Measure(word, format, sentenceStart));
                sentenceStart = EndsSentence(word[^1].Text);
            }
            double indent = first ? format.FirstIndent : 0;
            var items = builder.Build(words, indent);
            var firstMeasure = format.Measure - (first ? 0 : format.RestIndent);
            var widths = LineWidths.Hanging(1, firstMeasure, format.Measure - format.RestIndent);
            var result = breaker.Break(items, widths);
            for (int i = 0; i < result.Lines.Count; i++)
            {
                bool lastLine = i == result.Lines.Count - 1;
                double left = first && i == 0 ? 0 : format.RestIndent;
                lines.Add(Assemble(items, result.Lines[i], format, left, expansion));
            }
            first = false;
        }
        return lines;
    }

    /// <summary>A word ending in . ! or ? (before closing quotes or brackets) ends a sentence.</summary>
    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd("\u2019\u201D\"')]");
        return trimmed.Length > 1 && trimmed[^1] is '.' or '!' or '?';
    }

    private ParagraphWord Measure(List<WordPiece> pieces, ParagraphFormat format, bool sentenceStart)
    {
        var fragments = new List<WordFragment>();
        var lastStyle = _spans[pieces[^1].Span].Style;
        double hyphenWidth = fonts.Font(lastStyle).Measure("-", lastStyle.Size);
        // A capital that only marks the start of a sentence does not make a proper noun.
        var breaks = BreakPoints(pieces, sentenceStart ? format with { HyphenateCapitalised = true } : format);
        int offset = 0;
        foreach (var piece in pieces)
        {
            int start = 0;
            for (int i = 1; i <= piece.Text.Length; i++)
            {
                bool end = i == piece.Text.Length;
                var kind = breaks.GetValueOrDefault(offset + i);
                if (!end && kind == FragmentBreak.None) continue;
                fragments.Add(Fragment(piece.Span, piece.Text[start..i], end ? kind : kind));
                start = i;
            }
            offset += piece.Text.Length;
        }
        return new ParagraphWord(fragments, hyphenWidth);
    }

    /// <summary>
    /// Break opportunities inside a word, by offset into the word's joined text; the dictionary
    /// is this setter's, refilled for each word.
    /// </summary>
    private Dictionary<int, FragmentBreak> BreakPoints(List<WordPiece> pieces, ParagraphFormat format)
    {
        var breaks = _breaks;
        breaks.Clear();
        var text = pieces.Count == 1 && !_spans[pieces[0].Span].Atomic
            ? pieces[0].Text
            : string.Concat(pieces.Select(p => _spans[p.Span].Atomic ? new string('0', p.Text.Length) : p.Text));
        int total = text.Length;
        bool url = text.Contains("://") || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        for (int i = 1; i < total - 1; i++)
        {
            char c = text[i - 1];
            if (url ? UrlBreakAfter.Contains(c) : c is '-' or '\u2013' or '\u2014' or '/' && char.IsLetter(text[i]) && i > 1)
                breaks[i] = FragmentBreak.Explicit;
        }
        if (url || hyphenator is null || !format.Hyphenate) return breaks;

        int stretch = 0;
        for (int i = 0; i <= total; i++)
        {
            if (i < total && !breaks.ContainsKey(i)) continue;
            var part = text[stretch..i];
            var points = hyphenator.Points(part, format.HyphenateCapitalised);
            for (int p = 0; p < points.Count; p++) breaks.TryAdd(stretch + points[p], FragmentBreak.Hyphen);
            stretch = i;
        }
        return breaks;
    }

    private WordFragment Fragment(int span, string text, FragmentBreak breakAfter)
    {
        var style = _spans[span].Style;
        var shaped = fonts.Chain(style).Shape(text, style.Size);
        for (int i = 0; i < shaped.MissingCodePoints.Count; i++) MissingCodePoints.Add(shaped.MissingCodePoints[i]);
        _fragments.Add(new Fragment(span, shaped.Runs, shaped.Width));
        return new WordFragment(shaped.Width, _fragments.Count - 1, breakAfter);
    }

    private SetLine Assemble(IReadOnlyList<LineItem> items, BrokenLine line, ParagraphFormat format, double left, double expansion)
    {
        int start = line.Start;
        while (start < line.End && !items[start].IsBox) start++;
        bool hyphen = line.EndsWithHyphen && items[line.End].Width > 0;
        var setting = LineSetting.For(items, start, line, hyphen, expansion, format.Align == Alignment.Justify);
        var placer = new LinePlacer(fonts, _spans, _placing) { Scale = setting.Scale };
        for (int i = start; i < line.End; i++)
        {
            var item = items[i];
            if (item.IsBox)
            {
                if (item.Payload >= 0) placer.Place(_fragments[item.Payload]);
                else placer.Skip(item.Width);
            }
            else if (item.IsGlue && item.FilStretch == 0)
                placer.Space(setting.Glue(item));
        }
        if (hyphen) placer.Hyphen();
        double width = placer.X;
        double shift = format.Align switch
        {
            Alignment.Centre => (format.Measure - left - width) / 2,
            Alignment.Right => format.Measure - left - width,
            _ => 0,
        };
        return new SetLine(placer.Finish(left + shift), width + left + shift, format.Measure);
    }
}

/// <summary>A measured piece of a word: the span it came from and its shaped runs (one per font).</summary>
internal sealed record Fragment(int Span, IReadOnlyList<ShapedText> Shaped, double Width);
