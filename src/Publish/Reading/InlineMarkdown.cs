using Markdig;
using Markdig.Syntax;
using Publish.Model;

namespace Publish.Reading;

/// <summary>Parses a one-line Markdown string (a chronology event, a caption) into inlines.</summary>
internal static class InlineMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static IReadOnlyList<Inline> Parse(string text)
    {
        var document = Markdown.Parse(text.Replace('\n', ' '), Pipeline);
        return document.FirstOrDefault() is ParagraphBlock paragraph
            ? InlineConverter.Convert(paragraph.Inline)
            : [new Text(text)];
    }
}
