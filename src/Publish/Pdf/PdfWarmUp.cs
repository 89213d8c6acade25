using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Readies the PDF writer on a spare core while the text is still being set: the first run of
/// its code (type loading, precompiled-code fix-ups or JIT when not compiled ahead of time) and
/// of the font subsetter over the faces the pamphlet will use. It renders
/// a throw-away one-page document with one glyph of each font; nothing of it reaches any output.
/// On one pamphlet's screen PDF this takes most of the writer's start-up cost off the critical path.
/// </summary>
internal static class PdfWarmUp
{
    private static int _started;

    /// <summary>
    /// Starts the warm-up, once per process (later pamphlets find everything ready; in a large
    /// catalogue it would only cost CPU); <paramref name="glyphs"/> gives one (font key, glyph id) per font,
    /// and is asked only when the warm-up runs. A native (AOT) executable has no code to compile
    /// or fix up, and there the warm-up measured no gain (seed 001's PDF: 414 ms with it, 400 ms
    /// without, medians of 11), so it only runs on the ReadyToRun and JIT fallbacks.
    /// </summary>
    public static Task? Start(Func<IReadOnlyList<(string FontKey, ushort Glyph)>> glyphs, IFontSource fonts) =>
        !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled || Interlocked.Exchange(ref _started, 1) == 1 ? null : Task.Run(() =>
    {
        var items = new List<FrameItem> { new Rule(10, 10, 20, 10, 0.5, new Colour(0, 0, 0)) };
        double y = 20;
        foreach (var (key, glyph) in glyphs())
            items.Add(new GlyphRun(key, 10, 10, y += 12, [new PositionedGlyph(glyph, 5, "x")], "x", new Colour(0, 0, 0)));
        var options = new PdfRenderOptions { Title = "warm-up", CreationDate = DateTimeOffset.UnixEpoch };
        PdfRenderer.Render([new Page(100, 100, items)], options, fonts);
    });
}
