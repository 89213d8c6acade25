namespace Publish.Covers;

/// <summary>
/// Breaks a title into balanced lines that never exceed a width: the fewest lines that fit,
/// and among those the break whose longest line is shortest (so lines come out even), with a
/// penalty for a line ending on a weak little word ("of", "the", "we"). Breaks fall at spaces
/// and after hard hyphens. Titles are short, so every break is tried (widths memoised).
/// </summary>
internal static class TitleLineBreaker
{
    /// <summary>Above this many pieces the search would be slow; a greedy fill is used instead.</summary>
    private const int ExhaustiveLimit = 20;
    /// <summary>Cost of a line ending on a weak word, as a share of the measure.</summary>
    private const double WeakEndingPenalty = 0.25;
    /// <summary>Cost of breaking after a hard hyphen rather than at a space, as a share of the measure.</summary>
    private const double HyphenBreakPenalty = 0.3;

    private static readonly HashSet<string> WeakWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "by", "at", "as", "with", "we", "is", "our", "its", "&",
    };

    /// <summary>A piece of the title and whether a space separates it from the piece before.</summary>
    private readonly record struct Piece(string Text, bool SpaceBefore);

    /// <summary>
    /// The title's lines, each no wider than <paramref name="maxWidth"/> by <paramref name="measure"/>,
    /// or null when some piece alone is too wide.
    /// </summary>
    public static IReadOnlyList<string>? Break(string title, double maxWidth, Func<string, double> measure)
    {
        var pieces = Split(title);
        if (pieces.Count == 0) return [];
        int n = pieces.Count;
        var widths = new double?[n, n + 1];
        double Width(int from, int to) => widths[from, to] ??= measure(Join(pieces, from, to));

        for (int i = 0; i < n; i++)
            if (Width(i, i + 1) > maxWidth) return null;
        if (n > ExhaustiveLimit) return Greedy(pieces, maxWidth, Width);

        for (int lines = 1; lines <= n; lines++)
        {
            int[]? best = null;
            double bestCost = double.MaxValue, bestSpread = double.MaxValue;
            var breaks = new int[lines + 1];
            breaks[lines] = n;
            Search(1, 0);
            if (best is not null)
                return Enumerable.Range(0, lines).Select(l => Join(pieces, best[l], best[l + 1])).ToList();

            void Search(int line, int start)
            {
                breaks[line - 1] = start;
                if (line == lines)
                {
                    if (Width(start, n) <= maxWidth) Consider();
                    return;
                }
                for (int end = start + 1; end <= n - (lines - line); end++)
                {
                    if (Width(start, end) > maxWidth) break;
                    breaks[line] = end;
                    Search(line + 1, end);
                }
            }

            void Consider()
            {
                double longest = 0, cost = 0, spread = 0;
                for (int l = 0; l < lines; l++) longest = Math.Max(longest, Width(breaks[l], breaks[l + 1]));
                for (int l = 0; l < lines; l++)
                {
                    double w = Width(breaks[l], breaks[l + 1]);
                    spread += (longest - w) * (longest - w);
                    if (l == lines - 1) continue;
                    if (WeakWords.Contains(pieces[breaks[l + 1] - 1].Text.TrimEnd(',', ':', ';')))
                        cost += WeakEndingPenalty * maxWidth;
                    if (!pieces[breaks[l + 1]].SpaceBefore)
                        cost += HyphenBreakPenalty * maxWidth;
                }
                cost += longest;
                if (cost < bestCost - 1e-9 || (Math.Abs(cost - bestCost) <= 1e-9 && spread < bestSpread))
                {
                    bestCost = cost;
                    bestSpread = spread;
                    best = (int[])breaks.Clone();
                }
            }
        }
        return null;
    }

    private static IReadOnlyList<string> Greedy(List<Piece> pieces, double maxWidth, Func<int, int, double> width)
    {
        var lines = new List<string>();
        int start = 0;
        for (int end = 1; end <= pieces.Count; end++)
        {
            if (end < pieces.Count && width(start, end + 1) <= maxWidth) continue;
            lines.Add(Join(pieces, start, end));
            start = end;
        }
        return lines;
    }

    private static List<Piece> Split(string title)
    {
        var pieces = new List<Piece>();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool space = true;
            int from = 0;
            for (int i = 1; i < word.Length - 1; i++)
            {
                // A break after a hard hyphen or an en dash between letters ("Out-|Organised").
                if (word[i] is '-' or '–' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
                {
                    pieces.Add(new Piece(word[from..(i + 1)], space));
                    space = false;
                    from = i + 1;
                }
            }
            pieces.Add(new Piece(word[from..], space));
        }
        return pieces;
    }

    private static string Join(List<Piece> pieces, int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = from; i < to; i++)
        {
            if (i > from && pieces[i].SpaceBefore) sb.Append(' ');
            sb.Append(pieces[i].Text);
        }
        return sb.ToString();
    }
}
