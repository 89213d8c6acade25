namespace Publish.Covers.Jpeg;

/// <summary>
/// One colour component of a frame: its sampling factors, quantisation table, and the
/// quantised DCT coefficients of all its blocks (natural order, 64 per block), collected over
/// every scan before the inverse DCT. Blocks are allocated for whole MCUs.
/// </summary>
internal sealed class JpegComponent(int id, int h, int v, int quantTable)
{
    public int Id { get; } = id;
    public int H { get; } = h;
    public int V { get; } = v;
    public int QuantTable { get; } = quantTable;

    /// <summary>Blocks per line and column that carry image data (non-interleaved scans cover only these).</summary>
    public int BlocksPerLine { get; private set; }
    public int BlocksPerColumn { get; private set; }
    /// <summary>Blocks per line as allocated (whole MCUs).</summary>
    public int AllocatedPerLine { get; private set; }
    public int AllocatedPerColumn { get; private set; }
    public int[] Coefficients { get; private set; } = [];

    /// <summary>Entropy-decoding state for the current scan.</summary>
    public int DcPredictor { get; set; }
    public JpegHuffmanTable? DcTable { get; set; }
    public JpegHuffmanTable? AcTable { get; set; }

    public void Allocate(int width, int height, int hMax, int vMax, int mcusPerLine, int mcusPerColumn)
    {
        BlocksPerLine = (int)Math.Ceiling(Math.Ceiling(width * H / (double)hMax) / 8);
        BlocksPerColumn = (int)Math.Ceiling(Math.Ceiling(height * V / (double)vMax) / 8);
        AllocatedPerLine = mcusPerLine * H;
        AllocatedPerColumn = mcusPerColumn * V;
        long size = (long)AllocatedPerLine * AllocatedPerColumn * 64;
        if (size > MaxCoefficients) throw new NotSupportedException($"image too large ({width} × {height})");
        Coefficients = new int[size];
    }

    /// <summary>Offset of block (column, row) in <see cref="Coefficients"/>.</summary>
    public int Block(int column, int row) => (row * AllocatedPerLine + column) * 64;

    /// <summary>A limit that keeps a hostile header from allocating gigabytes: 64 Mi coefficients (a 8000 × 8000 4:4:4 image).</summary>
    private const long MaxCoefficients = 64L << 20;
}
