using Publish.Typesetting.Fonts;

namespace Publish.Pdf;

/// <summary>
/// Glyph advances of a TrueType font as the /W array gives them: advanceWidth × 1000 /
/// unitsPerEm, rounded to three decimals. Whole numbers (as many writers truncate them) would
/// leave every glyph a TJ adjustment for the lost fraction; with these, only kerning, spaces and
/// justification need adjusting. TJ adjustments are computed against the same numbers.
/// </summary>
internal sealed class TrueTypeWidths
{
    private readonly double[] _pdfWidths;

    private TrueTypeWidths(double[] pdfWidths) => _pdfWidths = pdfWidths;

    /// <summary>Number of glyphs with a metric; glyph ids beyond it take the last one (monospaced tail).</summary>
    public int GlyphCount => _pdfWidths.Length;

    /// <summary>The /W width of a glyph in thousandths of the font size.</summary>
    public double PdfWidth(ushort glyph) => _pdfWidths[Math.Min((int)glyph, _pdfWidths.Length - 1)];

    /// <summary>Reads the widths from a TTF file's hmtx, with the directory and metrics already read.</summary>
    public static TrueTypeWidths Read(byte[] ttf, TableDirectory tables, FontMetrics metrics, string key)
    {
        int hmtx = tables.Require("hmtx", key);
        var widths = new double[Math.Max(metrics.HorizontalMetricCount, 1)];
        for (int g = 0; g < metrics.HorizontalMetricCount; g++)
            widths[g] = Math.Round(FontBytes.U16(ttf, hmtx + 4 * g) * 1000.0 / metrics.UnitsPerEm, 3, MidpointRounding.AwayFromZero);
        return new TrueTypeWidths(widths);
    }
}
