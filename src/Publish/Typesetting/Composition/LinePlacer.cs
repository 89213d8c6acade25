using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Composition;

/// <summary>
/// Places a line's fragments and spaces left to right, merging neighbours in the same font,
/// size and colour into one glyph run (spaces become space glyphs, so extracted text keeps
/// its word gaps), and collecting link areas and anchors.
/// </summary>
/// <remarks>
/// The glyph and text buffers of the run being built are scratch, passed to one line after
/// another (a pamphlet's paragraphs share one set); every glyph run gets its own exact-size copy.
/// </remarks>
internal sealed class LinePlacer(FontSelector fonts, IReadOnlyList<StyledSpan> spans, LinePlacer.Scratch scratch)
{
    /// <summary>Reusable buffers for lines placed one after another.</summary>
    public sealed class Scratch
    {
        internal readonly List<PositionedGlyph> Glyphs = new(128);
        internal readonly System.Text.StringBuilder Text = new(256);
    }

    private readonly List<FrameItem> _items = [];
    // A line that failed half-way may have left something behind: start empty.
    private readonly List<PositionedGlyph> _glyphs = Empty(scratch.Glyphs);
    private readonly System.Text.StringBuilder _text = scratch.Text.Clear();

    private static List<PositionedGlyph> Empty(List<PositionedGlyph> glyphs)
    {
        glyphs.Clear();
        return glyphs;
    }

    private (string Font, double Size, double Rise, Colour Colour)? _run;

    /// <summary>Horizontal scale of the glyphs placed (glyph expansion); spaces keep the width given.</summary>
    public double Scale { get; init; } = 1;
    private double _runX;
    private Fragment? _last;
    private (string Target, bool External, double X)? _link;

    public double X { get; private set; }

    public void Place(Fragment fragment)
    {
        var span = spans[fragment.Span];
        if (_link is { } open && (open.Target != span.Link)) CloseLink();
        if (span.Link is not null && _link is null) _link = (span.Link, span.External, X);
        if (span.AnchorId is not null) _items.Add(new Anchor(span.AnchorId, -span.Style.Size * 1.2));
        var runs = fragment.Shaped;
        for (int i = 0; i < runs.Count; i++) // not foreach: an array behind an interface would box its enumerator, a line at a time
        {
            var shaped = runs[i];
            var key = (shaped.FontKey, shaped.Size, span.Style.Rise, span.Style.Colour);
            if (_run != key) { CloseRun(); _run = key; _runX = X; }
            AddGlyphs(shaped.Glyphs);
            _text.Append(shaped.Text);
            X += shaped.Width * Scale;
        }
        _last = fragment;
    }

    public void Space(double width)
    {
        if (_run is { } run)
        {
            var font = fonts.Library.Get(run.Font);
            _glyphs.Add(new PositionedGlyph(font.GlyphId(' '), width, " "));
            _text.Append(' ');
        }
        X += width;
    }

    public void Skip(double width)
    {
        CloseRun();
        X += width;
    }

    public void Hyphen()
    {
        if (_last is null) return;
        var style = spans[_last.Span].Style;
        var font = fonts.Font(style);
        var shaped = font.Shape("-", style.Size);
        var key = (shaped.FontKey, shaped.Size, style.Rise, style.Colour);
        if (_run != key) { CloseRun(); _run = key; _runX = X; }
        AddGlyphs(shaped.Glyphs);
        _text.Append('-');
        X += shaped.Width * Scale;
    }

    private void AddGlyphs(IReadOnlyList<PositionedGlyph> glyphs)
    {
        if (Scale == 1) { _glyphs.AddRange(glyphs); return; }
        for (var i = 0; i < glyphs.Count; i++) _glyphs.Add(glyphs[i] with { Advance = glyphs[i].Advance * Scale });
    }

    /// <summary>The line's items, shifted right by <paramref name="offset"/>.</summary>
    public IReadOnlyList<FrameItem> Finish(double offset)
    {
        CloseRun();
        CloseLink();
        return offset == 0 ? _items : _items.Select(i => FrameGeometry.Translate(i, offset, 0)).ToList();
    }

    private void CloseRun()
    {
        if (_run is { } run && _glyphs.Count > 0)
        {
            // Trailing spaces would stick out past the measure: drop them.
            while (_glyphs.Count > 0 && _glyphs[^1].Chars == " ") { _glyphs.RemoveAt(_glyphs.Count - 1); _text.Length--; }
            if (_glyphs.Count > 0)
                _items.Add(new GlyphRun(run.Font, run.Size, _runX, -run.Rise, _glyphs.ToArray(), _text.ToString(), run.Colour) { HorizontalScale = Scale });
        }
        _glyphs.Clear();
        _text.Clear();
        _run = null;
    }

    private void CloseLink()
    {
        if (_link is { } link && X > link.X)
        {
            var size = spans[0].Style.Size;
            _items.Add(new LinkArea(new Rect(link.X, -size, X - link.X, size * 1.3), link.Target, link.External));
        }
        _link = null;
    }
}
