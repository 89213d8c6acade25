using System.Text;

namespace Publish.Typesetting.Text;

/// <summary>
/// Reads a pattern file in the Hyphen library's <c>.dic</c> format (LibreOffice, Debian's
/// <c>hyphen-*</c> packages) into <see cref="HyphenationPatterns"/>. See
/// <c>styles/hyphenation/README.md</c> for the format and what is skipped.
/// </summary>
internal static class HyphenationPatternParser
{
    /// <summary>Parses the file at <paramref name="path"/>.</summary>
    public static HyphenationPatterns Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var firstLine = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 32)).Split('\n')[0].Trim();
        var encoding = firstLine.StartsWith("ISO8859-1", StringComparison.OrdinalIgnoreCase)
            ? Encoding.Latin1
            : new UTF8Encoding(false);
        return Parse(encoding.GetString(bytes));
    }

    /// <summary>Parses the text of a pattern file (first line: character set).</summary>
    public static HyphenationPatterns Parse(string text)
    {
        var levels = new List<PatternTable> { new() };
        int leftMin = 0, rightMin = 0, skipped = 0;
        var sawCharset = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] is '%' or '#') continue;
            if (!sawCharset)
            {
                sawCharset = true; // the Hyphen format always starts with the character set
                continue;
            }
            if (line.SequenceEqual("NEXTLEVEL"))
            {
                levels.Add(new PatternTable());
                continue;
            }
            if (TryHeader(line, "LEFTHYPHENMIN", ref leftMin) || TryHeader(line, "RIGHTHYPHENMIN", ref rightMin)) continue;
            if (line.StartsWith("COMPOUND", StringComparison.Ordinal) || line.StartsWith("NOHYPHEN", StringComparison.Ordinal)) continue;
            if (line.Contains('/'))
            {
                skipped++;
                continue;
            }
            AddPattern(levels[^1], line);
        }
        levels.RemoveAll(level => level.Count == 0);
        return new HyphenationPatterns(levels, leftMin, rightMin, skipped);
    }

    /// <summary>Splits <c>a2ch4</c> into letters <c>ach</c> and values <c>0,2,0,4</c>.</summary>
    private static void AddPattern(PatternTable table, ReadOnlySpan<char> pattern)
    {
        // A pattern line is a few characters; one buffer each for letters and values.
        Span<char> letters = pattern.Length <= 128 ? stackalloc char[pattern.Length] : new char[pattern.Length];
        Span<byte> values = pattern.Length <= 128 ? stackalloc byte[pattern.Length + 1] : new byte[pattern.Length + 1];
        int count = 0;
        values[0] = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
            {
                values[count] = (byte)(c - '0');
            }
            else
            {
                letters[count++] = char.ToLowerInvariant(c);
                values[count] = 0;
            }
        }
        if (count == 0) return;
        table.Add(new string(letters[..count]), values[..(count + 1)].ToArray());
    }

    private static bool TryHeader(ReadOnlySpan<char> line, string keyword, ref int value)
    {
        if (!line.StartsWith(keyword, StringComparison.Ordinal) || line.Length <= keyword.Length || line[keyword.Length] != ' ') return false;
        if (int.TryParse(line[(keyword.Length + 1)..].Trim(), out var parsed)) value = parsed;
        return true;
    }
}
