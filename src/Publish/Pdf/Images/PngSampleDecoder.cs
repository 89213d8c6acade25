using System.Buffers.Binary;
using System.IO.Compression;
using Publish.Covers;

namespace Publish.Pdf.Images;

/// <summary>
/// Decodes a PNG's rows into 8-bit planes a PDF can take without predictors: the colour
/// samples (grey, or R, G, B) and the alpha, one byte per pixel. It handles what PDF cannot
/// take as stored: alpha channels, tRNS transparency (palette alpha or a transparent colour)
/// and Adam7 interlacing, at every PNG bit depth; 16-bit samples are rounded to 8 bits. The
/// decoder in <c>Publish.Covers</c> serves the cover rasteriser with RGBA only and reads neither
/// interlaced files, depths below 8 nor a grey or RGB tRNS colour, hence this one. Rows are
/// unfiltered in place in the inflated buffer and pixels written straight into the planes.
/// </summary>
internal static class PngSampleDecoder
{
    /// <summary>Adam7's passes: first column, first row, column step, row step.</summary>
    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
    /// <summary>A non-interlaced image: one pass over every pixel.</summary>
    private static readonly (int X, int Y, int Dx, int Dy)[] WholeImage = [(0, 0, 1, 1)];

    /// <summary>
    /// The image's planes. <see cref="PngSamples.Colour"/> is left null when
    /// <paramref name="withColour"/> is false (the caller passes the colour rows through and
    /// wants only the alpha); colour that is grey throughout comes back as one channel;
    /// <see cref="PngSamples.Alpha"/> is null when every pixel is opaque.
    /// </summary>
    public static PngSamples Decode(PngFile png, bool withColour)
    {
        long pixels = (long)png.Width * png.Height;
        int colourChannels = png.ColourType is PngFile.Grey or PngFile.GreyAlpha ? 1 : 3;
        if (pixels * colourChannels > Array.MaxLength) throw new InvalidDataException($"PNG is too large to decode ({png.Width} × {png.Height})");
        var passes = png.Interlaced ? Adam7 : WholeImage;
        var raw = Inflate(png.ImageData, ExpectedLength(png, passes));

        var colour = withColour ? new byte[pixels * colourChannels] : null;
        var alpha = new byte[pixels];
        var pixel = new PixelWriter(png, colour, alpha);
        int offset = 0;
        foreach (var (x0, y0, dx, dy) in passes)
        {
            int columns = (png.Width - x0 + dx - 1) / dx, rows = (png.Height - y0 + dy - 1) / dy;
            if (columns <= 0 || rows <= 0) continue;
            int stride = RowBytes(png, columns);
            int bpp = Math.Max(1, png.Channels * png.BitDepth / 8);
            for (int y = 0; y < rows; y++)
            {
                var row = raw.AsSpan(offset + 1, stride);
                var above = y > 0 ? raw.AsSpan(offset + 1 - (stride + 1), stride) : default;
                PngRowFilter.Undo(raw[offset], row, above, bpp);
                int start = (y0 + y * dy) * png.Width + x0;
                for (int x = 0; x < columns; x++) pixel.Write(row, x, start + x * dx);
                offset += stride + 1;
            }
        }
        if (colour is not null && colourChannels == 3 && IsGrey(colour)) (colour, colourChannels) = (ToGrey(colour), 1);
        return new PngSamples(colour, colourChannels, alpha.AsSpan().ContainsAnyExcept((byte)255) ? alpha : null);
    }

    private static int RowBytes(PngFile png, int columns) => (int)(((long)columns * png.Channels * png.BitDepth + 7) / 8);

    private static long ExpectedLength(PngFile png, (int X, int Y, int Dx, int Dy)[] passes)
    {
        long total = 0;
        foreach (var (x0, y0, dx, dy) in passes)
        {
            int columns = (png.Width - x0 + dx - 1) / dx, rows = (png.Height - y0 + dy - 1) / dy;
            if (columns > 0 && rows > 0) total += (long)rows * (1 + ((long)columns * png.Channels * png.BitDepth + 7) / 8);
        }
        if (total > Array.MaxLength) throw new InvalidDataException($"PNG is too large to decode ({png.Width} × {png.Height})");
        return total;
    }

