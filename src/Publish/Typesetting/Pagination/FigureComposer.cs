using Publish.Model;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pagination;

/// <summary>
/// A figure: the image scaled to the measure (never taller than <see cref="MaxHeightShare"/> of
/// the type area, never enlarged past 150 dpi), centred, with its caption below, kept together.
/// </summary>
internal sealed class FigureComposer(TypesetContext context, List<FlowItem> flow)
{
    /// <summary>Largest share of the type area's height an image may take.</summary>
    private const double MaxHeightShare = 0.6;
    /// <summary>Points per pixel at 150 dpi, the least resolution we print at.</summary>
    private const double PointsPerPixel = 72.0 / 150;


    public void Compose(Figure figure, double measure, double indent)
    {
        var path = Path.IsPathRooted(figure.Source) ? figure.Source : Path.Combine(context.PamphletDir, Uri.UnescapeDataString(figure.Source));
        var size = ImageSize.Read(path);
        if (size is null) return; // reported by the reader (PUB2005)
        double width = Math.Min(measure, size.Value.Width * PointsPerPixel);
        double height = width * size.Value.Height / size.Value.Width;
        double maxHeight = context.AreaHeight * MaxHeightShare;
        if (height > maxHeight) { width *= maxHeight / height; height = maxHeight; }
        double boxHeight = Math.Ceiling(height / context.Leading) * context.Leading;
        var image = new ImageFrame(path, new Rect((measure - width) / 2, -boxHeight + (boxHeight - height) / 2, width, height));
        int group = context.NextGroup();
        int start = flow.Count;
        flow.Add(new FlowSpace(context.Leading / 2));
        var caption = figure.Caption.Count > 0 ? figure.Caption : figure.Alt.Length > 0 ? [new Model.Text(figure.Alt)] : [];
        var lines = caption.Count == 0 ? [] : context.Set(InlineFlattener.Flatten(caption, context.NoteText with { Italic = true }),
            new ParagraphFormat(measure, context.Theme.NoteLeading, Alignment.Centre, Hyphenate: false), figure.Span.Line);
        flow.Add(new FlowLine([image], boxHeight, indent, group, 0, 1 + lines.Count) { Unbreakable = true, Block = figure, Ascent = boxHeight, KeepWithNext = lines.Count > 0 });
        for (int i = 0; i < lines.Count; i++)
            flow.Add(new FlowLine(lines[i].Items, context.Theme.NoteLeading, indent, group, i + 1, 1 + lines.Count)
                { Unbreakable = true, Ascent = TypesetContext.AscentIn(context.Theme.NoteLeading, context.Theme.NoteSize) });
        flow.Add(new FlowSpace(TableComposer.SpaceToGrid(flow, start, context.Leading)));
    }
}
