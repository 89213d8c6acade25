using System.IO.Compression;

namespace Publish.Pdf.Images;

/// <summary>
/// PNG files for PDF. PDF's Flate filter undoes PNG's row filters itself (<c>/Predictor 15</c>),
/// so a non-interlaced grey, RGB or palette image at up to 8 bits passes its IDAT data through
/// unchanged: nothing is inflated or recompressed, and a palette stays an indexed colour space
/// at its own bit depth. tRNS transparency on such an image becomes a soft mask decoded beside
/// the untouched colour rows. Alpha channels, interlacing and 16-bit samples are beyond what a
/// predictor can pass (PDF 1.4 has no 16-bit samples), so those images are decoded to 8-bit
/// planes and compressed again without a predictor. A soft mask is written only when some pixel
/// is less than opaque.
/// </summary>
internal static class PngImageReader
{
    private const string Flate = "/FlateDecode";
    private const string DeviceGray = "/DeviceGray", DeviceRgb = "/DeviceRGB";
    /// <summary>PNG prediction, the filter chosen row by row (ISO 32000-1, table 10).</summary>
    private const int PngPredictors = 15;

    /// <summary>Reads a file that starts with the PNG signature.</summary>
    public static PdfImage Read(byte[] bytes)
    {
        var png = PngFile.Parse(bytes);
        if (!png.Interlaced && png.BitDepth <= 8 && png.ColourType is PngFile.Grey or PngFile.Rgb or PngFile.Palette)
        {
            var alpha = png.Transparency is null ? null : PngSampleDecoder.Decode(png, withColour: false).Alpha;
            string parameters = $"<</Predictor {PngPredictors}/Colors {png.Channels}/BitsPerComponent {png.BitDepth}/Columns {png.Width}>>";
            return new PdfImage(png.Width, png.Height, ColourSpace(png), png.BitDepth, Flate, parameters, null,
                png.ImageData, SoftMask(png.Width, png.Height, alpha));
        }
        var samples = PngSampleDecoder.Decode(png, withColour: true);
        return new PdfImage(png.Width, png.Height, samples.ColourChannels == 1 ? DeviceGray : DeviceRgb, 8, Flate, null, null,
            Compress(samples.Colour!), SoftMask(png.Width, png.Height, samples.Alpha));
    }

    /// <summary>The colour space of passed-through rows: a palette written out as an indexed space.</summary>
    private static string ColourSpace(PngFile png) => png.ColourType switch
    {
        PngFile.Grey => DeviceGray,
        PngFile.Rgb => DeviceRgb,
        _ => $"[/Indexed {DeviceRgb} {png.PaletteEntries!.Length / 3 - 1} <{Convert.ToHexString(png.PaletteEntries)}>]",
    };

    private static PdfImage? SoftMask(int width, int height, byte[]? alpha) =>
        alpha is null ? null : new PdfImage(width, height, DeviceGray, 8, Flate, null, null, Compress(alpha), null);

    /// <summary>A complete zlib stream (header, deflate data, Adler-32), as <c>/FlateDecode</c> expects.</summary>
    private static byte[] Compress(byte[] samples)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(samples);
        return output.ToArray();
    }
}
