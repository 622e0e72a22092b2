using System.Diagnostics;

namespace Cartograph.Writing;

/// <summary>Runs Graphviz (<c>dot -Tsvg</c>; the file's <c>layout=nop2</c> makes it draw the positions written, see <see cref="DotWriter"/>) into a temp file, then moves it into place.</summary>
public static class SvgRenderer
{
    /// <summary>The full path of <c>dot</c> on PATH, or null when Graphviz is not installed.</summary>
    public static string? FindDot()
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path)) return null;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Renders <paramref name="dotFile"/> to <paramref name="svgFile"/>; returns Graphviz's stderr lines as warnings.</summary>
    /// <exception cref="InvalidOperationException">Graphviz failed or timed out; the message includes its stderr.</exception>
    public static IReadOnlyList<string> Render(string dotExe, string dotFile, string svgFile, TimeSpan timeout, CancellationToken cancel = default)
    {
        string temp = AtomicFile.TempPathFor(svgFile);
        var psi = new ProcessStartInfo(dotExe)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-Tsvg");
        psi.ArgumentList.Add("-o");
        psi.ArgumentList.Add(temp);
        psi.ArgumentList.Add(dotFile);
        try
        {
            using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {dotExe}.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            bool cancelled = false;
            // Ctrl-C: Graphviz is stopped with the run (a layout of a large graph can take minutes)
            using (cancel.Register(() => { cancelled = true; TryKill(process); }))
            {
                if (!process.WaitForExit(timeout) && !cancelled)
                {
                    process.Kill(entireProcessTree: true);
                    throw new InvalidOperationException($"Graphviz did not finish rendering {dotFile} within {timeout.TotalSeconds:0} s.");
                }
            }
            cancel.ThrowIfCancellationRequested();
            process.WaitForExit(); // drains the redirected streams
            string errors = stderr.Result.Trim();
            _ = stdout.Result;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"Graphviz exited with code {process.ExitCode} rendering {dotFile}: {errors}");
            AtomicFile.MoveIntoPlace(temp, svgFile);
            return errors.Length == 0 ? [] : errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            if (File.Exists(temp)) AtomicFile.TryDelete(temp);
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it has just ended by itself
        }
    }
}
