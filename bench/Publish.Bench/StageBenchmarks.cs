using BenchmarkDotNet.Attributes;
using Publish.Diagnostics;
using Publish.Epub;
using Publish.Model;
using Publish.Pdf;
using Publish.Pipeline;
using Publish.Reading;
using Publish.Styling;
using Publish.Transforms;
using Publish.Typesetting.Composition;
using Publish.Typesetting.Pagination;
using Publish.Typesetting.Text;

namespace Publish.Bench;

/// <summary>
/// The pipeline's stages on the longest pamphlet of the catalogue: read, transform, hyphenate,
/// break lines, paginate, and write the EPUB and the PDF.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BuildServices _services = null!;
    private string _dir = null!;
    private Document _doc = null!;
    private Theme _theme = null!;
    private LayoutResult _layout = null!;
    private string[] _words = null!;
    private Hyphenator _hyphenator = null!;
    private List<StyledSpan> _paragraph = null!;
    private TypesetContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _services = new BuildServices(new Workspace(root));
        _dir = _services.Workspace.AllPamphlets().OrderByDescending(d => new FileInfo(Path.Combine(d, "pamphlet.md")).Length).First();
        var bag = new DiagnosticBag();
        (_doc, _theme) = PamphletLoader.Load(_dir, _services, bag)!.Value;
        _layout = Typesetter.Typeset(_doc, _theme, _services.Typesetting, _dir);
        _words = Inline.PlainText(_doc.AllBlocks.OfType<Paragraph>().SelectMany(p => p.Content)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(1000).ToArray();
        _hyphenator = _services.Typesetting.Hyphenators.For("en-GB")!;
        _context = new TypesetContext(_theme, new FontSelector(_theme, _services.Typesetting.Fonts), _hyphenator,
            new KnuthPlassLineBreaker(), new KnuthPlassLineBreaker(new LineBreakSettings { Justify = false }));
        var longest = _doc.AllBlocks.OfType<Paragraph>().MaxBy(p => Inline.PlainText(p.Content).Length)!;
        _paragraph = InlineFlattener.Flatten(longest.Content, _context.Body);
    }

    [Benchmark(Description = "read Markdown + transforms (one pamphlet)")]
    public Document Read() => TransformPipeline.Run(PamphletReader.Read(_dir, new DiagnosticBag())!, new DiagnosticBag(), null);

    [Benchmark(Description = "hyphenate 1,000 words")]
    public int Hyphenate()
    {
        int points = 0;
        foreach (var word in _words) points += _hyphenator.Points(word).Count;
        return points;
    }

    [Benchmark(Description = "set the longest paragraph (shape, hyphenate, Knuth–Plass)")]
    public int SetParagraph() => _context.Set(_paragraph, new ParagraphFormat(_context.Measure, _theme.Leading, Alignment.Justify, _theme.ParagraphIndent), 1).Count;

    [Benchmark(Description = "typeset the whole pamphlet (all pages)")]
    public int Typeset() => Typesetter.Typeset(_doc, _theme, _services.Typesetting, _dir).Pages.Count;

    [Benchmark(Description = "write the screen PDF")]
    public long WritePdf()
    {
        using var stream = new MemoryStream();
        PdfRenderer.Write(_layout.Pages, new PdfRenderOptions { Title = _doc.Metadata.Title }, new LibraryFontSource(_services.Typesetting.Fonts), stream);
        return stream.Length;
    }

    [Benchmark(Description = "package the EPUB")]
    public long WriteEpub()
    {
        using var stream = new MemoryStream();
        EpubWriter.Write(_doc, _theme, new EpubOptions { BaseCss = _services.BaseCss }, stream);
        return stream.Length;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
