using System.Buffers.Binary;
using System.Text;

namespace Publish.Pdf;

/// <summary>
/// Glyph advances of a TrueType font as the /W array gives them: advanceWidth × 1000 /
/// unitsPerEm, rounded to three decimals. Whole numbers (as many writers truncate them) would
/// leave every glyph a TJ adjustment for the lost fraction; with these, only kerning, spaces and
/// justification need adjusting. TJ
/// adjustments are computed against the same numbers. Reads only head, hhea and hmtx.
/// </summary>
internal sealed class TrueTypeWidths
{
    private readonly double[] _pdfWidths;

    private TrueTypeWidths(double[] pdfWidths) => _pdfWidths = pdfWidths;

    /// <summary>Number of glyphs with a metric; glyph ids beyond it take the last one (monospaced tail).</summary>
    public int GlyphCount => _pdfWidths.Length;

    /// <summary>The /W width of a glyph in thousandths of the font size.</summary>
    public double PdfWidth(ushort glyph) => _pdfWidths[Math.Min((int)glyph, _pdfWidths.Length - 1)];

    /// <summary>Reads the widths from a TTF file.</summary>
    public static TrueTypeWidths Read(byte[] ttf)
    {
        int head = -1, hhea = -1, hmtx = -1;
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(4));
        for (int i = 0; i < tableCount; i++)
        {
            int record = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(ttf, record, 4);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(ttf.AsSpan(record + 8));
            switch (tag)
            {
                case "head": head = offset; break;
                case "hhea": hhea = offset; break;
                case "hmtx": hmtx = offset; break;
            }
        }
        if (head < 0 || hhea < 0 || hmtx < 0)
            throw new InvalidDataException("font lacks a head, hhea or hmtx table");

        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(head + 18));
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(hhea + 34));
        var widths = new double[Math.Max(metrics, 1)];
        for (int g = 0; g < metrics; g++)
        {
            int advance = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(hmtx + 4 * g));
            widths[g] = Math.Round(advance * 1000.0 / unitsPerEm, 3, MidpointRounding.AwayFromZero);
        }
        return new TrueTypeWidths(widths);
    }
}
