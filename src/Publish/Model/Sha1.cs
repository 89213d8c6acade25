using System.Buffers.Binary;
using System.Numerics;

namespace Publish.Model;

/// <summary>
/// SHA-1 (FIPS 180-4) of a short message, for name-based UUIDs (RFC 9562 version 5), which
/// are defined on it. In managed code so that reading a pamphlet does not load the system's
/// cryptography library (~15 ms at start-up) for a hash that is not used for security.
/// </summary>
internal static class Sha1
{
    /// <summary>The 20-byte digest of <paramref name="message"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        Span<uint> h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
        Span<uint> w = stackalloc uint[80];
        Span<byte> block = stackalloc byte[64];
        // The message, a 1 bit, zeros, and the length in bits as a big-endian 64-bit number, in 64-byte blocks.
        int blocks = (message.Length + 8) / 64 + 1;
        for (int b = 0; b < blocks; b++)
        {
            block.Clear();
            int start = b * 64;
            if (start < message.Length) message[start..Math.Min(message.Length, start + 64)].CopyTo(block);
            if (message.Length >= start && message.Length < start + 64) block[message.Length - start] = 0x80;
            if (b == blocks - 1) BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)message.Length * 8);
            Compress(h, w, block);
        }
        var digest = new byte[20];
        for (int i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), h[i]);
        return digest;
    }

    private static void Compress(Span<uint> h, Span<uint> w, ReadOnlySpan<byte> block)
    {
        for (int t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (int t = 16; t < 80; t++) w[t] = BitOperations.RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int t = 0; t < 80; t++)
        {
            (uint f, uint k) = t switch
            {
                < 20 => ((b & c) | (~b & d), 0x5A827999u),
                < 40 => (b ^ c ^ d, 0x6ED9EBA1u),
                < 60 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDCu),
                _ => (b ^ c ^ d, 0xCA62C1D6u),
            };
            uint next = BitOperations.RotateLeft(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = next;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
    }
}
