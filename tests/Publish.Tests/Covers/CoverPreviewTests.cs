using Publish.Covers;
using Publish.Pdf;
using Publish.Pipeline;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Covers;

/// <summary>
/// Writes the sample covers (both templates, front and back, and the print spread as PNG) into
/// the folder named by PUBLISH_COVER_PREVIEW, for looking at; skipped when it is not set.
/// </summary>
public sealed class CoverPreviewTests
{
    [SkippableFact]
    public void WritesPreviews()
    {
        var dir = Environment.GetEnvironmentVariable("PUBLISH_COVER_PREVIEW");
        Skip.If(string.IsNullOrEmpty(dir), "set PUBLISH_COVER_PREVIEW to a folder to write cover previews");
        Directory.CreateDirectory(dir!);
        var art = Environment.GetEnvironmentVariable("PUBLISH_COVER_ART");
        foreach (var (template, theme) in new[] { ("band", CoverFixture.Theme()), ("type", CoverFixture.TypeTheme), ("zine", CoverFixture.Theme("zine")), ("duplicator", CoverFixture.Theme("duplicator")) })
        {
            foreach (var (name, meta) in CoverFixture.Samples)
            {
                var front = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, string.IsNullOrEmpty(art) ? null : art);
                File.WriteAllBytes(Path.Combine(dir!, $"{template}-{name}-front.png"), CoverRasterizer.Render(front, CoverFixture.Fonts, 800));
                var back = CoverDesigner.Back(meta, theme, CoverFixture.Fonts);
                File.WriteAllBytes(Path.Combine(dir!, $"{template}-{name}-back.png"), CoverRasterizer.Render(back, CoverFixture.Fonts, 800));
            }
        }
        File.WriteAllBytes(Path.Combine(dir!, "spread.png"), CoverRasterizer.Render(
            PrintCover.Spread(CoverFixture.WorkersOpposition, CoverFixture.Theme(), CoverFixture.Fonts, null), CoverFixture.Fonts, 800));
        foreach (var (template, theme) in new[] { ("band", CoverFixture.Theme()), ("type", CoverFixture.TypeTheme) })
        {
            using var pdf = File.Create(Path.Combine(dir!, $"{template}-print-cover.pdf"));
            PrintCover.Write(CoverFixture.WorkersOpposition, theme, CoverFixture.Fonts, string.IsNullOrEmpty(art) ? null : art,
                new PdfRenderOptions { Title = CoverFixture.WorkersOpposition.Title }, new LibraryFontSource(CoverFixture.Fonts), pdf);
        }
        File.WriteAllBytes(Path.Combine(dir!, "epub-cover-1600.png"),
            CoverImage.Png(CoverFixture.OutOrganised, CoverFixture.Theme(), CoverFixture.Fonts, string.IsNullOrEmpty(art) ? null : art));
        WriteTimings(Path.Combine(dir!, "timing.txt"));
    }

    /// <summary>Wall-clock times of the 1600 px cover: design, paint, PNG encoding (after a warm-up run).</summary>
    private static void WriteTimings(string path)
    {
        var lines = new List<string>();
        foreach (var (label, theme) in new[] { ("band", CoverFixture.Theme()), ("type", CoverFixture.TypeTheme) })
        {
            var meta = CoverFixture.OutOrganised;
            CoverImage.Png(meta, theme, CoverFixture.Fonts, null);
            var totals = new List<double>();
            for (int i = 0; i < 15; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var page = CoverDesigner.Front(meta, theme, CoverFixture.Fonts, null);
                var design = clock.Elapsed.TotalMilliseconds;
                var canvas = CoverRasterizer.Paint(page, CoverFixture.Fonts, CoverImage.EpubHeight);
                var paint = clock.Elapsed.TotalMilliseconds - design;
                var png = PngEncoder.Encode(canvas.Width, canvas.Height, canvas.Rgb);
                var total = clock.Elapsed.TotalMilliseconds;
                totals.Add(total);
                lines.Add($"{label}: design {design:0.0} ms, paint {paint:0.0} ms, encode {total - design - paint:0.0} ms, total {total:0.0} ms, {png.Length} bytes");
            }
            totals.Sort();
            lines.Add($"{label}: median {totals[totals.Count / 2]:0.0} ms, best {totals[0]:0.0} ms");
        }
        File.WriteAllLines(path, lines);
    }
}
