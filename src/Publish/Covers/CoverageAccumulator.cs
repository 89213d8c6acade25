namespace Publish.Covers;

/// <summary>
/// An anti-aliased scanline rasterizer for filled outlines, by signed-area accumulation. Each
/// line segment (in pixel units, relative to the mask's top-left corner) adds, row by row, the
/// exact area it leaves to its right in every pixel it crosses, as a difference to the pixel
/// before; a running sum along the row then gives each pixel's winding-weighted coverage.
/// Coverage is |sum| clamped to 1: the nonzero winding rule (winding ±1, ±2 … all fill, 0 stays
/// empty), exact wherever contours do not partly overlap inside one pixel. Horizontal and
/// vertical coverage are both exact (area, not samples), so no supersampling is needed. The
/// cells live in a pooled buffer (a cover title's mask is megabytes): dispose when done.
/// </summary>
internal sealed class CoverageAccumulator : IDisposable
{
    /// <summary>Segments shorter than this in x are treated as vertical inside their row.</summary>
    private const double VerticalEpsilon = 1e-9;

    private float[] _cells = [];
    private int _stride;

    /// <summary>Mask width in pixels.</summary>
    public int Width { get; private set; }
    /// <summary>Mask height in pixels.</summary>
    public int Height { get; private set; }

    /// <summary>Clears the accumulator for a mask of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public void Reset(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        // Two spare columns: a segment clamped to the right edge writes its closing difference there.
        _stride = Width + 2;
        int needed = _stride * Height;
        if (_cells.Length < needed)
        {
            Dispose();
            _cells = System.Buffers.ArrayPool<float>.Shared.Rent(needed);
        }
        Array.Clear(_cells, 0, needed);
    }

    /// <summary>Gives the cells back to the pool; <see cref="Reset"/> takes new ones.</summary>
    public void Dispose()
    {
        if (_cells.Length > 0) System.Buffers.ArrayPool<float>.Shared.Return(_cells);
        _cells = [];
    }

    /// <summary>Adds one edge of a closed outline, from (x0, y0) to (x1, y1), in mask pixels (y down).</summary>
    public void AddLine(double x0, double y0, double x1, double y1)
    {
        if (y0 == y1 || Height == 0) return;
        double direction = 1;
        if (y0 > y1)
        {
            (x0, x1) = (x1, x0);
            (y0, y1) = (y1, y0);
            direction = -1;
        }
        double dxdy = (x1 - x0) / (y1 - y0);
        int firstRow = Math.Max(0, (int)Math.Floor(y0));
        int lastRow = Math.Min(Height, (int)Math.Ceiling(y1));
        for (int row = firstRow; row < lastRow; row++)
        {
            double ya = Math.Max(y0, row), yb = Math.Min(y1, row + 1);
            if (yb <= ya) continue;
            double xa = x0 + (ya - y0) * dxdy, xb = x0 + (yb - y0) * dxdy;
            AddSpan(row, xa, xb, (yb - ya) * direction);
        }
    }

    /// <summary>
    /// Hands every pixel with coverage to <paramref name="target"/>, row by row: (x, y, coverage 0–1).
    /// </summary>
    public void Resolve<TTarget>(ref TTarget target) where TTarget : struct, ICoverageTarget
    {
        for (int y = 0; y < Height; y++)
        {
            float sum = 0;
            int row = y * _stride;
            for (int x = 0; x < Width; x++)
            {
                sum += _cells[row + x];
                float coverage = Math.Min(1f, Math.Abs(sum));
                if (coverage > 0.001f) target.Blend(x, y, coverage);
            }
        }
    }

    private void AddSpan(int row, double xa, double xb, double height)
    {
        double lo = Math.Clamp(Math.Min(xa, xb), 0, Width);
        double hi = Math.Clamp(Math.Max(xa, xb), 0, Width);
        int first = (int)Math.Floor(lo);
        int last = (int)Math.Floor(hi) + 1;
        int offset = row * _stride;
        double previous = 0;
        for (int c = first; c <= last; c++)
        {
            double current = height * RightFraction(c, lo, hi);
            _cells[offset + c] += (float)(current - previous);
            previous = current;
        }
    }

    /// <summary>
    /// The share of pixel column <paramref name="column"/> to the right of a segment running
    /// from x = lo to x = hi across the row, averaged over the row's height.
    /// </summary>
    private static double RightFraction(int column, double lo, double hi)
    {
        double right = column + 1;
        if (hi - lo < VerticalEpsilon) return Math.Clamp(right - lo, 0, 1);
        return (RampIntegral(right - lo) - RampIntegral(right - hi)) / (hi - lo);
    }

    /// <summary>∫₀ˢ clamp(w, 0, 1) dw.</summary>
    private static double RampIntegral(double s) => s <= 0 ? 0 : s < 1 ? s * s / 2 : s - 0.5;
}
