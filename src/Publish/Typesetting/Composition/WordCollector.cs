using System.Text;

namespace Publish.Typesetting.Composition;

/// <summary>A piece of a word in one span: the span's index and the text.</summary>
internal readonly record struct WordPiece(int Span, string Text);

/// <summary>
/// Stage "collect": styled spans → words (runs of pieces between spaces), and forced line
/// breaks. No-break spaces stay inside words. A note number sticks to the word before it.
/// </summary>
internal static class WordCollector
{
    /// <summary>Words of each line segment (segments are separated by forced line breaks).</summary>
    public static List<List<List<WordPiece>>> Collect(IReadOnlyList<StyledSpan> spans)
    {
        var segments = new List<List<List<WordPiece>>> { new() };
        var word = new List<WordPiece>();
        var text = new StringBuilder();
        int span = -1;

        void EndPiece()
        {
            if (text.Length > 0) word.Add(new WordPiece(span, text.ToString()));
            text.Clear();
        }
        void EndWord()
        {
            EndPiece();
            if (word.Count > 0) segments[^1].Add(word);
            word = [];
        }

        for (int s = 0; s < spans.Count; s++)
        {
            EndPiece();
            span = s;
            if (spans[s].Text == "\n")
            {
                EndWord();
                segments.Add([]);
                continue;
            }
            if (spans[s].Atomic)
            {
                text.Append(spans[s].Text);
                continue;
            }
            foreach (var c in spans[s].Text)
            {
                if (c is ' ' or '\t' or '\n' or '\u2028') EndWord();
                else text.Append(c);
            }
        }
        EndWord();
        return segments.Where(seg => seg.Count > 0).ToList();
    }
}
