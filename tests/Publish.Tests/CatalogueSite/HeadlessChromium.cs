using System.Diagnostics;
using Publish.Tests.Support;

namespace Publish.Tests.CatalogueSite;

/// <summary>
/// Runs Debian's chromium headless against a local page: quiet (no network services, no first
/// run, no sync), with a throwaway profile, and killed if it does not finish in time.
/// </summary>
internal sealed class HeadlessChromium(string executable, string profileDir)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Finds chromium, or skips the test (fails with PUBLISH_REQUIRE_TOOLS=1).</summary>
    public static HeadlessChromium Require(string profileDir) => new(ExternalTool.Require("chromium"), profileDir);

    /// <summary>Loads the page and returns the serialised DOM (stdout) and chromium's log (stderr).</summary>
    public (string Dom, string Log) DumpDom(string page) =>
        Run(["--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(page).AbsoluteUri]);

    /// <summary>Renders the page at the given window size into a PNG; returns chromium's log.</summary>
    public string Screenshot(string page, string png, int width, int height) =>
        Run(["--hide-scrollbars", $"--window-size={width},{height}", $"--screenshot={png}", new Uri(page).AbsoluteUri]).Log;

    private (string Dom, string Log) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--mute-audio", $"--user-data-dir={profileDir}",
        })
            start.ArgumentList.Add(flag);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', start.ArgumentList)}");
        }
        process.WaitForExit();
        return (stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Lines of chromium's log that report a problem with the page itself: uncaught script
    /// errors, console errors and resources that failed to load. Chromium's own noise (GPU,
    /// D-Bus, sandbox, fonts) does not mention the page and is ignored.
    /// </summary>
    public static IReadOnlyList<string> PageProblems(string log, string pageDir)
    {
        var pageUri = new Uri(Path.TrimEndingDirectorySeparator(pageDir) + "/").AbsoluteUri;
        return log.Split('\n')
            .Where(line => line.Contains("Uncaught", StringComparison.Ordinal)
                || line.Contains("ERROR:CONSOLE", StringComparison.Ordinal)
                || (line.Contains("CONSOLE", StringComparison.Ordinal) && line.Contains(pageUri, StringComparison.Ordinal))
                || line.Contains("Failed to load resource", StringComparison.Ordinal))
            .ToList();
    }
}
