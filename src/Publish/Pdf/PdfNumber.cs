using System.Text;

namespace Publish.Pdf;

/// <summary>
/// Formats numbers for content streams: invariant, at most 3 decimals, no exponent, no
/// trailing zeros. Appends straight to the builder; content streams hold ~100,000 numbers.
/// </summary>
internal static class PdfNumber
{
    /// <summary>"12.5", "-0.125", "0".</summary>
    public static string Format(double value) => new StringBuilder(12).AppendNumber(value).ToString();

    /// <summary>Appends <paramref name="value"/> rounded to 3 decimals.</summary>
    public static StringBuilder AppendNumber(this StringBuilder sb, double value)
    {
        long thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths == 0) return sb.Append('0');
        if (thousandths < 0) { sb.Append('-'); thousandths = -thousandths; }
        sb.Append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction == 0) return sb;
        sb.Append('.');
        sb.Append((char)('0' + fraction / 100));
        if (fraction % 100 == 0) return sb;
        sb.Append((char)('0' + fraction / 10 % 10));
        if (fraction % 10 == 0) return sb;
        return sb.Append((char)('0' + fraction % 10));
    }

    /// <summary>Appends a glyph id as four upper-case hex digits.</summary>
    public static StringBuilder AppendHex4(this StringBuilder sb, int value)
    {
        const string digits = "0123456789ABCDEF";
        return sb.Append(digits[(value >> 12) & 0xF]).Append(digits[(value >> 8) & 0xF])
            .Append(digits[(value >> 4) & 0xF]).Append(digits[value & 0xF]);
    }

    /// <summary>Appends an RGB colour as three 0–1 operands ("0.702 0.149 0.118").</summary>
    public static StringBuilder AppendColour(this StringBuilder sb, Typesetting.Frames.Colour c)
        => sb.AppendNumber(c.R / 255.0).Append(' ').AppendNumber(c.G / 255.0).Append(' ').AppendNumber(c.B / 255.0);
}
