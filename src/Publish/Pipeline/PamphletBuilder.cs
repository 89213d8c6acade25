using System.Diagnostics;
using System.Globalization;
using Publish.Diagnostics;
using Publish.Covers;
using Publish.Epub;
using Publish.Model;
using Publish.Pdf;
using Publish.Styling;
using Publish.Typesetting.Pagination;

namespace Publish.Pipeline;

/// <summary>
/// Builds one pamphlet's outputs into <c>&lt;output&gt;/&lt;slug&gt;/</c>: lays it out once, then
/// writes the screen PDF, the print interior, the booklet and the EPUB (which carries the print
/// edition's page list). Any failure — a diagnostic or an exception inside a stage — is
/// reported for this pamphlet alone; every file is written atomically.
/// </summary>
internal sealed class PamphletBuilder(BuildServices services)
{
    /// <summary>
    /// Builds the pamphlet; <paramref name="sourceRead"/> is called once its source has been read.
    /// With <paramref name="spareCores"/> (and <see cref="BuildServices.ParallelOutputs"/>) its
    /// work is spread over the build's cores; else it runs on the calling thread alone.
    /// </summary>
    public PamphletResult Build(string pamphletDir, string outputRoot, OutputFormat formats, Action? sourceRead = null, bool spareCores = true)
    {
        bool parallel = services.ParallelWithin(spareCores);
        var clock = Stopwatch.StartNew();
        var slug = Path.GetFileName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        var diagnostics = new DiagnosticBag();
        var outputs = new List<string>();
        Model.Metadata? metadata = null;
        string trim = "A5";
        try
        {
            if (parallel) TypesetWarmUp.Start(pamphletDir, services);
            var loaded = StageTimings.Measure("read+transform", slug, () => PamphletLoader.Load(pamphletDir, services, diagnostics));
            sourceRead?.Invoke();
            if (loaded is var (doc, theme))
            {
                metadata = doc.Metadata;
                trim = TrimName(theme.Page);
                Write(doc, theme, pamphletDir, Path.Combine(outputRoot, slug), slug, formats, parallel, diagnostics, outputs);
            }
        }
        catch (DiagnosticException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(Codes.Internal, Path.Combine(pamphletDir, Reading.PamphletReader.FileName), 1, 1,
                $"internal error while building '{slug}': {e.GetType().Name}: {e.Message}" +
                (Environment.GetEnvironmentVariable("PUBLISH_DEBUG") == "1" ? "\n" + e : ""));
        }
        return new PamphletResult(slug, pamphletDir, diagnostics.Items, outputs) { Elapsed = clock.Elapsed, Metadata = metadata, Trim = trim };
    }

    /// <summary>ISO A sizes by name, anything else in millimetres.</summary>
    private static string TrimName(PageStyle page)
    {
        int w = (int)Math.Round(page.Width / Styling.Length.PointsPerMillimetre), h = (int)Math.Round(page.Height / Styling.Length.PointsPerMillimetre);
        return (w, h) switch { (148, 210) => "A5", (105, 148) => "A6", (210, 297) => "A4", _ => $"{w} \u00D7 {h} mm" };
    }

