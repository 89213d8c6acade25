using Publish.Covers;

namespace Publish.Pdf.Images;

/// <summary>
/// One image as a PDF image XObject will hold it; the writer adds <c>/Type /XObject
/// /Subtype /Image /Length</c> and writes <see cref="SoftMask"/> as its own XObject named by
/// <c>/SMask</c>. Reading an image into this form is the whole of the image work a PDF needs:
/// JPEG files pass through untouched, PNG files pass their compressed rows through when PDF's
/// PNG predictors can undo them and are decoded only when alpha or interlacing has to be
/// separated out. Colour profiles (PNG <c>iCCP</c>, <c>gAMA</c>, <c>cHRM</c>, <c>sRGB</c>;
/// JPEG ICC segments) are ignored: the samples are treated as device RGB (sRGB, which the
/// document's output intent declares), grey or CMYK.
/// </summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="ColourSpace"><c>/DeviceRGB</c>, <c>/DeviceGray</c>, <c>/DeviceCMYK</c>, or an indexed space written out, e.g. <c>[/Indexed /DeviceRGB 15 &lt;…&gt;]</c>.</param>
/// <param name="BitsPerComponent">Bits per sample (per palette index for an indexed space).</param>
/// <param name="Filter"><c>/DCTDecode</c> or <c>/FlateDecode</c>.</param>
/// <param name="DecodeParms">The filter's parameters (PNG predictors for passed-through PNG rows), or null.</param>
/// <param name="Decode">The <c>/Decode</c> array, or null for the default.</param>
/// <param name="Data">The stream bytes, already encoded with <see cref="Filter"/>.</param>
/// <param name="SoftMask">The alpha channel as an 8-bit <c>/DeviceGray</c> image, or null when every pixel is opaque.</param>
internal sealed record PdfImage(
    int Width, int Height,
    string ColourSpace,
    int BitsPerComponent,
    string Filter,
    string? DecodeParms,
    string? Decode,
    byte[] Data,
    PdfImage? SoftMask)
{
    /// <summary>
    /// Reads a PNG or JPEG file's bytes. The same bytes always give the same image, byte for
    /// byte. Throws <see cref="InvalidDataException"/> saying why for any other format or for
    /// broken or truncated data.
    /// </summary>
    public static PdfImage FromFile(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (PngDecoder.IsPng(bytes)) return PngImageReader.Read(bytes);
        if (JpegImageReader.IsJpeg(bytes)) return JpegImageReader.Read(bytes);
        throw new InvalidDataException("not a PNG or JPEG file");
    }
}
