using System.Globalization;
using System.Text;

namespace Publish.Pdf.Objects;

/// <summary>
/// Appends PDF's string, name and date syntax to a builder. Text strings (titles, outline
/// entries) are literal when printable ASCII and UTF-16BE hex with a byte-order mark otherwise,
/// so every builder stays ASCII. Byte strings (destination names, URIs) are UTF-8, escaped.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>A text string: <c>(Notes)</c> or <c>&lt;FEFF…&gt;</c>.</summary>
    public static StringBuilder AppendText(this StringBuilder sb, string text)
    {
        foreach (var c in text)
            if (c is < ' ' or > '~')
            {
                sb.Append("<FEFF");
                foreach (var unit in text) sb.AppendHex4(unit);
                return sb.Append('>');
            }
        return sb.AppendLiteral(text);
    }

    /// <summary>A byte string of the UTF-8 of <paramref name="text"/>: ASCII literally, anything else as octal escapes.</summary>
    public static StringBuilder AppendBytes(this StringBuilder sb, string text)
    {
        bool ascii = true;
        foreach (var c in text) ascii &= c is >= ' ' and <= '~';
        if (ascii) return sb.AppendLiteral(text);
        sb.Append('(');
        foreach (var b in Encoding.UTF8.GetBytes(text))
            if (b is >= (byte)' ' and <= (byte)'~' and not (byte)'(' and not (byte)')' and not (byte)'\\') sb.Append((char)b);
            else sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        return sb.Append(')');
    }

    /// <summary>A name: <c>/CharisSIL-Bold</c>, with delimiters, '#' and bytes outside 33–126 as #xx.</summary>
    public static StringBuilder AppendName(this StringBuilder sb, string name)
    {
        sb.Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
            if (b is < 33 or > 126 or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
                sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        return sb;
    }

    /// <summary>A date string in UTC: <c>(D:20240501120000Z)</c>.</summary>
    public static StringBuilder AppendDate(this StringBuilder sb, DateTimeOffset date)
        => sb.Append("(D:").Append(date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Append("Z)");

    /// <summary>A rectangle <c>[x1 y1 x2 y2]</c>.</summary>
    public static StringBuilder AppendRect(this StringBuilder sb, double x1, double y1, double x2, double y2)
        => sb.Append('[').AppendNumber(x1).Append(' ').AppendNumber(y1).Append(' ').AppendNumber(x2).Append(' ').AppendNumber(y2).Append(']');

    /// <summary>An indirect reference <c>n 0 R</c>.</summary>
    public static StringBuilder AppendReference(this StringBuilder sb, int number) => sb.Append(number).Append(" 0 R");

    /// <summary>An array of indirect references <c>[1 0 R 2 0 R]</c>.</summary>
    public static StringBuilder AppendReferences(this StringBuilder sb, IEnumerable<int> numbers)
    {
        sb.Append('[');
        bool first = true;
        foreach (var n in numbers)
        {
            if (!first) sb.Append(' ');
            sb.AppendReference(n);
            first = false;
        }
        return sb.Append(']');
    }

    /// <summary>A page tree root: <c>&lt;&lt;/Type/Pages/Count n/Kids[…]&gt;&gt;</c>.</summary>
    public static StringBuilder PageTree(IReadOnlyCollection<int> pages)
        => new StringBuilder("<</Type/Pages/Count ").Append(pages.Count).Append("/Kids").AppendReferences(pages).Append(">>");

    private static StringBuilder AppendLiteral(this StringBuilder sb, string ascii)
    {
        sb.Append('(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append(')');
    }
}
