using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Repository;

/// <summary>
/// The README's commands run as written. Every <c>sh</c> block, in order and in one shell as a reader would type
/// them, runs in a copy of the repository with a <c>corpus/</c> made of the seeds and a home folder of its own (so
/// installing the tool touches nothing outside); every <c>python</c> block then runs with each Python that has
/// networkx (Debian's 2.8 at least). The one line not run is the test command, which is what runs this.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReadmeCommandsTests
{
    private const string TestCommand = "bash scripts/test.sh";
    private static readonly string[] NotCopied = ["bin", "obj", ".git", "node_modules", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts", "bench-corpus"];

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    /// <summary>The fenced blocks of the README with the given info string, in order.</summary>
    internal static string[] Blocks(string language) =>
        [.. Regex.Matches(Readme, $@"^```{language}\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    private TempDir _sandbox = null!;
    private string _repo = null!;
    private ExternalProcess.Result _shell = null!;

    [OneTimeSetUp]
    public void RunTheShellBlocks()
    {
        _sandbox = new TempDir();
        _repo = Path.Combine(_sandbox.Path, "cartograph");
        Copy(RepoPaths.Root, _repo);
        // the corpus the README's examples build: the seeds, as two days of episodes
        var seeds = CliHarness.SeedFiles();
        for (int i = 0; i < seeds.Length; i++)
        {
            string day = Directory.CreateDirectory(Path.Combine(_repo, "corpus", i < 3 ? "2026-11-21" : "2026-11-22")).FullName;
            File.Copy(seeds[i], Path.Combine(day, Path.GetFileName(seeds[i])));
        }
        var script = new StringBuilder("set -euo pipefail\nset -x\n");
        foreach (var block in Blocks("sh"))
            foreach (var line in block.Split('\n'))
                if (line.Trim() != TestCommand) script.Append(line).Append('\n');
        File.WriteAllText(Path.Combine(_sandbox.Path, "readme.sh"), script.ToString());
        _shell = Run("bash", [Path.Combine(_sandbox.Path, "readme.sh")], TimeSpan.FromMinutes(20));
    }

    [OneTimeTearDown]
    public void Cleanup() => _sandbox.Dispose();

    [Test]
    public void TheReadmeHasTheCommandsThisTestRuns()
    {
        var sh = string.Join('\n', Blocks("sh"));
        Assert.That(sh, Does.Contain(CliHarness.ReadmeBuildCommand).And.Contain(TestCommand).And.Contain("dotnet tool")
            .And.Contain("scripts/shard.sh").And.Contain("cartograph merge").And.Contain("--update"));
        Assert.That(Blocks("python"), Is.Not.Empty);
    }

    [Test]
    public void EveryShellBlockRunsAsWritten()
    {
        Assert.That(_shell.ExitCode, Is.Zero, _shell.ToString());
    }

    [Test]
    public void TheFirstCommandMakesTheCommittedOut()
    {
        Assert.That(_shell.ExitCode, Is.Zero, _shell.ToString());
        foreach (var file in CliHarness.GraphFiles.Append("graph.partial.jsonl"))
            Assert.That(File.ReadAllBytes(Path.Combine(_repo, "out", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(CliHarness.CommittedOut, file))), file);
    }

    [Test]
    public void TheInstalledToolIsCalledCartographAndTheShardedGraphEqualsOneBuild()
    {
        Assert.That(_shell.ExitCode, Is.Zero, _shell.ToString());
        string tool = Path.Combine(_sandbox.Path, "home", ".dotnet", "tools", "cartograph");
        Assert.That(File.Exists(tool), Is.True, "the README's install line puts no 'cartograph' in ~/.dotnet/tools");
        var help = Run(tool, ["--help"], TimeSpan.FromMinutes(1));
        Assert.That(help.StdOut, Does.Contain("cartograph [command]").And.Not.Contain("Cartograph.Cli"), help.ToString());
        var whole = Run(tool, ["build", "corpus", "--out", "whole", "--no-svg", "-q"], TimeSpan.FromMinutes(2));
        Assert.That(whole.ExitCode, Is.Zero, whole.ToString());
        foreach (var file in CliHarness.GraphFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(_repo, "sharded", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_repo, "whole", file))),
                $"{file}: the README's sharded build and update differ from one build of the corpus");
    }

    [Test]
    public void EveryPythonBlockRunsWithNetworkx28AndWithAnyOtherNetworkxHere()
    {
        Assert.That(_shell.ExitCode, Is.Zero, _shell.ToString());
        var pythons = new[] { "/usr/bin/python3" }.Concat(OnPath("python3")).Select(Path.GetFullPath).Distinct().ToArray();
        ExternalProcess.Require(pythons[0]);
        int ran = 0;
        foreach (var python in pythons)
        {
            var version = Run(python, ["-c", "import networkx; print(networkx.__version__)"], TimeSpan.FromMinutes(1));
            if (version.ExitCode != 0)
            {
                Assert.That(python, Is.Not.EqualTo("/usr/bin/python3"), $"Debian's networkx is missing: {ExternalProcess.InstallHint}");
                continue;
            }
            foreach (var block in Blocks("python"))
            {
                var r = Run(python, ["-c", block], TimeSpan.FromMinutes(2));
                Assert.That(r.ExitCode, Is.Zero, $"networkx {version.StdOut.Trim()} ({python}):\n{r}");
                Assert.That(r.StdOut, Does.Match(@"^\d+ nodes, \d+ edges"), r.ToString());
            }
            ran++;
        }
        Assert.That(ran, Is.GreaterThanOrEqualTo(1));
    }

    private static IEnumerable<string> OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, command)).Where(File.Exists).Take(1);

    /// <summary>Runs in the copy of the repository, with its own home (the NuGet cache stays shared) and none of the test host's MSBuild settings.</summary>
    private ExternalProcess.Result Run(string exe, string[] args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _repo };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.ToArray())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key is "DOTNET_HOST_PATH" or "DOTNET_CLI_HOME" or "NUGET_PACKAGES")
                psi.Environment.Remove(key);
        string realHome = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        psi.Environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache ? cache : Path.Combine(realHome, ".nuget", "packages");
        psi.Environment["HOME"] = Directory.CreateDirectory(Path.Combine(_sandbox.Path, "home")).FullName;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{exe} {string.Join(' ', args)} did not finish within {timeout}");
        }
        p.WaitForExit();
        return new ExternalProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            if (!NotCopied.Contains(Path.GetFileName(dir))) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
