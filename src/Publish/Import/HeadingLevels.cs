namespace Publish.Import;

/// <summary>
/// Shifts the ATX headings of a list of blocks so that the highest level used becomes level 1
/// (the title lives in the front matter), and closes level jumps (# then ### becomes # then ##).
/// </summary>
internal static class HeadingLevels
{
    public static List<string> Normalise(List<string> blocks)
    {
        var levels = blocks.Select(Level).Where(l => l > 0).ToList();
        if (levels.Count == 0) return blocks;
        var shift = levels.Min() - 1;
        var result = new List<string>(blocks.Count);
        var previous = 0;
        foreach (var b in blocks)
        {
            var level = Level(b);
            if (level == 0) { result.Add(b); continue; }
            var target = Math.Min(level - shift, previous + 1);
            previous = target;
            result.Add(new string('#', target) + " " + b.TrimStart('#').Trim());
        }
        return result;
    }

    private static int Level(string block)
    {
        var n = block.TakeWhile(c => c == '#').Count();
        return n is >= 1 and <= 6 && block.Length > n && block[n] == ' ' ? n : 0;
    }
}
