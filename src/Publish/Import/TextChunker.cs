using System.Text;

namespace Publish.Import;

/// <summary>One chunk of a big text: its text (whole lines), its place in the sequence, and whether more follows.</summary>
internal sealed record TextChunk(int Index, string Text, bool IsLast);

/// <summary>
/// Cuts a text read in pieces into chunks of about <see cref="ChunkPlan.TargetChars"/>, each
/// ending at a paragraph break (a blank line), so no paragraph is split between two cleaners.
/// A notes section is kept with the text whose marks it explains: when a notes heading (from
/// the first pass's index) comes soon after the point where a chunk could end, the chunk runs on
/// past it to the next heading-shaped line, where a new region of text begins; and a chunk never
/// ends on a thematic break ("---"), which in library exports opens the note texts. A text without
/// blank lines (one paragraph per line) is cut at a line end once a chunk reaches twice the
/// target; a text without line ends at all is cut wherever a piece ends.
/// </summary>
internal static class TextChunker
{
    public static IEnumerable<TextChunk> Chunks(IEnumerable<string> pieces, ChunkPlan plan, IReadOnlyList<long>? notesHeadings = null)
    {
        var chunk = new StringBuilder();
        var index = 0;
        long offset = 0;       // characters of the text before the current line
        long holdUntil = -1;   // a notes heading the chunk must take in before it ends
        var headingAt = 0;     // next entry of notesHeadings to consider
        var blankBefore = false;
        var afterBreak = false;  // the last line with text is a thematic break ("---"), which opens a notes block in exports
        TextChunk? ready = null; // held back one step, to learn whether it is the last

        foreach (var line in Lines(pieces, plan.MaxChars))
        {
            var blank = string.IsNullOrWhiteSpace(line);
            var cut = chunk.Length > 0 && (blankBefore && !blank && !afterBreak && CutBefore(line, chunk.Length, offset) || chunk.Length >= 2 * plan.MaxChars);
            if (cut)
            {
                if (ready is not null) yield return ready;
                ready = new TextChunk(index++, chunk.ToString(), false);
                chunk.Clear();
                holdUntil = -1;
            }
            chunk.Append(line);
            offset += line.Length;
            blankBefore = blank;
            if (!blank) afterBreak = line.Trim() is "---" or "***" or "* * *";
        }
        if (chunk.Length > 0)
        {
            if (ready is not null) yield return ready;
            ready = new TextChunk(index, chunk.ToString(), false);
        }
        if (ready is not null) yield return ready with { IsLast = true };

        // Decides at the first line of a paragraph whether the chunk ends before it.
        bool CutBefore(string line, int length, long at)
        {
            if (length < plan.TargetChars) return false;
            if (length >= plan.MaxChars) return true;
            if (holdUntil >= 0)
                // past the notes heading, the chunk ends where the next region of text starts
                return at > holdUntil && HeadingDetector.Classify(line, romanAllowed: true) != HeadingShape.None;
            if (notesHeadings is null) return true;
            while (headingAt < notesHeadings.Count && notesHeadings[headingAt] < at) headingAt++;
            if (headingAt < notesHeadings.Count && notesHeadings[headingAt] - at <= plan.NotesLookAhead)
            {
                holdUntil = notesHeadings[headingAt];
                return false;
            }
            return true;
        }
    }

    /// <summary>
    /// The text's lines, each with its line end; a stretch of <paramref name="longest"/>
    /// characters without a line end is handed on as one line.
    /// </summary>
    public static IEnumerable<string> Lines(IEnumerable<string> pieces, int longest)
    {
        var carry = "";
        foreach (var piece in pieces)
        {
            var text = carry.Length == 0 ? piece : carry + piece;
            var start = 0;
            for (var nl = text.IndexOf('\n'); nl >= 0; nl = text.IndexOf('\n', start))
            {
                yield return text[start..(nl + 1)];
                start = nl + 1;
            }
            carry = text[start..];
            if (carry.Length >= longest) { yield return carry; carry = ""; }
        }
        if (carry.Length > 0) yield return carry;
    }
}

/// <summary>
/// How big the chunks of a big import are. <see cref="TargetChars"/> keeps a chunk's working
/// set (about 15 bytes per character through the cleaners) to tens of megabytes;
/// <see cref="MaxChars"/> bounds a chunk that runs on to keep a notes section with its text.
/// </summary>
internal sealed record ChunkPlan(int TargetChars, int MaxChars, int NotesLookAhead)
{
    /// <summary>1 Mi characters per chunk (a 400-page book), up to 4 Mi when a notes section follows close behind.</summary>
    public static ChunkPlan Default { get; } = new(1 << 20, 4 << 20, 1 << 20);
}
