namespace Publish.Cli;

/// <summary>
/// A one-line-per-pamphlet progress display on a terminal; silent when output is redirected
/// or in CI (the summary and the diagnostics are printed either way).
/// </summary>
internal sealed class Progress(TextWriter writer, int total)
{
    private readonly Lock _gate = new();
    private int _done;

    public bool Enabled { get; } = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    public void Report(string slug, bool failed, TimeSpan elapsed)
    {
        if (!Enabled) return;
        lock (_gate)
        {
            _done++;
            writer.WriteLine($"[{_done}/{total}] {(failed ? "failed" : "built ")} {slug} ({elapsed.TotalMilliseconds:0} ms)");
        }
    }
}
