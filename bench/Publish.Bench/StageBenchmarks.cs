using BenchmarkDotNet.Attributes;
using Publish.Covers;
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
/// The pipeline's hot stages on the longest pamphlet of the catalogue (workers-opposition,
/// seed 001, ~33,000 words): read, hyphenate, break lines (Knuth–Plass and first-fit), set a
/// paragraph, paginate, typeset, write the PDF and the EPUB, rasterise the cover, and the whole
/// pamphlet in every format. Services (fonts, patterns, themes) are loaded once, as in a build.
/// Per-page and per-thousand-word figures: divide by <see cref="Pages"/> / <see cref="Words"/>,
/// which the setup prints.
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
    private IReadOnlyList<LineItem> _items = null!;
    private LineWidths _widths = null!;
    private KnuthPlassLineBreaker _knuthPlass = null!;
    private FirstFitLineBreaker _firstFit = null!;
    private List<FlowItem> _flow = null!;
    private string _output = null!;

    /// <summary>Pages of the typeset pamphlet.</summary>
    public int Pages { get; private set; }

    /// <summary>Words in the pamphlet's paragraphs.</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _services = new BuildServices(new Workspace(root)) { SourceDateEpoch = "0" };
        _dir = _services.Workspace.AllPamphlets().OrderByDescending(d => new FileInfo(Path.Combine(d, "pamphlet.md")).Length).First();
        var bag = new DiagnosticBag();
        (_doc, _theme) = PamphletLoader.Load(_dir, _services, bag)!.Value;
        _layout = Typesetter.Typeset(_doc, _theme, _services.Typesetting, _dir);
        Pages = _layout.Pages.Count;
        var allWords = Inline.PlainText(_doc.AllBlocks.OfType<Paragraph>().SelectMany(p => p.Content)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Words = allWords.Length;
        _words = allWords.Take(1000).ToArray();
        _hyphenator = _services.Typesetting.Hyphenators.For(_doc.Metadata.Lang)!;
        _knuthPlass = new KnuthPlassLineBreaker();
        _firstFit = new FirstFitLineBreaker();
        var capture = new CapturingBreaker(_knuthPlass);
        _context = new TypesetContext(_theme, new FontSelector(_theme, _services.Typesetting.Fonts), _hyphenator, capture, capture);
        var longest = _doc.AllBlocks.OfType<Paragraph>().MaxBy(p => Inline.PlainText(p.Content).Length)!;
        _paragraph = InlineFlattener.Flatten(longest.Content, _context.Body);
        SetParagraph();
        (_items, _widths) = (capture.Items!, capture.Widths!);

        // The body's flow, composed once, for the pagination benchmark.
        var composer = new BlockComposer(_context, 1);
        foreach (var section in _doc.Sections) composer.Compose(section.Blocks);
        _flow = composer.Flow;
        _output = Directory.CreateTempSubdirectory("publish-bench-").FullName;
        Console.WriteLine($"// {Path.GetFileName(_dir)}: {Words} words, {Pages} pages, longest paragraph {_items.Count} items, body flow {_flow.Count} items");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    [Benchmark(Description = "read Markdown + transforms (one pamphlet)")]
    public Document Read() => TransformPipeline.Run(PamphletReader.Read(_dir, new DiagnosticBag())!, new DiagnosticBag(), "0");

    [Benchmark(Description = "hyphenate 1,000 words")]
    public int Hyphenate()
    {
        int points = 0;
        foreach (var word in _words) points += _hyphenator.Points(word).Count;
        return points;
    }

    [Benchmark(Description = "break the longest paragraph: Knuth–Plass")]
    public int BreakKnuthPlass() => _knuthPlass.Break(_items, _widths).Lines.Count;

    [Benchmark(Description = "break the longest paragraph: first-fit")]
    public int BreakFirstFit() => _firstFit.Break(_items, _widths).Lines.Count;

    [Benchmark(Description = "set the longest paragraph (shape, hyphenate, Knuth–Plass, assemble)")]
    public int SetParagraph() => _context.Set(_paragraph, new ParagraphFormat(_context.Measure, _theme.Leading, Alignment.Justify, _theme.ParagraphIndent), 1).Count;

    [Benchmark(Description = "paginate the body (composed flow → pages)")]
    public int Paginate() => new Paginator(_context.AreaHeight, _context.Leading, _context.TextHeight).Paginate(_flow, 1).Count;

    [Benchmark(Description = "typeset the whole pamphlet (all pages)")]
    public int Typeset() => Typesetter.Typeset(_doc, _theme, _services.Typesetting, _dir).Pages.Count;

    [Benchmark(Description = "typeset the whole pamphlet, paragraphs on every core (built alone)")]
    public int TypesetOnEveryCore() => Typesetter.Typeset(_doc, _theme, _services.Typesetting, _dir, parallel: true).Pages.Count;

    [Benchmark(Description = "write the screen PDF (all pages)")]
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

    [Benchmark(Description = "rasterise the cover (1600 px PNG)")]
    public int RasteriseCover() => CoverImage.Png(_doc.Metadata, _theme, _services.Typesetting.Fonts, null).Length;

    [Benchmark(Description = "whole pamphlet, every format (read → five files on disk)")]
    public int WholePamphlet() => new PamphletBuilder(_services).Build(_dir, _output, OutputFormat.All).Outputs.Count;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>Passes through to a breaker and keeps the largest paragraph's items, to break them again in isolation.</summary>
    private sealed class CapturingBreaker(ILineBreaker inner) : ILineBreaker
    {
        public IReadOnlyList<LineItem>? Items { get; private set; }
        public LineWidths? Widths { get; private set; }
        public LineBreakSettings Settings => inner.Settings;

        public BreakResult Break(IReadOnlyList<LineItem> items, LineWidths widths)
        {
            if (Items is null || items.Count > Items.Count) (Items, Widths) = (items.ToArray(), widths);
            return inner.Break(items, widths);
        }
    }
}
