namespace Publish.Covers.Jpeg;

/// <summary>
/// The 8×8 inverse DCT of T.81 A.3.3, computed separably (rows, then columns) in doubles from
/// a table of cosines, with the level shift (+128) and clamping to 0–255. Exact rather than
/// fast: cover art is decoded once per build.
/// </summary>
internal static class JpegIdct
{
    private static readonly double[] Cosines = BuildCosines();

    private static double[] BuildCosines()
    {
        var table = new double[64];
        for (int x = 0; x < 8; x++)
            for (int u = 0; u < 8; u++)
                table[x * 8 + u] = (u == 0 ? Math.Sqrt(0.5) : 1) * Math.Cos((2 * x + 1) * u * Math.PI / 16) / 2;
        return table;
    }

    /// <summary>Dequantised coefficients (natural order) → 64 samples written at <paramref name="output"/>[offset + y*stride + x].</summary>
    public static void Transform(ReadOnlySpan<int> coefficients, byte[] output, int offset, int stride)
    {
        Span<double> rows = stackalloc double[64];
        for (int v = 0; v < 8; v++)
            for (int x = 0; x < 8; x++)
            {
                double sum = 0;
                for (int u = 0; u < 8; u++) sum += Cosines[x * 8 + u] * coefficients[v * 8 + u];
                rows[v * 8 + x] = sum;
            }
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++)
            {
                double sum = 0;
                for (int v = 0; v < 8; v++) sum += Cosines[y * 8 + v] * rows[v * 8 + x];
                output[offset + y * stride + x] = (byte)Math.Clamp((int)Math.Round(sum + 128), 0, 255);
            }
    }
}
