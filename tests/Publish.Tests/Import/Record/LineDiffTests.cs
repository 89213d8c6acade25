using Xunit;

namespace Publish.Tests.Import.Record;

public class LineDiffTests
{
    [Theory]
    [InlineData("a\nb\nc\n", "a\nb\nc\n", 0, 0)]
    [InlineData("a\nb\nc", "a\nB\nc", 1, 1)]
    [InlineData("a\nb\nc", "a\nc\nd\ne", 1, 2)]
    [InlineData("", "x", 1, 1)]
    public void Counts_lines_removed_and_added(string before, string after, int removed, int added) =>
        Assert.Equal((removed, added), LineDiff.Count(before, after));
}
