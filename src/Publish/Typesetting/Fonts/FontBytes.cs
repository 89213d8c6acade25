using System.Buffers.Binary;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Big-endian reads from font bytes (every sfnt number is big-endian). Reads past the end throw
/// <see cref="ArgumentOutOfRangeException"/>, which <see cref="TrueTypeFont.Parse"/> turns into
/// a <see cref="FontFormatException"/>.
/// </summary>
internal static class FontBytes
{
    /// <summary>Divisor of a 2.14 fixed-point number (F2DOT14).</summary>
    private const double F2Dot14One = 16384.0;

    /// <summary>Divisor of a 16.16 fixed-point number (Fixed).</summary>
    private const double Fixed16One = 65536.0;

    public static ushort U16(byte[] data, int offset) =>
        BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, sizeof(ushort)));

    public static short S16(byte[] data, int offset) =>
        BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset, sizeof(short)));

    public static uint U32(byte[] data, int offset) =>
        BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, sizeof(uint)));

    public static int S32(byte[] data, int offset) =>
        BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset, sizeof(int)));

    /// <summary>Reads a 2.14 fixed-point number (composite glyph scales).</summary>
    public static double F2Dot14(byte[] data, int offset) => S16(data, offset) / F2Dot14One;

    /// <summary>Reads a 16.16 fixed-point number (post.italicAngle).</summary>
    public static double Fixed(byte[] data, int offset) => S32(data, offset) / Fixed16One;

    /// <summary>Reads a four-character table or feature tag.</summary>
    public static string Tag(byte[] data, int offset) =>
        string.Create(4, (data, offset), static (span, s) =>
        {
            for (var i = 0; i < 4; i++) span[i] = (char)s.data[s.offset + i];
        });

    /// <summary>Packs a four-character tag into the big-endian integer it is stored as.</summary>
    public static uint TagValue(string tag) =>
        (uint)tag[0] << 24 | (uint)tag[1] << 16 | (uint)tag[2] << 8 | tag[3];
}
