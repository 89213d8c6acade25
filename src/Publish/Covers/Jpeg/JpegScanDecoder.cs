namespace Publish.Covers.Jpeg;

/// <summary>
/// Decodes one scan's entropy-coded data into the components' coefficients (T.81 annex F
/// for sequential Huffman scans, annex G for progressive ones: DC first and refinement, AC
/// spectral selection with end-of-band runs, and AC successive approximation). Interleaved
/// scans walk MCUs; a scan of one component walks its blocks. Restart markers every
/// <c>restartInterval</c> MCUs reset the predictors and the end-of-band run.
/// </summary>
internal sealed class JpegScanDecoder(JpegBitReader bits, IReadOnlyList<JpegComponent> components, bool progressive,
    int ss, int se, int ah, int al, int restartInterval, int mcusPerLine, int mcusPerColumn)
{
    private int _eobRun;

    public void Decode()
    {
        foreach (var c in components) c.DcPredictor = 0;
        bool single = components.Count == 1;
        int total = single ? components[0].BlocksPerLine * components[0].BlocksPerColumn : mcusPerLine * mcusPerColumn;
        int perLine = single ? components[0].BlocksPerLine : mcusPerLine;
        for (int mcu = 0; mcu < total; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                bits.Restart();
                foreach (var c in components) c.DcPredictor = 0;
                _eobRun = 0;
            }
            int mcuColumn = mcu % perLine, mcuRow = mcu / perLine;
            if (single)
            {
                DecodeBlock(components[0], components[0].Block(mcuColumn, mcuRow));
                continue;
            }
            foreach (var c in components)
                for (int v = 0; v < c.V; v++)
                    for (int h = 0; h < c.H; h++)
                        DecodeBlock(c, c.Block(mcuColumn * c.H + h, mcuRow * c.V + v));
        }
    }

    private void DecodeBlock(JpegComponent c, int offset)
    {
        var block = c.Coefficients.AsSpan(offset, 64);
        if (!progressive) Baseline(c, block);
        else if (ss == 0)
        {
            if (ah == 0) block[0] = (c.DcPredictor += DcDifference(c)) * (1 << al);
            else if (bits.Bit() == 1) block[0] |= 1 << al;
        }
        else if (ah == 0) AcFirst(c, block);
        else AcRefine(c, block);
    }

    private int DcDifference(JpegComponent c) => bits.Receive(Table(c.DcTable, "DC").Decode(bits));

    private static JpegHuffmanTable Table(JpegHuffmanTable? table, string kind) =>
        table ?? throw new InvalidDataException($"scan uses a {kind} Huffman table that was never defined");

    private void Baseline(JpegComponent c, Span<int> block)
    {
        block[0] = c.DcPredictor += DcDifference(c);
        var ac = Table(c.AcTable, "AC");
        for (int k = 1; k < 64;)
        {
            int rs = ac.Decode(bits), r = rs >> 4, s = rs & 15;
            if (s == 0)
            {
                if (r != 15) break;
                k += 16;
                continue;
            }
            k += r;
            if (k > 63) throw new InvalidDataException("AC coefficients run past the end of a block");
            block[ZigZag.Natural[k]] = bits.Receive(s);
            k++;
        }
    }

    private void AcFirst(JpegComponent c, Span<int> block)
    {
        if (_eobRun > 0) { _eobRun--; return; }
        var ac = Table(c.AcTable, "AC");
        for (int k = ss; k <= se;)
        {
            int rs = ac.Decode(bits), r = rs >> 4, s = rs & 15;
            if (s == 0)
            {
                if (r < 15)
                {
                    _eobRun = (1 << r) - 1 + bits.Bits(r);
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if (k > 63) throw new InvalidDataException("AC coefficients run past the end of a block");
            block[ZigZag.Natural[k]] = bits.Receive(s) * (1 << al);
            k++;
        }
    }

    /// <summary>Successive approximation of AC coefficients (T.81 G.1.2.3), after libjpeg's decode_mcu_AC_refine.</summary>
    private void AcRefine(JpegComponent c, Span<int> block)
    {
        int p1 = 1 << al, m1 = -1 << al;
        int k = ss;
        if (_eobRun == 0)
        {
            var ac = Table(c.AcTable, "AC");
            for (; k <= se; k++)
            {
                int rs = ac.Decode(bits), r = rs >> 4, s = rs & 15;
                if (s != 0)
                {
                    if (s != 1) throw new InvalidDataException("bad AC refinement value");
                    s = bits.Bit() == 1 ? p1 : m1;
                }
                else if (r != 15)
                {
                    _eobRun = (1 << r) + bits.Bits(r);
                    break;
                }
                // Skip r zero-history coefficients, refining the non-zero ones on the way.
                while (k <= se)
                {
                    int z = ZigZag.Natural[k];
                    if (block[z] != 0) Refine(block, z, p1, m1);
                    else if (--r < 0) break;
                    k++;
                }
                if (s != 0 && k <= se) block[ZigZag.Natural[k]] = s;
            }
        }
        if (_eobRun > 0)
        {
            for (; k <= se; k++)
            {
                int z = ZigZag.Natural[k];
                if (block[z] != 0) Refine(block, z, p1, m1);
            }
            _eobRun--;
        }
    }

    private void Refine(Span<int> block, int z, int p1, int m1)
    {
        if (bits.Bit() == 1 && (block[z] & p1) == 0) block[z] += block[z] >= 0 ? p1 : m1;
    }
}

/// <summary>The zig-zag scan order: <see cref="Natural"/>[k] is the row-major index of the k-th coefficient.</summary>
internal static class ZigZag
{
    public static readonly int[] Natural =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];
}
