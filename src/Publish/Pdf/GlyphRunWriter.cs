using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// Writes one glyph run as a text object: <c>BT /F size Tf r g b rg 1 0 0 1 x y Tm [&lt;gid&gt; adj …] TJ ET</c>.
/// Glyph ids are the CIDs (Identity-H); after each glyph the TJ adjustment
/// (/W width − our advance × 1000 / size) moves the pen to exactly where the layout put the next
/// glyph. A run with glyph expansion sets its horizontal scale with <c>Tz</c>; the adjustments
/// are then divided by the scale, since <c>Tz</c> scales them too. Runs whose glyphs the
/// ToUnicode map cannot give back are wrapped in /ActualText.
/// </summary>
internal static class GlyphRunWriter
{
    /// <summary>Adjustments smaller than this (thousandths of an em) are rounding noise and omitted.</summary>
    private const double NegligibleAdjustment = 0.001;

    /// <summary>
    /// .notdef (glyph 0) is never listed in /W and no /DW is written, so viewers give it the
    /// default CID width of 1000 (PDF 32000-1, 9.7.4.3).
    /// </summary>
    private const int NotdefWidth = 1000;

    /// <summary>Appends the run's text object to a content stream.</summary>
    public static StringBuilder Write(StringBuilder content, GlyphRun run, DocumentFont font, string resourceName, PageGeometry geometry)
    {
        if (run.Glyphs.Count == 0) return content;
        bool actualText = NeedsActualText(run, font);
        if (actualText)
            content.Append("/Span <</ActualText <FEFF").Append(Utf16Hex(run.Text)).Append(">>> BDC\n");

        content.Append("BT\n").Append(resourceName).Append(' ').AppendNumber(run.Size).Append(" Tf\n");
        content.AppendColour(run.Colour).Append(" rg\n");
        double scale = run.HorizontalScale;
        if (scale != 1) content.AppendNumber(scale * 100).Append(" Tz\n");
        content.Append("1 0 0 1 ").AppendNumber(geometry.X(run.X)).Append(' ')
            .AppendNumber(geometry.Y(run.Baseline)).Append(" Tm\n[");

        bool inString = false;
        for (int i = 0; i < run.Glyphs.Count; i++)
        {
            var glyph = run.Glyphs[i];
            if (!inString) { content.Append('<'); inString = true; }
            content.AppendHex4(glyph.GlyphId);
            if (i == run.Glyphs.Count - 1) break;
            double natural = glyph.GlyphId == 0 ? NotdefWidth : font.Widths.PdfWidth(glyph.GlyphId);
            double adjustment = natural - glyph.Advance * 1000 / (run.Size * scale);
            if (Math.Abs(adjustment) < NegligibleAdjustment) continue;
            content.Append("> ").AppendNumber(adjustment).Append(' ');
            inString = false;
        }
        if (inString) content.Append('>');
        content.Append("] TJ\nET\n");
        if (actualText) content.Append("EMC\n");
        return content;
    }

    private static bool NeedsActualText(GlyphRun run, DocumentFont font)
    {
        foreach (var g in run.Glyphs)
            if (font.NeedsActualText(g.GlyphId, g.Chars)) return true;
        return false;
    }

    private static string Utf16Hex(string text)
    {
        var sb = new StringBuilder(text.Length * 4);
        foreach (var unit in text) sb.AppendHex4(unit);
        return sb.ToString();
    }
}
