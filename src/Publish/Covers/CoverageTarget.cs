using Publish.Typesetting.Frames;

namespace Publish.Covers;

/// <summary>Receives resolved coverage from <see cref="CoverageAccumulator"/>, pixel by pixel.</summary>
internal interface ICoverageTarget
{
    /// <summary>Pixel (x, y) of the mask is covered by this share (0–1) of its area.</summary>
    void Blend(int x, int y, float coverage);
}

/// <summary>
/// Blends resolved coverage into a canvas at the mask's offset, in one colour. A struct, so the
/// accumulator's inner loop calls it without virtual dispatch.
/// </summary>
internal readonly struct CanvasTarget(RasterCanvas canvas, int left, int top, Colour colour) : ICoverageTarget
{
    public void Blend(int x, int y, float coverage) => canvas.Blend(left + x, top + y, colour, coverage);
}
