namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reads <c>hmtx</c> into one advance width per glyph (font units), so that advance look-ups in
/// the line breaker's inner loop are a single array index.
/// </summary>
internal static class HorizontalMetrics
{
    /// <summary>Size of a longHorMetric record (advanceWidth, lsb).</summary>
    private const int LongMetricSize = 4;

    /// <summary>
    /// Returns advances for glyphs 0..glyphCount-1. Glyphs past numberOfHMetrics repeat the
    /// last advance, as the spec says (monospaced tails).
    /// </summary>
    public static ushort[] ReadAdvances(byte[] d, TableDirectory tables, FontMetrics metrics, string key)
    {
        var hmtx = tables.Require("hmtx", key);
        var count = Math.Clamp(metrics.HorizontalMetricCount, 1, Math.Max(1, metrics.GlyphCount));
        var available = tables.Length("hmtx") / LongMetricSize;
        count = Math.Min(count, Math.Max(1, available));
        var advances = new ushort[Math.Max(metrics.GlyphCount, 1)];
        ushort last = 0;
        for (var g = 0; g < advances.Length; g++)
        {
            if (g < count) last = FontBytes.U16(d, hmtx + g * LongMetricSize);
            advances[g] = last;
        }
        return advances;
    }
}
