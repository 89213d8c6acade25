namespace Publish.Import;

/// <summary>
/// One line of an OCR'd text while it is being cleaned. <see cref="PageStart"/>: the line was
/// indented in the raw text, which scanners' text exports use for the first line of a page;
/// <see cref="AfterCut"/>: something (a running head, a footnote block, a misplaced heading) was
/// cut out just before it, so it may continue the sentence of the line before the cut.
/// </summary>
internal sealed class OcrLine(string text, int number)
{
    public string Text { get; set; } = text;
    public int Number { get; } = number;
    public bool PageStart { get; set; }
    public bool AfterCut { get; set; }
    public bool IsBlank => Text.Trim().Length == 0;
    public string Trimmed => Text.Trim();

    public override string ToString() => $"{Number}: {Text}";

    /// <summary>Splits a raw text into lines, trimming line ends and noting indented (page-start) lines.</summary>
    public static List<OcrLine> Split(string text)
    {
        var raw = text.Split('\n');
        var lines = new List<OcrLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var formFeed = raw[i].Contains('\f');
            var r = raw[i].Replace('\t', ' ').Replace("\f", "").TrimEnd();
            lines.Add(new OcrLine(r.Trim(), i + 1) { PageStart = r.Length > 0 && (r[0] == ' ' || formFeed) });
        }
        return lines;
    }

    /// <summary>Removes lines and marks the next remaining line as following a cut.</summary>
    public static void Cut(List<OcrLine> lines, int start, int count)
    {
        lines.RemoveRange(start, count);
        if (start < lines.Count) lines[start].AfterCut = true;
    }
}
