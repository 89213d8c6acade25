using System.Buffers.Binary;

namespace Publish.Pdf.Images;

/// <summary>
/// JPEG files for PDF: PDF readers decode baseline, extended, progressive and arithmetic-coded
/// JPEG themselves (<c>/DCTDecode</c>), so the file passes through unchanged and only its
/// headers are read, up to the first scan: the frame header (SOFn) for the size, the number of
/// components and the precision, and Adobe's APP14 segment, whose presence on a four-component
/// image means Photoshop's inverted CMYK. Lossless and hierarchical frames, and 12-bit samples,
/// are refused: PDF readers do not decode them.
/// </summary>
internal static class JpegImageReader
{
    private const byte Prefix = 0xFF;
    private const byte StartOfImage = 0xD8, EndOfImage = 0xD9, StartOfScan = 0xDA;
    private const byte Temporary = 0x01, FirstRestart = 0xD0, LastRestart = 0xD7;
    private const byte FirstFrame = 0xC0, LastFrame = 0xCF;
    private const byte HuffmanTables = 0xC4, Extension = 0xC8, ArithmeticConditioning = 0xCC;
    private const byte Adobe = 0xEE;

    /// <summary>Inverts each of the four channels: Photoshop stores CMYK with 0 as full ink.</summary>
    private const string InvertedCmyk = "[1 0 1 0 1 0 1 0]";

    /// <summary>True when the bytes start with the start-of-image marker.</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == Prefix && data[1] == StartOfImage;

    /// <summary>The file as an image XObject: its bytes unchanged under <c>/DCTDecode</c>.</summary>
    public static PdfImage Read(byte[] bytes)
    {
        if (!IsJpeg(bytes)) throw new InvalidDataException("not a JPEG file (no start-of-image marker)");
        Frame? frame = null;
        bool adobe = false;
        int pos = 2;
        while (true)
        {
            var (marker, next) = NextMarker(bytes, pos);
            pos = next;
            if (marker is StartOfImage or Temporary or >= FirstRestart and <= LastRestart) continue;
            if (marker == EndOfImage) throw new InvalidDataException("JPEG ends before its first scan");
            if (pos + 2 > bytes.Length) throw new InvalidDataException("JPEG is truncated in a segment header");
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(pos));
            if (length < 2 || pos + length > bytes.Length) throw new InvalidDataException($"JPEG segment FF{marker:X2} is truncated or has a bad length");
            var body = bytes.AsSpan(pos + 2, length - 2);
            pos += length;

            if (marker == StartOfScan) break;
            if (marker == Adobe && body.StartsWith("Adobe"u8)) adobe = true;
            else if (marker is >= FirstFrame and <= LastFrame and not (HuffmanTables or Extension or ArithmeticConditioning))
                frame = ReadFrame(marker, body);
        }
        if (frame is not { } f) throw new InvalidDataException("JPEG has a scan before its frame header (no SOF marker)");
        if (bytes.AsSpan(pos).IndexOf([Prefix, EndOfImage]) < 0) throw new InvalidDataException("JPEG is truncated (no end-of-image marker)");

        var (space, decode) = f.Components switch
        {
            1 => ("/DeviceGray", null),
            3 => ("/DeviceRGB", null),
            _ => ("/DeviceCMYK", adobe ? InvertedCmyk : null),
        };
        return new PdfImage(f.Width, f.Height, space, f.Precision, "/DCTDecode", null, decode, bytes, null);
    }

    /// <summary>
    /// The marker at <paramref name="pos"/> and the position after it. Any number of 0xFF fill
    /// bytes may precede a marker's code.
    /// </summary>
    private static (byte Marker, int Next) NextMarker(byte[] bytes, int pos)
    {
        if (pos >= bytes.Length) throw new InvalidDataException("JPEG is truncated (no scan)");
        if (bytes[pos] != Prefix) throw new InvalidDataException($"JPEG has data where a marker should be at byte {pos}");
        while (pos < bytes.Length && bytes[pos] == Prefix) pos++;
        if (pos >= bytes.Length) throw new InvalidDataException("JPEG is truncated (no scan)");
        if (bytes[pos] == 0) throw new InvalidDataException($"JPEG has a stuffed zero where a marker should be at byte {pos}");
        return (bytes[pos], pos + 1);
    }

    /// <summary>The frame header: precision P, lines Y, samples per line X, components Nf (ITU T.81 B.2.2).</summary>
    private static Frame ReadFrame(byte marker, ReadOnlySpan<byte> body)
    {
        string? refused = marker switch
        {
            0xC3 or 0xCB => "lossless",
            0xC5 or 0xC6 or 0xC7 or 0xCD or 0xCE or 0xCF => "hierarchical",
            _ => null,
        };
        if (refused is not null) throw new InvalidDataException($"{refused} JPEG (SOF{marker - FirstFrame}) cannot be shown by PDF readers");
        if (body.Length < 6) throw new InvalidDataException("JPEG frame header is truncated");
        int precision = body[0], height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
        int width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]), components = body[5];
        if (precision != 8) throw new InvalidDataException($"{precision}-bit JPEG samples are not supported (8 only)");
        if (width == 0 || height == 0) throw new InvalidDataException("JPEG frame header gives no size (a DNL marker is not supported)");
        if (components is not (1 or 3 or 4)) throw new InvalidDataException($"JPEG with {components} components is not supported (1, 3 or 4)");
        if (body.Length < 6 + 3 * components) throw new InvalidDataException("JPEG frame header is truncated");
        return new Frame(width, height, components, precision);
    }

    private readonly record struct Frame(int Width, int Height, int Components, int Precision);
}
