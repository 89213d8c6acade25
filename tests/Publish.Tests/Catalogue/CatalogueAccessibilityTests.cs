using System.Text.Json;
using Publish.Tests.Support;
using Xunit;

namespace Publish.Tests.Catalogue;

/// <summary>
/// Every EPUB of the real catalogue passes DAISY Ace (the accessibility checker the EPUB
/// Accessibility specification points to) with no violation of any impact. Ace drives Chromium;
/// the test skips without <c>ace-cli</c> unless PUBLISH_REQUIRE_TOOLS=1, as in CI.
/// </summary>
public sealed class CatalogueAccessibilityTests(CatalogueFixture catalogue) : IClassFixture<CatalogueFixture>
{
    [SkippableFact]
    public void Every_epub_of_the_catalogue_passes_ace_with_no_violations()
    {
        var ace = ExternalTool.Require("ace-cli");
        var chromium = ExternalTool.Require("chromium");
        var reports = Path.Combine(catalogue.Output, "ace");
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(catalogue.Epubs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, epub =>
        {
            var output = Path.Combine(reports, Path.GetFileNameWithoutExtension(epub));
            var start = new System.Diagnostics.ProcessStartInfo(ace) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--silent", "--outdir", output, epub }) start.ArgumentList.Add(argument);
            start.Environment["PUPPETEER_EXECUTABLE_PATH"] = chromium;
            using var process = System.Diagnostics.Process.Start(start)!;
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var reportPath = Path.Combine(output, "report.json");
            if (!File.Exists(reportPath))
            {
                problems.Add($"{Path.GetFileName(epub)}: Ace wrote no report (exit {process.ExitCode}): {log.Result}{errors.Result}");
                return;
            }
            using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
            foreach (var document in report.RootElement.GetProperty("assertions").EnumerateArray())
            {
                if (!document.TryGetProperty("assertions", out var violations)) continue;
                foreach (var violation in violations.EnumerateArray())
                    problems.Add($"{Path.GetFileName(epub)}: {document.GetProperty("earl:testSubject").GetProperty("url").GetString()}: " +
                                 $"{violation.GetProperty("earl:test").GetProperty("dct:title").GetString()} " +
                                 $"({violation.GetProperty("earl:test").GetProperty("earl:impact").GetString()}): " +
                                 violation.GetProperty("earl:result").GetProperty("dct:description").GetString());
            }
            if (report.RootElement.GetProperty("earl:result").GetProperty("earl:outcome").GetString() != "pass")
                problems.Add($"{Path.GetFileName(epub)}: Ace's outcome is not 'pass'");
        });
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Order(StringComparer.Ordinal)));
        Assert.Equal(5, Directory.GetDirectories(reports).Length);
    }
}
