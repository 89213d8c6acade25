using Publish.Pdf.Objects;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// The fonts of one document: collected from the glyph runs of all its pages (which glyphs,
/// standing for which text), numbered in the order first used, and written once each.
/// </summary>
internal sealed class DocumentFontSet
{
    private readonly Dictionary<string, DocumentFont> _fonts = new(StringComparer.Ordinal);

    /// <summary>Collects the fonts and glyphs of all runs on the pages.</summary>
    public static DocumentFontSet Collect(IReadOnlyList<Page> pages, IFontSource source)
    {
        var set = new DocumentFontSet();
        foreach (var page in pages)
            foreach (var item in page.Items)
                if (item is GlyphRun run)
                {
                    if (!set._fonts.TryGetValue(run.FontKey, out var font))
                        set._fonts[run.FontKey] = font = new DocumentFont(run.FontKey, source.GetFontData(run.FontKey), set._fonts.Count);
                    foreach (var g in run.Glyphs) font.Use(g.GlyphId, g.Chars);
                }
        return set;
    }

    /// <summary>The font for a key (collected before).</summary>
    public DocumentFont this[string key] => _fonts[key];

    /// <summary>
    /// Writes every font that has glyphs to embed (on several cores when <paramref name="parallel"/>:
    /// subsetting and deflating a font file is the bulk of the work) and returns their object
    /// numbers by resource name.
    /// </summary>
    public IReadOnlyDictionary<string, int> Write(PdfFileWriter writer, bool parallel)
    {
        var fonts = _fonts.Values.Where(f => f.HasGlyphs).ToArray();
        var files = new EncodedFontFiles[fonts.Length];
        if (parallel) Parallel.For(0, fonts.Length, i => files[i] = fonts[i].Encode());
        else for (int i = 0; i < fonts.Length; i++) files[i] = fonts[i].Encode();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < fonts.Length; i++) numbers[fonts[i].ResourceName] = fonts[i].Write(writer, files[i]);
        return numbers;
    }
}
