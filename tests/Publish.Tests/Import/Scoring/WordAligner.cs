namespace Publish.Tests.Import.Scoring;

/// <summary>One step of an alignment: a reference word and/or a hypothesis word (-1 when absent).</summary>
internal readonly record struct AlignedPair(int Ref, int Hyp);

/// <summary>The best alignment of a reference segment inside a longer hypothesis.</summary>
internal sealed record Alignment(int Edits, int HypStart, int HypEnd, IReadOnlyList<AlignedPair> Pairs);

/// <summary>
/// Word-level Levenshtein alignment of a short reference (an excerpt) against a whole hypothesis
/// (the importer's output), semi-global: skipping hypothesis words before and after the matched
/// region is free, so the excerpt finds its own place. A first pass keeps two rows and the start
/// of each path to find the region; a second pass aligns that region fully, with a trace.
/// </summary>
internal static class WordAligner
{
    public static Alignment Align(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        var (start, end) = Locate(reference, hypothesis);
        return Trace(reference, hypothesis, start, end);
    }

    /// <summary>Plain Levenshtein distance between two word sequences.</summary>
    public static int Distance(IReadOnlyList<string> a, IReadOnlyList<string> b) => Trace(a, b, 0, b.Count).Edits;

    private static (int Start, int End) Locate(IReadOnlyList<string> r, IReadOnlyList<string> h)
    {
        int n = r.Count, m = h.Count;
        var cost = new int[m + 1];
        var from = new int[m + 1];
        var nextCost = new int[m + 1];
        var nextFrom = new int[m + 1];
        for (var j = 0; j <= m; j++) { cost[j] = 0; from[j] = j; }
        for (var i = 1; i <= n; i++)
        {
            nextCost[0] = i;
            nextFrom[0] = 0;
            var word = r[i - 1];
            for (var j = 1; j <= m; j++)
            {
                var diagonal = cost[j - 1] + (string.Equals(word, h[j - 1], StringComparison.Ordinal) ? 0 : 1);
                var up = cost[j] + 1;
                var left = nextCost[j - 1] + 1;
                if (diagonal <= up && diagonal <= left) { nextCost[j] = diagonal; nextFrom[j] = from[j - 1]; }
                else if (up <= left) { nextCost[j] = up; nextFrom[j] = from[j]; }
                else { nextCost[j] = left; nextFrom[j] = nextFrom[j - 1]; }
            }
            (cost, nextCost) = (nextCost, cost);
            (from, nextFrom) = (nextFrom, from);
        }
        var end = 0;
        for (var j = 1; j <= m; j++) if (cost[j] < cost[end]) end = j;
        return (from[end], end);
    }

    private static Alignment Trace(IReadOnlyList<string> r, IReadOnlyList<string> h, int start, int end)
    {
        int n = r.Count, m = end - start;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++) d[i, 0] = i;
        for (var j = 0; j <= m; j++) d[0, j] = j;
        for (var i = 1; i <= n; i++)
            for (var j = 1; j <= m; j++)
            {
                var same = string.Equals(r[i - 1], h[start + j - 1], StringComparison.Ordinal);
                d[i, j] = Math.Min(d[i - 1, j - 1] + (same ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
            }
        var pairs = new List<AlignedPair>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && d[i, j] == d[i - 1, j - 1] + (string.Equals(r[i - 1], h[start + j - 1], StringComparison.Ordinal) ? 0 : 1))
            {
                pairs.Add(new AlignedPair(i - 1, start + j - 1)); i--; j--;
            }
            else if (i > 0 && d[i, j] == d[i - 1, j] + 1) { pairs.Add(new AlignedPair(i - 1, -1)); i--; }
            else { pairs.Add(new AlignedPair(-1, start + j - 1)); j--; }
        }
        pairs.Reverse();
        return new Alignment(d[n, m], start, end, pairs);
    }
}
