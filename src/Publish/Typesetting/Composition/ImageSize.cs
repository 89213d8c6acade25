using System.Buffers.Binary;

namespace Publish.Typesetting.Composition;

/// <summary>Reads the pixel size of a PNG or JPEG from its header, without decoding it.</summary>
internal static class ImageSize
{
    public static (int Width, int Height)? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
            return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            int i = 2;
            while (i + 9 < bytes.Length && bytes[i] == 0xFF)
            {
                byte marker = bytes[i + 1];
                int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
                bool startOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
                if (startOfFrame)
                    return (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)));
                i += 2 + length;
            }
        }
        return null;
    }
}
