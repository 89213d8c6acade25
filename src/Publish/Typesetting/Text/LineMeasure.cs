namespace Publish.Typesetting.Text;

/// <summary>Natural width and elasticity of one candidate line, in points (from <see cref="ItemSums.Measure"/>).</summary>
/// <param name="Width">Natural width, including a hyphen at the end if the line breaks at one.</param>
/// <param name="Stretch">Total finite stretch of its glue (and of elastic boxes: glyph expansion).</param>
/// <param name="Shrink">Total shrink of its glue (and of elastic boxes).</param>
/// <param name="FilStretch">Total infinite (fil) stretch; positive only on a paragraph's last line.</param>
internal readonly record struct LineMeasure(double Width, double Stretch, double Shrink, double FilStretch);