    private void Write(Document doc, Theme theme, string pamphletDir, string dir, string slug, OutputFormat formats,
        bool parallel, DiagnosticBag diagnostics, List<string> outputs)
    {
        var library = services.Typesetting.Fonts;
        var art = CoverArt.Find(doc.Metadata, slug, services.Workspace.Covers, pamphletDir, diagnostics, doc.SourcePath);
        // The cover raster (EPUB cover and cover PNG) does not depend on the layout: with spare cores it is drawn meanwhile.
        var coverDiagnostics = new DiagnosticBag();
        bool needsCover = formats.HasFlag(OutputFormat.Cover) || formats.HasFlag(OutputFormat.Epub);
        byte[]? DrawCover() => needsCover
            ? StageTimings.Measure("cover raster", slug, () => CoverImage.Png(doc.Metadata, theme, library, art, CoverImage.EpubHeight, coverDiagnostics, doc.SourcePath))
            : null;
        // On a thread of its own: the pool's threads are busy with the warm-ups and the cache key, and the
        // cover would wait behind them while the text is set, then hold up the EPUB.
        var coverTask = parallel && needsCover
            ? Task.Factory.StartNew(DrawCover, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        var fonts = new LibraryFontSource(library);
        var warmUp = parallel && (formats & (OutputFormat.Pdf | OutputFormat.Print | OutputFormat.Booklet | OutputFormat.Cover)) != 0
            ? PdfWarmUp.Start(() => WarmUpGlyphs(theme, library), fonts) : null;

        var layout = StageTimings.Measure("typeset", slug, () => Typesetter.Typeset(doc, theme, services.Typesetting, pamphletDir, parallel));
        foreach (var problem in layout.Problems)
            diagnostics.Warning(problem.Code ?? (problem.Missing ? Codes.GlyphMissing : Codes.OverfullLine), doc.SourcePath, problem.Line, 1, problem.Message);
        var coverPng = coverTask is null ? DrawCover() : coverTask.GetAwaiter().GetResult();
        // A warm-up that failed (a font the PDF writer cannot read, say) leaves the real render to report it.
        try { warmUp?.Wait(); } catch (AggregateException) { }
        foreach (var d in coverDiagnostics.Items) diagnostics.Add(d);

        var date = DateTimeOffset.Parse(doc.Metadata.Modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var info = new PdfRenderOptions
        {
            Title = doc.Metadata.Title,
            Author = doc.Metadata.AuthorLine ?? "",
            Subject = doc.Metadata.Description ?? "",
            Keywords = string.Join(", ", doc.Metadata.Subjects),
            Language = doc.Metadata.Lang,
            CreationDate = date,
            Parallel = parallel,
        };

        // Each output family is independent of the others; each writes its own files and notes.
        var families = new List<Action<OutputSink>>();
        if (formats.HasFlag(OutputFormat.Cover))
            families.Add(sink =>
            {
                sink.Write(slug + "-cover.png", s => s.Write(coverPng));
                sink.Write(slug + "-cover.pdf", s => PrintCover.Write(doc.Metadata, theme, library, art, info with { PrintMode = true }, fonts, s));
            });
        if (formats.HasFlag(OutputFormat.Pdf))
            families.Add(sink =>
            {
                // The screen PDF opens on its cover, then the interior as printed.
                var front = CoverDesigner.Front(doc.Metadata, theme, library, art);
                sink.Write(slug + ".pdf", s => PdfRenderer.Write([front, .. layout.Pages], info, fonts, s));
            });
        if (formats.HasFlag(OutputFormat.Print) || formats.HasFlag(OutputFormat.Booklet))
            families.Add(sink =>
            {
                var printPages = PrintEdition.Pad(layout, (first, count) => Padding(doc, theme, pamphletDir, slug, first, count, sink.Diagnostics), theme.ColophonLast);
                // Drawn once: the print PDF's pages and the booklet's forms are the same content streams.
                var print = StageTimings.Measure("render print", slug, () => RenderedDocument.Draw(printPages, info with { PrintMode = true, Bleed = theme.Page.Bleed }, fonts));
                if (formats.HasFlag(OutputFormat.Print)) sink.Write(slug + "-print.pdf", s => s.Write(PdfRenderer.Write(print)));
                if (formats.HasFlag(OutputFormat.Booklet))
                    sink.Write(slug + "-booklet-a4.pdf", s => BookletImposer.Impose(print,
                        new BookletOptions { PaperThickness = theme.PaperThickness, Marks = true, CreationDate = date, Title = doc.Metadata.Title }, s));
            });
        if (formats.HasFlag(OutputFormat.Epub))
            families.Add(sink =>
            {
                var options = new EpubOptions(coverPng, PageMap.Build(doc, layout), layout.FontsUsed, services.Version)
                {
                    BaseCss = services.BaseCss,
                    PageBreakSource = $"{doc.Metadata.Title}, print edition ({TrimName(theme.Page)}, {slug}-print.pdf)",
                };
                sink.Write(slug + ".epub", s => EpubWriter.Write(doc, theme, options, s));
            });

        var sinks = families.Select(_ => new OutputSink(dir, slug)).ToArray();
        if (parallel) Parallel.For(0, families.Count, i => sinks[i].Run(families[i]));
        else for (int i = 0; i < families.Count; i++) sinks[i].Run(families[i]);
        // Merged in a fixed order, so the result never depends on which family finished first.
        foreach (var sink in sinks)
        {
            foreach (var d in sink.Diagnostics.Items) diagnostics.Add(d);
            outputs.AddRange(sink.Outputs);
        }
        foreach (var sink in sinks) sink.Failure?.Throw();
    }

    /// <summary>One glyph ('e') of each face of the theme's text families, for <see cref="PdfWarmUp"/>.</summary>
    private static List<(string, ushort)> WarmUpGlyphs(Theme theme, Typesetting.Fonts.FontLibrary library)
    {
        var glyphs = new List<(string, ushort)>();
        foreach (var family in new[] { theme.Body, theme.Headings, theme.Notes }.Distinct())
            foreach (var key in new[] { family.Regular, family.Italic, family.Bold, family.BoldItalic }.Distinct())
                if (library.TryGet(key, out var font, out _) && font!.GlyphId('e') is var glyph and > 0 && !glyphs.Contains((key, glyph)))
                    glyphs.Add((key, glyph));
        return glyphs;
    }

    /// <summary>Where one family of outputs goes: its files (written atomically), notes, and any failure to rethrow.</summary>
    private sealed class OutputSink(string dir, string slug)
    {
        public DiagnosticBag Diagnostics { get; } = new();
        public List<string> Outputs { get; } = [];
        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure { get; private set; }

        public void Write(string file, Action<Stream> write)
        {
            var path = Path.Combine(dir, file);
            StageTimings.Measure("write " + file[slug.Length..], slug, () => AtomicFile.Write(path, write));
            Outputs.Add(path);
        }

        public void Run(Action<OutputSink> family)
        {
            try
            {
                family(this);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    /// <summary>The print interior's spare pages, filled as the theme says (the back-list comes from the pamphlet's catalogue folder).</summary>
    private IReadOnlyList<Typesetting.Frames.Page> Padding(Document doc, Theme theme, string pamphletDir, string slug, int first, int count,
        DiagnosticBag diagnostics)
    {
        var backlist = theme.Padding == PrintPadding.Backlist ? BacklistFor(services, pamphletDir, slug, doc.Metadata) : null;
        var padding = PaddingComposer.Compose(theme.Padding, backlist, theme, services.Typesetting, doc.Metadata.Lang, first, count);
        foreach (var problem in padding.Problems.Where(p => p.Missing))
            diagnostics.Warning(Codes.GlyphMissing, doc.SourcePath, 1, 1, "back-list: " + problem.Message);
        return padding.Pages;
    }

    /// <summary>The fingerprint of <see cref="BacklistFor"/>'s back-list, for the build cache.</summary>
    public static string BacklistFingerprint(BuildServices services, string pamphletDir, string slug, Model.Metadata meta) =>
        CatalogueOf(services, pamphletDir)?.FingerprintFor(slug, meta) ?? "none";

    /// <summary>The back-list a pamphlet shows: the other titles of its series (or catalogue) in its folder's catalogue.</summary>
    public static Backlist? BacklistFor(BuildServices services, string pamphletDir, string slug, Model.Metadata meta) =>
        CatalogueOf(services, pamphletDir)?.For(slug, meta);

    /// <summary>The catalogue a pamphlet belongs to: the front matter of its folder's siblings.</summary>
    private static SeriesCatalogue? CatalogueOf(BuildServices services, string pamphletDir)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(pamphletDir).TrimEnd(Path.DirectorySeparatorChar));
        return folder is null ? null : services.Catalogue(folder);
    }
}
