using NUnit.Framework;
using System.Diagnostics;

namespace Cartograph.Tests.Writing;

/// <summary>Runs a consumer tool with a timeout and captures its output, for tests that check our files with the real readers.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
    }

    public const string InstallHint = "run scripts/install-test-deps.sh to install the test tools";

    /// <summary>Fails the test (never skips it) when a required tool is missing.</summary>
    public static string Require(string path)
    {
        if (!File.Exists(path)) Assert.Fail($"{path} is not installed: {InstallHint}.");
        return path;
    }

    /// <summary>Looks a command up on PATH and fails the test when it is missing.</summary>
    public static string RequireOnPath(string command)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, command);
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Fail($"'{command}' is not on PATH: {InstallHint}.");
        return command;
    }

    public static Result Run(string exe, IEnumerable<string> args, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {exe}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{exe} {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s");
        }
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts exit 0 and nothing on stderr (warnings count as failures).</summary>
    public static Result RunClean(string exe, params string[] args)
    {
        var r = Run(exe, args);
        Assert.That(r.ExitCode, Is.Zero, $"{Path.GetFileName(exe)} {string.Join(' ', args)} failed: {r}");
        Assert.That(r.StdErr.Trim(), Is.Empty, $"{Path.GetFileName(exe)} {string.Join(' ', args)} wrote to stderr: {r}");
        return r;
    }
}
