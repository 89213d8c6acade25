using System.Text;
using System.Text.RegularExpressions;
using Publish.Diagnostics;

namespace Publish.Import;

/// <summary>
/// Turns hard-wrapped OCR lines into blocks: headings (via <see cref="HeadingDetector"/>, broken
/// titles merged), list items, and paragraphs whose lines are joined with words broken at line
/// ends put back together (<see cref="HyphenationJoiner"/>). A paragraph that stops mid-sentence
/// is continued by the next one when that starts in lower case or right after a cut (page break,
/// removed note block): scans put blank lines at page and column breaks.
/// </summary>
internal static partial class LineUnwrapper
{
    /// <summary>
    /// A line shorter than this share of the text's usual line length that ends a sentence ends
    /// its paragraph (wrapped lines inside a paragraph are nearly full).
    /// </summary>
    private const double ShortLineShare = 0.7;

    /// <summary>Fewest lines for the usual line length to mean anything; shorter inputs never split on it.</summary>
    private const int MinLinesForWidth = 20;

    /// <summary>Blocks back from a displaced heading fragment within which its heading must be.</summary>
    private const int DisplacedHeadingReach = 6;

    public static List<OcrBlock> Unwrap(IReadOnlyList<OcrLine> lines, ImportContext context, bool detectHeadings = true)
    {
        var romanAllowed = lines.Count(l => l.Trimmed is "II" or "III" or "IV" or "II." or "III.") > 0;
        var blocks = new List<OcrBlock>();
        OcrBlock? current = null;
        var blankBefore = false;
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Trimmed.Length).OrderBy(n => n).ToList();
        var shortLine = lengths.Count >= MinLinesForWidth ? lengths[lengths.Count / 2] * ShortLineShare : 0;
        var previousLength = int.MaxValue;
        var footnoteOpen = false;
        // The open paragraph grows in a builder: joining a line then costs the line, not the
        // paragraph so far (a text without paragraph breaks would otherwise be quadratic).
        StringBuilder? body = null;
        void Close()
        {
            if (body is null) return;
            current!.Text = body.ToString();
            body = null;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) { if (current is { Kind: not OcrBlockKind.Heading }) { Close(); current = null; } blankBefore = true; continue; }
            var t = line.Trimmed;
            var shape = detectHeadings ? HeadingDetector.Classify(t, romanAllowed) : HeadingShape.None;
            if (shape != HeadingShape.None && shape != HeadingShape.Byline)
            {
                if (current is { Kind: OcrBlockKind.Heading } h && HeadingDetector.Continues(h.Text, t, shape, blankBefore))
                {
                    h.Text += " " + t;
                    context.Report.Note(Codes.HeadingUncertain, $"joined heading lines into '{h.Text}'", null);
                }
                else
                {
                    Close();
                    current = new OcrBlock(OcrBlockKind.Heading, shape is HeadingShape.Numbered ? HeadingDetector.NormaliseNumber(t) : t, line.Number)
                    { Level = HeadingDetector.Level(shape), StartsAfterBreak = line.PageStart || line.AfterCut };
                    blocks.Add(current);
                }
                blankBefore = false;
                continue;
            }
            if (shape == HeadingShape.Byline && current is { Kind: OcrBlockKind.Heading })
            {
                blocks.Add(new OcrBlock(OcrBlockKind.Byline, t, line.Number));
                Close();
                current = null; blankBefore = false;
                continue;
            }
            bool CurrentEndsSentence() => body is null ? EndsSentence(current!.Text) : EndsSentence(body);
            var dashContinues = t.StartsWith("- ", StringComparison.Ordinal) && current is { Kind: OcrBlockKind.Paragraph or OcrBlockKind.ListItem } && !CurrentEndsSentence();
            var startsNew = current is null || current.Kind != OcrBlockKind.Paragraph && current.Kind != OcrBlockKind.ListItem
                            || ListStart().IsMatch(t) && !dashContinues || previousLength < shortLine && CurrentEndsSentence()
                            || line.PageStart && footnoteOpen && CurrentEndsSentence();
            if (line.PageStart) footnoteOpen = false;
            previousLength = t.Length;
            if (startsNew)
            {
                var kind = t.StartsWith("- ", StringComparison.Ordinal) ? OcrBlockKind.ListItem : OcrBlockKind.Paragraph;
                Close();
                current = new OcrBlock(kind, kind == OcrBlockKind.ListItem ? t[2..] : t, line.Number) { StartsAfterBreak = line.PageStart || line.AfterCut };
                blocks.Add(current);
                footnoteOpen |= t.StartsWith("* ", StringComparison.Ordinal);
            }
            else
            {
                body ??= new StringBuilder(current!.Text);
                var from = TailStart(body);
                var tail = body.ToString(from, body.Length - from);
                body.Length = from;
                body.Append(JoinTail(tail, t, context));
            }
            blankBefore = false;
        }
        Close();
        return MergeBrokenParagraphs(blocks, context);
    }

    /// <summary>Joins the next line to a paragraph, rejoining a word broken at the line end.</summary>
    public static string JoinLines(string text, string next, ImportContext context)
    {
        var from = TailStart(text);
        return from == 0 ? JoinTail(text, next, context) : string.Concat(text.AsSpan(0, from), JoinTail(text[from..], next, context));
    }

    /// <summary>
    /// Where the part of a text that a line join can change begins: the letters, marks and
    /// hyphens of its last word and the one character before them. Everything before stays.
    /// </summary>
    private static int TailStart(string text) => TailStart(text.Length, i => text[i]);

    private static int TailStart(StringBuilder text) => TailStart(text.Length, i => text[i]);

    private static int TailStart(int length, Func<int, char> at)
    {
        var i = length;
        if (i > 0 && at(i - 1) == '\n') i--;
        while (i > 0 && IsWordPart(at(i - 1))) i--;
        return Math.Max(0, i - 1);
    }

    private static bool IsWordPart(char c) => c == '-' || char.IsLetter(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>The join of <paramref name="text"/> (a paragraph's tail, see <see cref="TailStart(string)"/>) and the next line.</summary>
    private static string JoinTail(string text, string next, ImportContext context)
    {
        var left = LastWord().Match(text);
        var right = FirstWord().Match(next);
        if (!left.Success || !right.Success) return LineJoin.Join(text, next);
        var hadHyphen = left.Groups["hyphen"].Success;
        if (!hadHyphen && !char.IsLetter(text[^1]) || LineJoin.Separator(text, next).Length == 0) return LineJoin.Join(text, next);
        var decision = HyphenationJoiner.Decide(left.Groups["word"].Value, right.Value, hadHyphen, context);
        Count(decision, hadHyphen, context);
        return text[..left.Index] + decision.Text + next[right.Length..];
    }

    private static void Count(JoinDecision d, bool hadHyphen, ImportContext context)
    {
        if (hadHyphen) context.Report.Count(d.Choice == JoinChoice.Joined ? "hyphenations rejoined" : "hyphens kept at line ends");
        else if (d.Choice != JoinChoice.Spaced) context.Report.Count("words broken without hyphen rejoined");
        if (!d.Certain)
            context.Report.Note(Codes.HyphenationUncertain, $"line-end break made '{d.Text}': {d.Reason}", d.Text);
    }

    /// <summary>
    /// Merges a paragraph that stops mid-sentence with the next when that one continues it. A
    /// heading fragment that OCR dropped inside such a paragraph ("to organise a | OF THE MASSES |
    /// nursery") is given back to the heading before it.
    /// </summary>
    private static List<OcrBlock> MergeBrokenParagraphs(List<OcrBlock> blocks, ImportContext context)
    {
        var result = new List<OcrBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var prev = result.LastOrDefault();
            if (b.Kind == OcrBlockKind.Heading && prev is { Kind: OcrBlockKind.Paragraph } && !EndsSentence(prev.Text)
                && i + 1 < blocks.Count && blocks[i + 1].Kind == OcrBlockKind.Paragraph && StartsLower(blocks[i + 1].Text)
                && HeadingDetector.StartsWithConnective(b.Text)
                && result.LastOrDefault(r => r.Kind == OcrBlockKind.Heading) is { } owner && result.Count - result.IndexOf(owner) <= DisplacedHeadingReach)
            {
                owner.Text += " " + b.Text;
                context.Report.Note(Codes.HeadingUncertain, $"heading fragment '{b.Text}' (raw line {b.Line}) found inside a paragraph; added to the heading before it", null);
                continue;
            }
            if (prev is { Kind: OcrBlockKind.Paragraph or OcrBlockKind.ListItem } && b.Kind is OcrBlockKind.Paragraph or OcrBlockKind.ListItem
                && !EndsSentence(prev.Text) && (Continues(prev.Text, b.Text) || b.StartsAfterBreak && !ListStart().IsMatch(b.Text)))
            {
                prev.Text = JoinLines(prev.Text, b.Text, context);
                context.Report.Count("paragraphs rejoined across breaks");
                continue;
            }
            result.Add(b);
        }
        return result;
    }

    /// <summary>True when a text ends a sentence (full stop, question, quote or bracket after one, colon).</summary>
    public static bool EndsSentence(string text) => EndsSentence(text.AsSpan().TrimEnd());

    /// <summary>
    /// <see cref="EndsSentence(string)"/> for a paragraph still being built, looking at its last
    /// <see cref="SentenceEndReach"/> characters only.
    /// </summary>
    private static bool EndsSentence(StringBuilder text)
    {
        var n = Math.Min(text.Length, SentenceEndReach);
        return EndsSentence(text.ToString(text.Length - n, n).AsSpan().TrimEnd());
    }

    /// <summary>
    /// Characters from the end within which any sentence end lies: the longest alternative, a
    /// note mark "[^label]", has a label of a few characters.
    /// </summary>
    private const int SentenceEndReach = 1024;

    private static bool EndsSentence(ReadOnlySpan<char> t)
    {
        if (t.Length == 0) return false;
        // Only the end can match: give the regex the tail that can hold a match (the run of
        // closing marks, the last note mark, or the four characters of a glued note number).
        var from = t.Length;
        while (from > 0 && t[from - 1] is '.' or '!' or '?' or ':' or '\'' or '’' or '"' or '”' or ')' or ']') from--;
        if (t[^1] == ']') from = Math.Min(from, t[..^1].LastIndexOf(']') + 1);
        from = Math.Max(0, Math.Min(from, t.Length - 4));
        return SentenceEnd().IsMatch(t[from..]);
    }

    /// <summary>Words a sentence never ends on: a paragraph ending on one goes on in the next.</summary>
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "by", "with", "for", "from", "that", "which", "its",
        "their", "our", "his", "her", "as", "at", "into", "than", "between", "whose", "these", "those", "this",
    };

    /// <summary>True when <paramref name="next"/> carries on the unfinished sentence of <paramref name="text"/>.</summary>
    public static bool Continues(string text, string next)
    {
        if (EndsSentence(text)) return false;
        if (StartsLower(next) || next.StartsWith("- ", StringComparison.Ordinal)) return true;
        var last = text.TrimEnd().Split(' ').LastOrDefault() ?? "";
        return Dangling.Contains(last);
    }

    public static bool StartsLower(string text)
    {
        var first = text.TrimStart('\'', '‘', '"', '“', '(', ' ').FirstOrDefault();
        return char.IsLower(first);
    }

    [GeneratedRegex(@"(?<word>[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?<hyphen>-)?$")]
    private static partial Regex LastWord();
    [GeneratedRegex(@"^[\p{L}\p{M}]+")]
    private static partial Regex FirstWord();
    [GeneratedRegex(@"^(\(\d{1,2}\)|\([a-z]\)|- )\s*")]
    private static partial Regex ListStart();
    [GeneratedRegex(@"([.!?:]['’""”)\]]*|\[\^[^\]]+\]|\p{L}\d{1,2}[•·*]|\.\d{1,2})$")]
    private static partial Regex SentenceEnd();
}
