using Publish.Diagnostics;
using Publish.Model;
using Publish.Pipeline;
using Publish.Reading;
using Publish.Styling;
using Publish.Tests.Support;
using Publish.Transforms;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Pagination;
using Publish.Typesetting.Text;

namespace Publish.Tests.Typesetting;

/// <summary>Shared set-up for layout tests: the default theme, the real fonts and patterns.</summary>
internal static class TypesetFixture
{
    public static readonly BuildServices Services = new(new Workspace(TestPaths.Root));
    public static Theme Theme => Services.Themes.Load("default", new DiagnosticBag())!;

    public static TypesetContext Context(Theme? theme = null)
    {
        theme ??= Theme;
        var fonts = new FontSelector(theme, Services.Typesetting.Fonts);
        return new TypesetContext(theme, fonts, Services.Typesetting.Hyphenators.For("en-GB"),
            new KnuthPlassLineBreaker(new LineBreakSettings { Justify = true }),
            new KnuthPlassLineBreaker(new LineBreakSettings { Justify = false }));
    }

    public static Document Read(string markdown, string frontMatter = "")
    {
        using var temp = TestPaths.Temp();
        var dir = temp.Pamphlet("sample", $"---\ntitle: Sample Pamphlet\n{frontMatter}---\n\n{markdown}\n");
        var bag = new DiagnosticBag();
        return TransformPipeline.Run(PamphletReader.Read(dir, bag)!, bag, null);
    }

    public static LayoutResult Layout(string markdown, string frontMatter = "", Theme? theme = null) =>
        Typesetter.Typeset(Read(markdown, frontMatter), theme ?? Theme, Services.Typesetting, TestPaths.Root);
}
