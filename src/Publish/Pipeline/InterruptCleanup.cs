using System.Runtime.InteropServices;

namespace Publish.Pipeline;

/// <summary>
/// While a build runs, Ctrl-C (SIGINT), SIGTERM (a CI job cancelled, <c>kill</c>) and SIGHUP
/// first delete the temporary files being written and stop new ones (<see cref="AtomicFile.Interrupt"/>), then let
/// the process end as the signal asks. Outputs already renamed into place are complete; the
/// pamphlet being rebuilt has no manifest (it is deleted before a rebuild), so the next build
/// rebuilds it. Dispose to stop listening.
/// </summary>
internal sealed class InterruptCleanup : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public InterruptCleanup(TextWriter error)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, _ =>
                {
                    int removed = AtomicFile.Interrupt();
                    error.WriteLine($"publish: interrupted; {removed} unfinished file(s) removed, finished pamphlets kept (the next build rebuilds the rest)");
                }));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
                // SIGHUP is not delivered on every platform; temporaries are then cleaned by the next build.
            }
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
