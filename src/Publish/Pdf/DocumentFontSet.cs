using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Events;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// The fonts of one document. Collect (walk all runs, note glyphs) → register (make PDFsharp
/// embed exactly those glyph ids and replace its ToUnicode map with ours) → name (resource
/// name of a font on a page).
/// </summary>
/// <remarks>
/// PDFsharp 6.5 adds glyphs to a subset only from characters (<c>AddCharacters</c> goes through
/// the cmap, so ligature glyphs cannot be reached) or from a <c>DrawString</c>, whose
/// code point/glyph pairs a <c>RenderTextEvent</c> handler may replace. We draw one string per
/// font on a scratch page that is removed again, pairing every used glyph with a private-use
/// code point so each lands in the subset and in /W. PDFsharp's ToUnicode map (built from those
/// private code points) is then swapped for one built from the frames' text, which maps
/// ligature glyphs to several characters ("ffi").
/// </remarks>
internal sealed class DocumentFontSet
{
    private const int PrivateUsePlane = 0xF0000;
    private readonly Dictionary<string, DocumentFont> _fonts = new(StringComparer.Ordinal);
    private readonly Dictionary<(PdfPage, string), string> _names = new();

    /// <summary>Collects the fonts and glyphs of all runs on the pages.</summary>
    public static DocumentFontSet Collect(IReadOnlyList<Page> pages, IFontSource source, RegisteredFontResolver resolver)
    {
        var set = new DocumentFontSet();
        foreach (var page in pages)
            foreach (var item in page.Items)
                if (item is GlyphRun run)
                {
                    var font = set.GetOrAdd(run.FontKey, source, resolver);
                    foreach (var g in run.Glyphs) font.Use(g.GlyphId, g.Chars);
                }
        return set;
    }

    /// <summary>The font for a key (collected before).</summary>
    public DocumentFont this[string key] => _fonts[key];

    /// <summary>Makes PDFsharp embed every collected glyph and installs our ToUnicode maps.</summary>
    public void Register(PdfDocument document)
    {
        if (_fonts.Count == 0) return;
        var scratch = document.AddPage();
        CodePointGlyphIndexPair[] pending = [];
        RenderTextEventHandler handler = (_, e) => e.CodePointGlyphIndexPairs = pending;
        document.RenderEvents.RenderTextEvent += handler;
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            using var gfx = XGraphics.FromPdfPage(scratch);
            foreach (var font in _fonts.Values)
            {
                pending = font.EmbeddedGlyphs().Select(g => new CodePointGlyphIndexPair(PrivateUsePlane + g, g)).ToArray();
                if (pending.Length == 0) continue;
                gfx.DrawString(new string('x', pending.Length), font.Font, XBrushes.Black, 0, 0);
                font.PdfFont = NewlyRealisedFont(scratch, seen)
                    ?? throw new InvalidOperationException($"PDFsharp did not realise font {font.Key}");
                InstallToUnicode(document, font);
            }
        }
        finally
        {
            document.RenderEvents.RenderTextEvent -= handler;
            document.Pages.Remove(scratch);
        }
    }

    /// <summary>
    /// The resource name ("/F0") of a font on a page, adding it to the page's resources once;
    /// false when the font has nothing to embed (its runs hold only .notdef or no glyphs).
    /// </summary>
    public bool TryGetResourceName(PdfPage page, string key, out string name)
    {
        if (_names.TryGetValue((page, key), out name!)) return true;
        if (_fonts[key].PdfFont is not { } pdfFont) return false;
        name = page.Resources.AddFont(pdfFont);
        _names[(page, key)] = name;
        return true;
    }

    /// <summary>
    /// For each registered font, after the document is saved: the object number of its
    /// CIDFont dictionary → its exact /W array (<see cref="DocumentFont.WidthArray"/>).
    /// </summary>
    public Dictionary<int, string> WidthArraysByObject()
    {
        var arrays = new Dictionary<int, string>();
        foreach (var font in _fonts.Values)
        {
            if (font.PdfFont is null) continue;
            // The content streams' TJ adjustments assume these widths: a font without them is a bug.
            if (font.PdfFont.Elements.GetArray("/DescendantFonts") is not { Elements.Count: > 0 } descendants
                || descendants.Elements[0] is not PdfReference cidFont)
                throw new InvalidOperationException($"PDFsharp's font {font.Key} has no CIDFont to give widths to");
            arrays[cidFont.ObjectNumber] = font.WidthArray();
        }
        return arrays;
    }

    private static PdfFont? NewlyRealisedFont(PdfPage scratch, HashSet<string> seen)
    {
        var resources = scratch.Resources.Elements.GetDictionary("/Font");
        if (resources is null) return null;
        foreach (var name in resources.Elements.Keys)
            if (seen.Add(name) && resources.Elements[name] is PdfReference { Value: PdfFont pdfFont })
                return pdfFont;
        return null;
    }

    private static void InstallToUnicode(PdfDocument document, DocumentFont font)
    {
        // PDFsharp's own map (built from the private-use code points) becomes unreferenced
        // and is dropped when the document is saved.
        var cmap = new PdfDictionary(document);
        cmap.CreateStream(ToUnicodeCMapBuilder.Build(font.GlyphText));
        document.Internals.AddObject(cmap);
        font.PdfFont!.Elements.SetReference("/ToUnicode", cmap);
    }

    private DocumentFont GetOrAdd(string key, IFontSource source, RegisteredFontResolver resolver)
    {
        if (_fonts.TryGetValue(key, out var font)) return font;
        resolver.Register(key, () => source.GetFontData(key));
        var data = resolver.GetFont(key)!;
        font = new DocumentFont(key, TrueTypeWidths.Read(data));
        _fonts[key] = font;
        return font;
    }
}
