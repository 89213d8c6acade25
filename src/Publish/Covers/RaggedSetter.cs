using Publish.Typesetting.Fonts;

namespace Publish.Covers;

/// <summary>
/// Sets running text ragged right for the back cover: words are shaped with the font's own
/// advances and kerning and filled greedily into lines no wider than the measure. Paragraphs
/// (blank lines in the text) start new lines. A word wider than the measure gets a line alone.
/// </summary>
internal static class RaggedSetter
{
    /// <summary>The lines, shaped; an empty string stands for a paragraph gap.</summary>
    public static IReadOnlyList<ShapedText> Set(TrueTypeFont font, string text, double size, double measure)
    {
        var lines = new List<ShapedText>();
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0) lines.Add(font.Shape("", size));
            var words = paragraphs[p].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var current = "";
            foreach (var word in words)
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && font.Measure(candidate, size) > measure)
                {
                    lines.Add(font.Shape(current, size));
                    current = word;
                }
                else current = candidate;
            }
            if (current.Length > 0) lines.Add(font.Shape(current, size));
        }
        return lines;
    }
}
