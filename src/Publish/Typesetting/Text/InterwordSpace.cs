namespace Publish.Typesetting.Text;

/// <summary>The glue between words, in points.</summary>
/// <param name="Width">Natural width.</param>
/// <param name="Stretch">How much it may grow at ratio 1.</param>
/// <param name="Shrink">How much it may shrink at most.</param>
internal readonly record struct InterwordSpace(double Width, double Stretch, double Shrink)
{
    /// <summary>Stretch as a share of the space: Computer Modern's fontdimen 3 (1.67pt of a 3.33pt space), i.e. TeX's usual 1/2.</summary>
    public const double StretchShare = 1.0 / 2;

    /// <summary>Shrink as a share of the space: Computer Modern's fontdimen 4 (1.11pt of a 3.33pt space), i.e. TeX's usual 1/3.</summary>
    public const double ShrinkShare = 1.0 / 3;

    /// <summary>A space of <paramref name="width"/> with TeX's usual stretch and shrink.</summary>
    public static InterwordSpace FromWidth(double width) => new(width, width * StretchShare, width * ShrinkShare);
}
