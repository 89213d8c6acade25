using System.Text;
using Publish.Pdf.Objects;
using Publish.Typesetting.Frames;

namespace Publish.Pdf;

/// <summary>
/// The document's navigation: a named destination for every <see cref="Anchor"/> (the targets
/// of internal links; the first of a name wins) and the outline (bookmarks) from
/// <see cref="OutlineEntry"/> items, nested by level, the top level open.
/// </summary>
internal sealed class NavigationBuilder
{
    private readonly SortedDictionary<string, Destination> _named = new(StringComparer.Ordinal);
    private readonly OutlineNode _root = new("", default, []);
    private readonly List<OutlineNode> _open = [];

    /// <summary>A place on a page: [page /XYZ left top null].</summary>
    private readonly record struct Destination(int PageIndex, double Left, double Top);

    private sealed record OutlineNode(string Title, Destination Target, List<OutlineNode> Children)
    {
        public int Level { get; init; }

        /// <summary>Entries shown under this one when it is open (the top level is, deeper ones are not).</summary>
        public int Visible => Children.Sum(c => 1 + (c.Level == 1 ? c.Visible : 0));
    }

    /// <summary>True once an outline entry was added.</summary>
    public bool HasOutlines => _root.Children.Count > 0;

    /// <summary>Adds the anchors and outline entries of one page (pages in document order).</summary>
    public void Add(Page page, int pageIndex, PageGeometry geometry)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case Anchor anchor:
                    _named.TryAdd(anchor.Name, new Destination(pageIndex, geometry.X(0), geometry.Y(anchor.Y)));
                    break;
                case OutlineEntry entry:
                    int level = Math.Max(1, entry.Level);
                    while (_open.Count > 0 && _open[^1].Level >= level) _open.RemoveAt(_open.Count - 1);
                    var node = new OutlineNode(entry.Title, new Destination(pageIndex, geometry.X(0), geometry.Y(entry.Y)), []) { Level = level };
                    (_open.Count == 0 ? _root : _open[^1]).Children.Add(node);
                    _open.Add(node);
                    break;
            }
        }
    }

    /// <summary>
    /// Writes the named destinations as a name tree (one leaf, names sorted) and returns its object
    /// number, or null when there are none.
    /// </summary>
    public int? WriteDestinations(PdfFileWriter writer, IReadOnlyList<int> pageObjects)
    {
        if (_named.Count == 0) return null;
        int number = writer.Reserve();
        var sb = new StringBuilder("<</Names[", 64 + _named.Count * 48);
        foreach (var (name, destination) in _named)
            AppendDestination(sb.AppendBytes(name), destination, pageObjects).Append('\n');
        writer.WriteObject(number, sb.Append("]>>"));
        return number;
    }

    /// <summary>Writes the outline tree and returns its root's object number, or null when there is no outline.</summary>
    public int? WriteOutlines(PdfFileWriter writer, IReadOnlyList<int> pageObjects)
    {
        if (!HasOutlines) return null;
        int root = writer.Reserve();
        var (first, last) = WriteChildren(writer, _root, root, pageObjects);
        writer.WriteObject(root, new StringBuilder("<</Type/Outlines/First ").AppendReference(first).Append("/Last ").AppendReference(last)
            .Append("/Count ").Append(_root.Visible).Append(">>"));
        return root;
    }

    private static (int First, int Last) WriteChildren(PdfFileWriter writer, OutlineNode parent, int parentNumber, IReadOnlyList<int> pageObjects)
    {
        var numbers = parent.Children.Select(_ => writer.Reserve()).ToArray();
        for (int i = 0; i < numbers.Length; i++)
        {
            var node = parent.Children[i];
            var sb = new StringBuilder("<</Title").AppendText(node.Title).Append("/Parent ").AppendReference(parentNumber);
            if (i > 0) sb.Append("/Prev ").AppendReference(numbers[i - 1]);
            if (i + 1 < numbers.Length) sb.Append("/Next ").AppendReference(numbers[i + 1]);
            if (node.Children.Count > 0)
            {
                var (first, last) = WriteChildren(writer, node, numbers[i], pageObjects);
                // Positive: open, showing that many entries; negative: closed (PDF 32000-1, 12.3.3).
                sb.Append("/First ").AppendReference(first).Append("/Last ").AppendReference(last)
                    .Append("/Count ").Append(node.Level == 1 ? node.Visible : -node.Visible);
            }
            writer.WriteObject(numbers[i], AppendDestination(sb.Append("/Dest"), node.Target, pageObjects).Append(">>"));
        }
        return (numbers[0], numbers[^1]);
    }

    private static StringBuilder AppendDestination(StringBuilder sb, Destination d, IReadOnlyList<int> pageObjects)
        => sb.Append('[').AppendReference(pageObjects[d.PageIndex]).Append("/XYZ ").AppendNumber(Math.Round(d.Left, 2))
            .Append(' ').AppendNumber(Math.Round(d.Top, 2)).Append(" null]");
}
