using System.Globalization;
using Publish.Typesetting.Frames;

namespace Publish.Styling;

/// <summary>Colours written as <c>#rgb</c> or <c>#rrggbb</c>.</summary>
internal static class ColourParser
{
    public static Colour? Parse(string text)
    {
        var t = text.Trim();
        if (!t.StartsWith('#')) return null;
        t = t[1..];
        if (t.Length == 3) t = string.Concat(t.Select(c => $"{c}{c}"));
        if (t.Length != 6 || !int.TryParse(t, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)) return null;
        return new Colour((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    public static string ToHex(Colour colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";
}
