namespace Publish.Typesetting.Frames;

/// <summary>Moves and measures frame items.</summary>
internal static class FrameGeometry
{
    public static FrameItem Translate(FrameItem item, double dx, double dy) => item switch
    {
        GlyphRun run => run with { X = run.X + dx, Baseline = run.Baseline + dy },
        Rule rule => rule with { X1 = rule.X1 + dx, X2 = rule.X2 + dx, Y1 = rule.Y1 + dy, Y2 = rule.Y2 + dy },
        FilledRect fill => fill with { Area = Move(fill.Area, dx, dy) },
        ImageFrame image => image with { Area = Move(image.Area, dx, dy) },
        LinkArea link => link with { Area = Move(link.Area, dx, dy) },
        Anchor anchor => anchor with { Y = anchor.Y + dy },
        OutlineEntry entry => entry with { Y = entry.Y + dy },
        _ => item,
    };

    public static Rect Move(Rect r, double dx, double dy) => r with { X = r.X + dx, Y = r.Y + dy };
}
