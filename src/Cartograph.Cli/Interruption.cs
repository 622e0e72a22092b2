using System.Runtime.InteropServices;

namespace Cartograph.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM: the first one cancels the run's token, so the run stops at its next step, deletes what
/// it staged and says so (exit 130 or 143); a second one ends the process at once, as the signal would have.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal; // 0 until a signal arrives, then its PosixSignal value

    public Interruption()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The signal that stopped the run, if one did.</summary>
    public PosixSignal? Signal => _signal == 0 ? null : (PosixSignal)_signal;

    /// <summary>130 for SIGINT, 143 for SIGTERM (128 + the signal number, as a shell reports it).</summary>
    public int ExitCode => Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    public string SignalName => Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT (Ctrl-C)";

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0) return; // the second one: default action
        context.Cancel = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _cancel.Dispose();
    }
}
