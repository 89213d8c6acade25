using System.Collections.Concurrent;

namespace Publish.Pipeline;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so a failed or interrupted build
/// never leaves a half-written EPUB or PDF where a reader would find it. The temporary files
/// being written are tracked: on Ctrl-C or SIGTERM <see cref="Abandon"/> deletes them before
/// the process ends (see <see cref="InterruptCleanup"/>); a build killed outright (SIGKILL, power
/// loss) leaves them, and the next build removes them (<see cref="CleanLeftovers"/>).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Suffix of every temporary file (<c>name.PID.THREAD.tmp</c>).</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Temporary files being written now; the value is true once abandoned.</summary>
    private static readonly ConcurrentDictionary<string, bool> Live = new(StringComparer.Ordinal);

    /// <summary>Set by <see cref="Interrupt"/>: the process is ending, start no new file.</summary>
    private static volatile bool _interrupted;

    public static void Write(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = Path.GetFullPath($"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{TemporarySuffix}");
        Live[temporary] = false;
        try
        {
            if (_interrupted) throw Interrupted(path);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Delete))
                write(stream);
            if (Live.TryGetValue(temporary, out var abandoned) && abandoned) throw Interrupted(path);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            Live.TryRemove(temporary, out _);
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    private static OperationCanceledException Interrupted(string path) =>
        new($"the build was interrupted while writing {Path.GetFileName(path)}");

    /// <summary>The process is being interrupted: start no new file and abandon every one being written.</summary>
    public static int Interrupt()
    {
        _interrupted = true;
        return Abandon();
    }

    /// <summary>
    /// Deletes the temporary files being written under <paramref name="directory"/> (all, when
    /// null) and makes their writers give up instead of renaming. For an interrupted build.
    /// </summary>
    public static int Abandon(string? directory = null)
    {
        var prefix = directory is null ? null : Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        int count = 0;
        foreach (var temporary in Live.Keys)
        {
            if (prefix is not null && !temporary.StartsWith(prefix, StringComparison.Ordinal)) continue;
            Live[temporary] = true;
            try
            {
                File.Delete(temporary);
                count++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return count;
    }

    /// <summary>Removes temporary files left by a build that was killed.</summary>
    public static void CleanLeftovers(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var file in Directory.EnumerateFiles(directory, "*" + TemporarySuffix, SearchOption.AllDirectories))
        {
            if (Live.ContainsKey(Path.GetFullPath(file))) continue; // being written by this process
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
