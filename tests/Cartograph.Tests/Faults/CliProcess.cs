using System.Diagnostics;
using System.Text;
using Cartograph.Tests.Cli;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// The CLI as a separate process: what signals, kills, a closed stdout and environment variables need. Each run has a
/// deadline, so a hang fails its test instead of the whole suite.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_gate) _stdout.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_gate) _stderr.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public int Id => _process.Id;

    public string StdErr
    {
        get { lock (_gate) return _stderr.ToString(); }
    }

    /// <summary>Starts <c>dotnet Cartograph.Cli.dll args</c> (or the native CLI under test); <paramref name="env"/> adds to (or, with a null value, removes from) the environment.</summary>
    public static CliProcess Start(IEnumerable<string> args, IDictionary<string, string?>? env = null)
    {
        var (fileName, prefix) = CliHarness.CliCommand;
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in prefix) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (k, v) in env ?? new Dictionary<string, string?>())
        {
            if (v is null) psi.Environment.Remove(k);
            else psi.Environment[k] = v;
        }
        return new CliProcess(Process.Start(psi)!);
    }

    /// <summary>Runs to the end (or fails the test at the deadline, killing the process).</summary>
    public static CliHarness.Outcome Run(IEnumerable<string> args, IDictionary<string, string?>? env = null)
    {
        using var p = Start(args, env);
        return p.Wait();
    }

    public CliHarness.Outcome Wait()
    {
        if (!_process.WaitForExit(Deadline))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not finish within {Deadline.TotalSeconds:0} s (a hang); stderr so far:\n{StdErr}");
        }
        _process.WaitForExit(); // the redirected streams are drained
        lock (_gate) return new CliHarness.Outcome(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
    }

    /// <summary>Waits until stderr holds <paramref name="text"/> (e.g. the test stall's line).</summary>
    public void WaitForStdErr(string text)
    {
        var clock = Stopwatch.StartNew();
        while (!StdErr.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) Assert.Fail($"the CLI ended (exit {_process.ExitCode}) before saying '{text}':\n{StdErr}");
            if (clock.Elapsed > Deadline) Assert.Fail($"the CLI did not say '{text}' within {Deadline.TotalSeconds:0} s:\n{StdErr}");
            Thread.Sleep(20);
        }
    }

    /// <summary>Sends a signal (kill -9 with "KILL").</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.Zero, $"kill -s {name} failed");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
