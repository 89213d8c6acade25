using Publish.Diagnostics;
using Publish.Model;

namespace Publish.Reading;

/// <summary>
/// Checks that need the source's location: images that do not exist and heading levels that
/// jump (an h1 followed by an h3).
/// </summary>
internal sealed class SourceChecks(string pamphletDir, string path, DiagnosticBag diagnostics)
{
    private int _previousLevel;

    public void Check(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    if (_previousLevel > 0 && heading.Level > _previousLevel + 1)
                        diagnostics.Warning(Codes.HeadingJump, path, block.Span.Line, block.Span.Column,
                            $"heading level jumps from {_previousLevel} to {heading.Level}");
                    _previousLevel = heading.Level;
                    CheckInlines(heading.Content, block.Span);
                    break;
                case Figure figure: CheckImage(figure.Source, block.Span); break;
                case Paragraph p: CheckInlines(p.Content, block.Span); break;
                case BlockQuote q: Check(q.Blocks); break;
                case ListBlock list: foreach (var item in list.Items) Check(item); break;
            }
        }
    }

    private void CheckInlines(IEnumerable<Inline> inlines, SourceSpan span)
    {
        foreach (var inline in inlines)
        {
            if (inline is Image image) CheckImage(image.Source, span);
            else if (inline is Container c) CheckInlines(c.Children, span);
        }
    }

    private void CheckImage(string source, SourceSpan span)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            diagnostics.Error(Codes.ImageMissing, path, span.Line, span.Column,
                $"image '{source}' is remote: Publish downloads nothing, put the file beside pamphlet.md");
            return;
        }
        var full = Path.GetFullPath(Path.Combine(pamphletDir, Uri.UnescapeDataString(source)));
        if (!File.Exists(full))
            diagnostics.Error(Codes.ImageMissing, path, span.Line, span.Column, $"image '{source}' not found");
    }
}
