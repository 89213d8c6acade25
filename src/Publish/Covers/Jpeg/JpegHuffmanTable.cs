namespace Publish.Covers.Jpeg;

/// <summary>
/// A Huffman table from a DHT segment (ITU T.81 annex C): codes of 1–16 bits, assigned in
/// canonical order from the code-length counts, each standing for one symbol byte.
/// Decoding walks the lengths with MAXCODE/VALPTR (figure F.16).
/// </summary>
internal sealed class JpegHuffmanTable
{
    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valPtr = new int[17];
    private readonly int[] _minCode = new int[17];
    private readonly byte[] _values;

    public JpegHuffmanTable(ReadOnlySpan<byte> counts, byte[] values)
    {
        if (counts.Length != 16) throw new InvalidDataException("Huffman table needs 16 code-length counts");
        _values = values;
        int code = 0, k = 0;
        for (int length = 1; length <= 16; length++)
        {
            int n = counts[length - 1];
            _valPtr[length] = k;
            _minCode[length] = code;
            code += n;
            k += n;
            _maxCode[length] = n == 0 ? -1 : code - 1;
            if (code > 1 << length) throw new InvalidDataException("Huffman table has more codes than fit their lengths");
            code <<= 1;
        }
        _maxCode[17] = int.MaxValue;
        if (k != values.Length) throw new InvalidDataException("Huffman table symbol count does not match its code lengths");
    }

    /// <summary>The next symbol from <paramref name="bits"/>.</summary>
    public byte Decode(JpegBitReader bits)
    {
        int code = bits.Bit();
        for (int length = 1; length <= 16; length++)
        {
            if (code <= _maxCode[length]) return _values[_valPtr[length] + code - _minCode[length]];
            code = (code << 1) | bits.Bit();
        }
        throw new InvalidDataException("bad Huffman code in the entropy-coded data");
    }
}