    private static byte[] Inflate(byte[] compressed, long length)
    {
        var raw = new byte[length];
        using var zlib = new ZLibStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        if (zlib.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false) < raw.Length)
            throw new InvalidDataException("PNG image data is shorter than the image");
        return raw;
    }

    private static bool IsGrey(ReadOnlySpan<byte> rgb)
    {
        for (int i = 0; i < rgb.Length; i += 3)
            if (rgb[i] != rgb[i + 1] || rgb[i] != rgb[i + 2]) return false;
        return true;
    }

    private static byte[] ToGrey(ReadOnlySpan<byte> rgb)
    {
        var grey = new byte[rgb.Length / 3];
        for (int i = 0; i < grey.Length; i++) grey[i] = rgb[3 * i];
        return grey;
    }

    /// <summary>
    /// Turns one stored pixel into 8-bit colour and alpha: reads its samples at the file's bit
    /// depth, scales them to 8 bits, looks palette indices up and applies tRNS (compared at
    /// full depth, as the specification asks).
    /// </summary>
    private readonly struct PixelWriter
    {
        private readonly int _colourType, _depth, _channels, _maximum;
        private readonly byte[]? _colour;
        private readonly byte[] _alpha;
        private readonly byte[] _palette;
        private readonly byte[] _paletteAlpha;
        private readonly int _keyGrey, _keyRed, _keyGreen, _keyBlue;

        public PixelWriter(PngFile png, byte[]? colour, byte[] alpha)
        {
            _colourType = png.ColourType; _depth = png.BitDepth; _channels = png.Channels;
            _maximum = (1 << _depth) - 1;
            _colour = colour; _alpha = alpha;
            _palette = png.PaletteEntries ?? [];
            var trns = png.Transparency;
            _paletteAlpha = png.ColourType == PngFile.Palette && trns is not null ? trns : [];
            _keyGrey = _keyRed = _keyGreen = _keyBlue = -1;
            if (trns is null) return;
            if (png.ColourType == PngFile.Grey) _keyGrey = BinaryPrimitives.ReadUInt16BigEndian(trns);
            else if (png.ColourType == PngFile.Rgb)
            {
                _keyRed = BinaryPrimitives.ReadUInt16BigEndian(trns);
                _keyGreen = BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(2));
                _keyBlue = BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(4));
            }
        }

        /// <summary>Writes the pass row's pixel <paramref name="x"/> to image pixel <paramref name="target"/>.</summary>
        public void Write(ReadOnlySpan<byte> row, int x, int target)
        {
            int s = x * _channels;
            switch (_colourType)
            {
                case PngFile.Grey:
                {
                    int v = Sample(row, s);
                    Grey(target, v);
                    _alpha[target] = v == _keyGrey ? (byte)0 : (byte)255;
                    break;
                }
                case PngFile.GreyAlpha:
                    Grey(target, Sample(row, s));
                    _alpha[target] = Scale(Sample(row, s + 1));
                    break;
                case PngFile.Rgb:
                {
                    int r = Sample(row, s), g = Sample(row, s + 1), b = Sample(row, s + 2);
                    Rgb(target, r, g, b);
                    _alpha[target] = r == _keyRed && g == _keyGreen && b == _keyBlue ? (byte)0 : (byte)255;
                    break;
                }
                case PngFile.Rgba:
                    Rgb(target, Sample(row, s), Sample(row, s + 1), Sample(row, s + 2));
                    _alpha[target] = Scale(Sample(row, s + 3));
                    break;
                default:
                {
                    int index = Sample(row, s);
                    if (3 * index + 2 >= _palette.Length) throw new InvalidDataException($"PNG palette index {index} is beyond the palette");
                    if (_colour is not null)
                    {
                        _colour[3 * target] = _palette[3 * index];
                        _colour[3 * target + 1] = _palette[3 * index + 1];
                        _colour[3 * target + 2] = _palette[3 * index + 2];
                    }
                    _alpha[target] = index < _paletteAlpha.Length ? _paletteAlpha[index] : (byte)255;
                    break;
                }
            }
        }

        /// <summary>Sample <paramref name="i"/> of the row at the file's bit depth, unscaled.</summary>
        private int Sample(ReadOnlySpan<byte> row, int i) => _depth switch
        {
            8 => row[i],
            16 => row[2 * i] << 8 | row[2 * i + 1],
            _ => row[i * _depth >> 3] >> (8 - _depth - (i * _depth & 7)) & _maximum,
        };

        /// <summary>A sample scaled to 0–255, rounded to the nearest level (exact for 1, 2 and 4 bits, whose maxima divide 255).</summary>
        private byte Scale(int v) => _depth switch
        {
            8 => (byte)v,
            16 => (byte)((v * 255 + 32767) / 65535),
            _ => (byte)(v * 255 / _maximum),
        };

        private void Grey(int target, int v)
        {
            if (_colour is not null) _colour[target] = Scale(v);
        }

        private void Rgb(int target, int r, int g, int b)
        {
            if (_colour is null) return;
            _colour[3 * target] = Scale(r);
            _colour[3 * target + 1] = Scale(g);
            _colour[3 * target + 2] = Scale(b);
        }
    }
}
