namespace Publish.Tests.Import.Record;

/// <summary>Size of a line diff: lines only in the first text (removed) and only in the second (added), by longest common subsequence.</summary>
internal static class LineDiff
{
    public static (int Removed, int Added) Count(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        var common = previous[b.Length];
        return (a.Length - common, b.Length - common);
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
