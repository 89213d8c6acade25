namespace Publish.Import;

/// <summary>
/// What goes between two hard-wrapped lines when they are joined into one paragraph: a space,
/// except where either side is Chinese or Japanese script (ideographs, kana, full-width
/// punctuation), which is written without spaces between words, so a space there would be an
/// error the import made.
/// </summary>
internal static class LineJoin
{
    public static string Join(string text, string next) => text + Separator(text, next) + next;

    public static string Separator(string text, string next) =>
        text.Length > 0 && next.Length > 0 && (IsUnspaced(text[^1]) || IsUnspaced(next[0])) ? "" : " ";

    /// <summary>A character of a script written without spaces between words (CJK ideographs, kana, CJK and full-width punctuation).</summary>
    public static bool IsUnspaced(char c) => c is
        >= '\u3000' and <= '\u30FF'     // CJK punctuation, hiragana, katakana
        or >= '\u3400' and <= '\u4DBF'  // CJK extension A
        or >= '\u4E00' and <= '\u9FFF'  // CJK unified ideographs
        or >= '\uF900' and <= '\uFAFF'  // CJK compatibility ideographs
        or >= '\uFF00' and <= '\uFF65'; // full-width forms
}
