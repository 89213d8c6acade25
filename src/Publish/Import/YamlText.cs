using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// Writes YAML scalars by hand so that front matter and chronologies read like the examples in
/// DESIGN.md: plain when that is unambiguous, double-quoted (with escapes) otherwise.
/// </summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n",
    };

    /// <summary>A string scalar, plain if safe. In flow context (<c>{ … }</c>) commas and brackets force quotes.</summary>
    public static string Scalar(string value, bool flow = false) =>
        IsPlainSafe(value, flow) ? value : Quoted(value);

    /// <summary>A year or other integer written as a number.</summary>
    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A value that is a year ("1921") stays a plain number; anything else is a string scalar.</summary>
    public static string YearOrString(string value) => YearPattern().IsMatch(value) ? value : Scalar(value);

    /// <summary>Always double-quoted, with backslash escapes for quotes, backslashes and control characters.</summary>
    public static string Quoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': break;
                default:
                    if (char.IsControl(c)) sb.Append($"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A flow sequence of scalars: <c>[a, "b, c"]</c>.</summary>
    public static string FlowList(IEnumerable<string> values) =>
        "[" + string.Join(", ", values.Select(v => Scalar(v, flow: true))) + "]";

    private static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || value != value.Trim() || Reserved.Contains(value)) return false;
        if (NumberLike().IsMatch(value)) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(':')) return false;
        if (flow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0) return false;
        return !value.Any(char.IsControl);
    }

    [GeneratedRegex(@"^\d{3,4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0x|^\.(inf|nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLike();
}
