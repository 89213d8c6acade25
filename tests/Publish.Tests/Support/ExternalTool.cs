using Xunit;
namespace Publish.Tests.Support;

/// <summary>
/// Finds a validation tool installed on the machine (epubcheck, pdftoppm, qpdf…). A test that
/// needs a missing tool skips, unless PUBLISH_REQUIRE_TOOLS=1 (as in CI), where it fails.
/// </summary>
internal static class ExternalTool
{
    public static bool Required => Environment.GetEnvironmentVariable("PUBLISH_REQUIRE_TOOLS") == "1";

    /// <summary>Returns the tool's path, or skips (or fails in CI) when it is absent.</summary>
    public static string Require(string name)
    {
        var path = Find(name);
        if (path is not null) return path;
        if (Required) throw new InvalidOperationException($"{name} is required (PUBLISH_REQUIRE_TOOLS=1) but not installed");
        Skip.If(true, $"{name} is not installed");
        return "";
    }

    /// <summary>The epubcheck jar, run with java.</summary>
    public static string RequireEpubcheckJar()
    {
        const string jar = "/usr/share/java/epubcheck.jar";
        Require("java");
        if (File.Exists(jar)) return jar;
        if (Required) throw new InvalidOperationException("epubcheck is required (PUBLISH_REQUIRE_TOOLS=1) but not installed");
        Skip.If(true, "epubcheck is not installed");
        return "";
    }

    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs a tool and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
