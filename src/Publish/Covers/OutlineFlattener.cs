using Publish.Typesetting.Fonts;

namespace Publish.Covers;

/// <summary>
/// Turns TrueType contours (quadratic B-splines in font units, y up) into line segments in
/// mask pixels (y down) for <see cref="CoverageAccumulator"/>. Implied on-curve points between
/// two off-curve points are restored; each curve is cut into as many chords as keep it within
/// <see cref="Tolerance"/> of the true curve.
/// </summary>
internal static class OutlineFlattener
{
    /// <summary>Largest distance, in pixels, between a curve and its chords (invisible at 1600 px).</summary>
    private const double Tolerance = 0.1;
    /// <summary>Upper bound on chords per curve, whatever the size.</summary>
    private const int MaxChords = 64;

    /// <summary>
    /// Adds the outline to <paramref name="sink"/>: font unit (fx, fy) lands on pixel
    /// (originX + fx·scale, originY − fy·scale).
    /// </summary>
    public static void Flatten(GlyphOutline outline, double scale, double originX, double originY, CoverageAccumulator sink)
    {
        foreach (var contour in outline.Contours)
        {
            if (contour.Count < 2) continue;
            var pen = new Pen(sink, scale, originX, originY);
            int start = -1;
            for (int i = 0; i < contour.Count; i++)
                if (contour[i].OnCurve) { start = i; break; }

            if (start >= 0)
            {
                pen.MoveTo(contour[start]);
                for (int k = 1; k < contour.Count; k++) pen.Add(contour[(start + k) % contour.Count]);
                pen.Close(contour[start]);
            }
            else
            {
                // No on-curve point at all: start halfway between the last and first control points.
                var last = contour[^1];
                var first = contour[0];
                var implied = new OutlinePoint((last.X + first.X) / 2, (last.Y + first.Y) / 2, true);
                pen.MoveTo(implied);
                foreach (var point in contour) pen.Add(point);
                pen.Close(implied);
            }
        }
    }

    /// <summary>Walks one contour, remembering the current point and a pending control point.</summary>
    private struct Pen(CoverageAccumulator sink, double scale, double originX, double originY)
    {
        private double _x, _y;
        private double _cx, _cy;
        private bool _hasControl;

        public void MoveTo(OutlinePoint p) => (_x, _y) = Map(p);

        public void Add(OutlinePoint p)
        {
            var (px, py) = Map(p);
            if (p.OnCurve)
            {
                if (_hasControl) Curve(px, py);
                else Line(px, py);
                _hasControl = false;
                return;
            }
            if (_hasControl) Curve((_cx + px) / 2, (_cy + py) / 2);
            (_cx, _cy, _hasControl) = (px, py, true);
        }

        public void Close(OutlinePoint start)
        {
            var (px, py) = Map(start);
            if (_hasControl) Curve(px, py);
            else Line(px, py);
            _hasControl = false;
        }

        private readonly (double X, double Y) Map(OutlinePoint p) => (originX + p.X * scale, originY - p.Y * scale);

        private void Line(double x, double y)
        {
            sink.AddLine(_x, _y, x, y);
            (_x, _y) = (x, y);
        }

        private void Curve(double x, double y)
        {
            // A quadratic's chord error over a parameter step h is |p0 − 2p1 + p2|·h²/4.
            double dx = _x - 2 * _cx + x, dy = _y - 2 * _cy + y;
            double deviation = Math.Sqrt(dx * dx + dy * dy);
            int chords = Math.Clamp((int)Math.Ceiling(Math.Sqrt(deviation / (4 * Tolerance))), 1, MaxChords);
            double x0 = _x, y0 = _y;
            for (int i = 1; i <= chords; i++)
            {
                double t = (double)i / chords, u = 1 - t;
                double qx = u * u * x0 + 2 * u * t * _cx + t * t * x;
                double qy = u * u * y0 + 2 * u * t * _cy + t * t * y;
                Line(qx, qy);
            }
        }
    }
}
