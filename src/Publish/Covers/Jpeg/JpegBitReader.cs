namespace Publish.Covers.Jpeg;

/// <summary>
/// Reads the entropy-coded segment of a scan bit by bit, most significant first: undoes byte
/// stuffing (FF 00 → FF) and stops at a marker, after which it supplies zero bits (a
/// truncated file then decodes to grey blocks rather than reading past its end).
/// </summary>
internal sealed class JpegBitReader(byte[] data, int position)
{
    private int _buffer, _count;

    /// <summary>Where the reader stands in the file (at the marker that ended the data, once one did).</summary>
    public int Position { get; private set; } = position;

    /// <summary>The marker byte (after FF) that ended the data, or 0 while in data.</summary>
    public int Marker { get; private set; }

    public int Bit()
    {
        if (_count == 0) Fill();
        _count--;
        return (_buffer >> _count) & 1;
    }

    /// <summary><paramref name="n"/> bits as an unsigned number.</summary>
    public int Bits(int n)
    {
        int value = 0;
        for (int i = 0; i < n; i++) value = (value << 1) | Bit();
        return value;
    }

    /// <summary>T.81 F.2.2.1 EXTEND: <paramref name="n"/> bits read as a signed magnitude category value.</summary>
    public int Receive(int n)
    {
        if (n == 0) return 0;
        int value = Bits(n);
        return value < 1 << (n - 1) ? value - (1 << n) + 1 : value;
    }

    /// <summary>Drops the bits left in the current byte and reads past an RSTn marker (restart interval end).</summary>
    public void Restart()
    {
        _count = 0;
        if (Marker == 0)
        {
            // Skip to the marker: normally we are right before it.
            while (Position + 1 < data.Length && !(data[Position] == 0xFF && data[Position + 1] is not 0 and not 0xFF)) Position++;
            if (Position + 1 < data.Length) { Marker = data[Position + 1]; Position += 2; }
        }
        if (Marker is < 0xD0 or > 0xD7) throw new InvalidDataException($"expected a restart marker, found {(Marker == 0 ? "end of data" : $"FF{Marker:X2}")}");
        Marker = 0;
    }

    private void Fill()
    {
        _buffer = 0;
        _count = 8;
        if (Marker != 0 || Position >= data.Length) return;
        int b = data[Position];
        if (b == 0xFF)
        {
            int next = Position + 1 < data.Length ? data[Position + 1] : 0xD9;
            if (next == 0) { Position += 2; _buffer = 0xFF; return; }
            if (next == 0xFF) { Position++; Fill(); return; } // fill bytes before a marker
            Marker = next;
            Position += 2;
            return;
        }
        Position++;
        _buffer = b;
    }
}
