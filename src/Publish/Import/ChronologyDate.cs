using System.Text.RegularExpressions;

namespace Publish.Import;

/// <summary>
/// A date at the start of a chronology line ("May 24-June 4:", "Early September:", OCR's
/// "March6-8:" and "Decembes 17:"), normalised ("May 24–June 4"), with its month number for
/// ordering and the rest of the line (the event, or empty for a bare date).
/// </summary>
internal sealed partial record ChronologyDate(string Text, int Month, string Rest)
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Most letters a month name may differ by at its end and still be read as that month (OCR).</summary>
    private const int MonthSlack = 2;

    public static ChronologyDate? Parse(string line)
    {
        var m = DatePattern().Match(line);
        if (!m.Success) return null;
        var month = MonthOf(m.Groups["month"].Value);
        if (month == 0) return null;
        var text = (m.Groups["qual"].Success ? Capitalise(m.Groups["qual"].Value.Trim()) + " " : "") + Months[month - 1];
        if (m.Groups["d1"].Success)
        {
            text += " " + m.Groups["d1"].Value;
            if (m.Groups["d2"].Success)
            {
                var month2 = m.Groups["month2"].Success ? MonthOf(m.Groups["month2"].Value) : 0;
                text += "–" + (month2 > 0 ? Months[month2 - 1] + " " : "") + m.Groups["d2"].Value;
            }
        }
        return new ChronologyDate(text, month, m.Groups["rest"].Value.Trim());
    }

    /// <summary>1–12 for a month name, its three-letter abbreviation, or an OCR misreading of it; 0 otherwise.</summary>
    public static int MonthOf(string word)
    {
        var w = word.TrimEnd('.');
        for (var i = 0; i < Months.Length; i++)
        {
            var name = Months[i];
            if (w.Equals(name, StringComparison.OrdinalIgnoreCase)) return i + 1;
            if (w.Length == 3 && name.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return i + 1;
            if (w.Length >= 4 && name.Length - w.Length is >= -MonthSlack and <= MonthSlack
                && w[..4].Equals(name[..Math.Min(4, name.Length)], StringComparison.OrdinalIgnoreCase)
                && Differences(w, name) <= MonthSlack) return i + 1;
        }
        return 0;
    }

    private static int Differences(string a, string b)
    {
        var n = Math.Max(a.Length, b.Length);
        var d = 0;
        for (var i = 0; i < n; i++) if (i >= a.Length || i >= b.Length || char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i])) d++;
        return d;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    [GeneratedRegex(@"^(?<qual>(?:Early|Mid|Late|End of|Beginning of|Mid-)\s*)?(?<month>\p{Lu}\p{Ll}{2,9}\.?)\s*(?:(?<d1>\d{1,2})(?:\s*[-–.,/]\s*(?:(?<month2>\p{Lu}\p{Ll}{2,9}\.?)\s*)?(?<d2>\d{1,2}))?)?\s*[:;]\s*(?<rest>.*)$")]
    private static partial Regex DatePattern();
}
