using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Styling;

/// <summary>
/// Lengths as written in themes (<c>10.5pt</c>, <c>18mm</c>, <c>1.2em</c>, <c>0.25in</c>)
/// converted to points once, at load time. An em is the theme's body size.
/// </summary>
internal static partial class Length
{
    public const double PointsPerInch = 72;
    public const double PointsPerMillimetre = 72 / 25.4;

    [GeneratedRegex(@"^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in|em|pc|px)\s*$")]
    private static partial Regex Pattern();

    /// <summary>Points, or null when the text has no valid unit.</summary>
    public static double? ToPoints(string text, double emSize)
    {
        var match = Pattern().Match(text);
        if (!match.Success) return text.Trim() == "0" ? 0 : null;
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "pt" => value,
            "mm" => value * PointsPerMillimetre,
            "cm" => value * PointsPerMillimetre * 10,
            "in" => value * PointsPerInch,
            "pc" => value * 12,
            "px" => value * 0.75, // CSS reference pixel: 1/96 in
            _ => value * emSize,
        };
    }
}
