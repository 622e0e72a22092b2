using Cartograph.Cli;
using Cartograph.Partials;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// The output set under faults: killed in the middle of each file, stopped by SIGINT/SIGTERM, two builds at once, a
/// full disk, a closed stdout, a missing or full TMPDIR, no SVG this time. The folder always holds one whole set (the
/// old one or the new one), what a killed run left is cleaned up by the next, and every failure is one line and its
/// exit code.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class OutputFaultTests
{
    private const string Stall = "CARTOGRAPH_TEST_STALL";

    /// <summary>The first build of the folder, from two seeds, so the second (all seeds) is a different set.</summary>
    private static string FirstBuild(TempDir dir)
    {
        string outDir = dir.File("out");
        var seeds = CliHarness.SeedFiles();
        var r = CliHarness.Build([seeds[0], seeds[1]], outDir, "--no-svg", "--quiet");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(outDir, 2);
        return outDir;
    }

    private static string[] BuildAll(string outDir) => ["build", CliHarness.Seeds, "--out", outDir, "--no-svg", "--quiet"];

    private static IEnumerable<string> StagedFiles => [PartialFormat.BuildFileName, GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile];

    [TestCaseSource(nameof(StagedFiles))]
    public void KilledInTheMiddleOfAFileTheFolderKeepsTheOldSetAndTheNextRunCleansUp(string file)
    {
        using var dir = new TempDir();
        string outDir = FirstBuild(dir);
        var before = OutputSetCheck.Snapshot(outDir);
        using (var run = CliProcess.Start(BuildAll(outDir), new Dictionary<string, string?> { [Stall] = file + ":4096" }))
        {
            run.WaitForStdErr("test stall");
            Assert.That(Directory.GetDirectories(outDir, ".cartograph-staging-*"), Has.Length.EqualTo(1), "the run stages its files");
            run.Signal("KILL");
            run.Wait();
        }
        var after = OutputSetCheck.Snapshot(outDir);
        foreach (var (f, bytes) in before) Assert.That(after[f], Is.EqualTo(bytes), $"{f} changed by a killed run");
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys), "a killed run added or removed files of the set");

        var next = CliProcess.Run(BuildAll(outDir));
        Assert.That(next.ExitCode, Is.Zero, next.ToString());
        Assert.That(next.StdErr, Does.Contain("left by an earlier run that was stopped"), "the next run says what it cleaned up");
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount, consumers: true);
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void KilledWhileGraphvizRendersTheSvgTheFolderKeepsTheOldSetPictureIncluded()
    {
        ExternalProcess.RequireOnPath("dot");
        using var dir = new TempDir();
        string outDir = FaultFiles.BuildSeeds(dir.File("out"));
        var before = OutputSetCheck.Snapshot(outDir);
        Assert.That(before.Keys, Does.Contain(GraphWriters.SvgFile));
        // a Graphviz that writes half a picture and then takes its time
        string fakeBin = dir.File("bin"), pidFile = dir.File("dot.pid");
        Directory.CreateDirectory(fakeBin);
        File.WriteAllText(Path.Combine(fakeBin, "dot"), $"#!/bin/sh\necho $$ > '{pidFile}.tmp'; mv '{pidFile}.tmp' '{pidFile}'\nprintf '<svg xmlns=' > \"$3\"\nexec sleep 60\n");
        File.SetUnixFileMode(Path.Combine(fakeBin, "dot"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using (var run = CliProcess.Start(["build", CliHarness.SeedFiles()[0], "--out", outDir, "--quiet"],
            new Dictionary<string, string?> { ["PATH"] = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH") }))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!File.Exists(pidFile))
            {
                Assert.That(clock.Elapsed, Is.LessThan(CliProcess.Deadline), "Graphviz was never started: " + run.StdErr);
                Thread.Sleep(20);
            }
            run.Signal("KILL");
            run.Wait();
            FaultFiles.Run("kill", "-9", File.ReadAllText(pidFile).Trim());
        }
        var after = OutputSetCheck.Snapshot(outDir);
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
        foreach (var (f, bytes) in before) Assert.That(after[f], Is.EqualTo(bytes), $"{f} changed by a run killed while rendering");
        var next = CliProcess.Run(["build", CliHarness.Seeds, "--out", outDir, "--quiet"]);
        Assert.That(next.ExitCode, Is.Zero, next.ToString());
        Assert.That(next.StdErr, Does.Contain("left by an earlier run that was stopped"), next.ToString());
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount);
        Assert.That(File.ReadAllText(Path.Combine(outDir, GraphWriters.SvgFile)), Does.EndWith("</svg>\n"));
    }

    [Test]
    public void AnExtractKilledMidFileLeavesATempFileTheNextExtractRemoves()
    {
        using var dir = new TempDir();
        string shard = dir.File("shards/a.partial.jsonl");
        using (var run = CliProcess.Start(["extract", CliHarness.Seeds, "--out", shard], new Dictionary<string, string?> { [Stall] = "a.partial.jsonl:1" }))
        {
            run.WaitForStdErr("test stall");
            run.Signal("KILL");
            run.Wait();
        }
        Assert.That(File.Exists(shard), Is.False, "a killed extract left a partial under the real name");
        Assert.That(Directory.GetFiles(dir.File("shards"), "*.tmp", SearchOption.AllDirectories), Has.Length.EqualTo(1));
        var next = CliProcess.Run(["extract", CliHarness.Seeds, "--out", shard]);
        Assert.That(next.ExitCode, Is.Zero, next.ToString());
        Assert.That(next.StdErr, Does.Contain("removed the temp file").And.Contain("left by an earlier run that was stopped"), next.ToString());
        Assert.That(Directory.GetFiles(dir.File("shards"), "*.tmp", SearchOption.AllDirectories), Is.Empty);
        var merged = CliHarness.Invoke("merge", shard, "--out", dir.File("out"), "--no-svg");
        Assert.That(merged.ExitCode, Is.Zero, merged.ToString());
        OutputSetCheck.AssertWhole(dir.File("out"), FaultFiles.SeedCount);
    }

    [Test]
    public void ARunKilledHalfWayThroughTheSwitchIsFinishedByTheNextBeforeItReadsAnything()
    {
        using var dir = new TempDir();
        string outDir = FirstBuild(dir);
        string newer = FaultFiles.BuildSeeds(dir.File("newer"), "--no-svg");
        // what a run killed after its commit point leaves: the ready folder with its manifest, two files already moved
        string ready = Path.Combine(outDir, ".cartograph-ready");
        Directory.CreateDirectory(ready);
        string[] set = [GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile, PartialFormat.BuildFileName];
        File.WriteAllLines(Path.Combine(ready, "manifest"), set);
        foreach (var f in set) File.Copy(Path.Combine(newer, f), Path.Combine(set.Take(2).Contains(f) ? outDir : ready, f), overwrite: true);

        var r = CliHarness.Invoke("build", "--update", Path.Combine(outDir, GraphWriters.JsonFile), FaultFiles.WriteGood(dir.File("news")), "--no-svg");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr, Does.Contain("finished switching in the outputs of an earlier run"), r.ToString());
        Assert.That(Directory.Exists(ready), Is.False);
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount + 1, consumers: true);
    }

    [TestCase("INT", ExitCodes.Interrupted, "SIGINT")]
    [TestCase("TERM", ExitCodes.Terminated, "SIGTERM")]
    public void ASignalStopsTheRunCleansUpSaysSoAndExitsWithItsCode(string signal, int code, string named)
    {
        if (signal == "INT") RequireSigIntDelivered();
        using var dir = new TempDir();
        string outDir = FirstBuild(dir);
        var before = OutputSetCheck.Snapshot(outDir);
        using var run = CliProcess.Start(BuildAll(outDir), new Dictionary<string, string?> { [Stall] = GraphWriters.DotFile + ":4096" });
        run.WaitForStdErr("test stall");
        run.Signal(signal);
        var r = run.Wait();
        Assert.That(r.ExitCode, Is.EqualTo(code), r.ToString());
        Assert.That(r.StdErr, Does.Contain($"stopped by {named}").And.Contain("cleaned up").And.Contain(outDir), r.ToString());
        Assert.That(r.StdErr, Does.Not.Contain("   at "), r.ToString());
        OutputSetCheck.AssertUnchanged(outDir, before);
    }

    [Test]
    public void CtrlCDuringTheProgressBarGivesTheTerminalItsCursorBack()
    {
        RequireSigIntDelivered();
        string script = ExternalProcess.Require("/usr/bin/script"); // util-linux: runs the CLI on a pseudo-terminal
        using var dir = new TempDir();
        string input = dir.File("in");
        for (int i = 0; i < 260; i++) FaultFiles.WriteGood(input, $"d{i:D3}.txt"); // past the progress bar's threshold
        for (int i = 0; i < 260; i++) File.AppendAllText(Path.Combine(input, $"d{i:D3}.txt"), $"Ana: Episode {i}.\n");
        string log = dir.File("tty.log");
        string command = $"{CliHarness.CliShellCommand} build '{input}' --out '{dir.File("out")}' --no-svg";
        using var run = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(script, ["-qfec", command, log])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            Environment = { [Stall] = PartialFormat.BuildFileName + ":20000" },
        })!;
        _ = run.StandardOutput.ReadToEndAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        System.Text.RegularExpressions.Match stalled;
        while (!(stalled = System.Text.RegularExpressions.Regex.Match(File.Exists(log) ? File.ReadAllText(log) : "", @"test stall \(process (\d+)\)")).Success)
        {
            Assert.That(clock.Elapsed, Is.LessThan(CliProcess.Deadline), "the build never reached the stall");
            Thread.Sleep(50);
        }
        Thread.Sleep(300); // the progress bar is drawn (cursor hidden) while the partial is written
        FaultFiles.Run("kill", "-INT", stalled.Groups[1].Value);
        Assert.That(run.WaitForExit(CliProcess.Deadline), Is.True, "hang after Ctrl-C");
        string tty = File.ReadAllText(log);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Interrupted), tty);
        Assert.That(tty, Does.Contain("\u001b[?25l"), "the progress bar hid the cursor (else this test shows nothing)");
        Assert.That(tty.LastIndexOf("\u001b[?25h", StringComparison.Ordinal), Is.GreaterThan(tty.LastIndexOf("\u001b[?25l", StringComparison.Ordinal)), "the cursor stays hidden");
        Assert.That(tty, Does.Contain("stopped by SIGINT"), tty);
        Assert.That(Directory.Exists(dir.File("out")), Is.False, "an interrupted first build leaves no output folder");
    }

    [Test]
    public void ASecondBuildIntoTheSameFolderFailsClearlyWhileTheFirstHoldsIt()
    {
        using var dir = new TempDir();
        string outDir = FirstBuild(dir);
        using var first = CliProcess.Start(BuildAll(outDir), new Dictionary<string, string?> { [Stall] = GraphWriters.JsonFile + ":4096" });
        first.WaitForStdErr("test stall");
        var second = CliProcess.Run(BuildAll(outDir));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), second.ToString());
        Assert.That(second.StdErr, Does.Contain("another Cartograph run").And.Contain($"(process {first.Id})").And.Contain(outDir), second.ToString());
        first.Signal("TERM");
        Assert.That(first.Wait().ExitCode, Is.EqualTo(ExitCodes.Terminated));
        OutputSetCheck.AssertWhole(outDir, 2);
        var third = CliProcess.Run(BuildAll(outDir));
        Assert.That(third.ExitCode, Is.Zero, "the lock is free once the first run ends: " + third);
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount);
    }

    [Test]
    public void TwoBuildsStartedTogetherNeverMixTheirFiles()
    {
        using var dir = new TempDir();
        string outDir = dir.File("out");
        var seeds = CliHarness.SeedFiles();
        for (int round = 0; round < 3; round++)
        {
            using var a = CliProcess.Start(["build", seeds[0], "--out", outDir, "--no-svg", "--quiet"]);
            using var b = CliProcess.Start(["build", CliHarness.Seeds, "--out", outDir, "--no-svg", "--quiet"]);
            var ra = a.Wait();
            var rb = b.Wait();
            Assert.That(new[] { ra.ExitCode, rb.ExitCode }, Has.All.AnyOf(ExitCodes.Success, ExitCodes.OutputFailed), ra + "\n" + rb);
            Assert.That(new[] { ra.ExitCode, rb.ExitCode }, Has.Some.EqualTo(ExitCodes.Success));
            foreach (var r in new[] { ra, rb }.Where(r => r.ExitCode != 0))
                Assert.That(r.StdErr, Does.Contain("another Cartograph run"), r.ToString());
            int documents = rb.ExitCode == 0 && (ra.ExitCode != 0 || File.ReadAllText(Path.Combine(outDir, GraphWriters.JsonFile)).Contains($"\"document_count\": {FaultFiles.SeedCount}"))
                ? FaultFiles.SeedCount : 1;
            OutputSetCheck.AssertWhole(outDir, documents);
        }
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void NoSvgThisTimeRemovesTheOldPictureAndAFailedRenderDoesToo()
    {
        ExternalProcess.RequireOnPath("dot");
        using var dir = new TempDir();
        string outDir = FaultFiles.BuildSeeds(dir.File("out"));
        Assert.That(File.Exists(Path.Combine(outDir, GraphWriters.SvgFile)), Is.True, "the first build renders graph.svg");
        var seeds = CliHarness.SeedFiles();
        var r = CliHarness.Build([seeds[0]], outDir, "--no-svg", "--quiet");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(File.Exists(Path.Combine(outDir, GraphWriters.SvgFile)), Is.False, "an old graph.svg was left beside a new graph");
        OutputSetCheck.AssertWhole(outDir, 1);

        FaultFiles.BuildSeeds(outDir);
        string fakeBin = dir.File("bin");
        Directory.CreateDirectory(fakeBin);
        File.WriteAllText(Path.Combine(fakeBin, "dot"), "#!/bin/sh\necho 'dot: simulated crash' >&2\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(fakeBin, "dot"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var failed = CliProcess.Run(["build", seeds[0], "--out", outDir, "--quiet"],
            new Dictionary<string, string?> { ["PATH"] = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH") });
        Assert.That(failed.ExitCode, Is.Zero, failed.ToString());
        Assert.That(failed.StdErr, Does.Contain("graph.svg skipped").And.Contain("simulated crash"), failed.ToString());
        Assert.That(File.Exists(Path.Combine(outDir, GraphWriters.SvgFile)), Is.False, "a failed render left the old graph.svg beside a new graph");
        OutputSetCheck.AssertWhole(outDir, 1);
    }

    [Test]
    public void AClosedStdoutIsNotAFailureOfABuildWhoseFilesAreWritten()
    {
        using var dir = new TempDir();
        string outDir = dir.File("out");
        var r = CliProcess.Run(["build", CliHarness.Seeds, "--out", outDir, "--no-svg"]); // warm-up: the same build with stdout open
        Assert.That(r.ExitCode, Is.Zero);
        var closed = RunShell($"exec {CliHarness.CliShellCommand} build '{CliHarness.Seeds}' --out '{outDir}' --no-svg >&-");
        Assert.That(closed.ExitCode, Is.Zero, closed.ToString());
        Assert.That(closed.StdErr, Does.Contain("cannot print the summary to stdout").And.Not.Contain("Unhandled"), closed.ToString());
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount);
    }

    [TestCase("missing")]
    [TestCase("full")]
    public void AnUpdateNeedsNoTempFolder(string tmpdir)
    {
        using var dir = new TempDir();
        string outDir = FaultFiles.BuildSeeds(dir.File("out"), "--no-svg");
        string tmp = dir.File("tmp");
        using var full = tmpdir == "full" ? SmallDisk.Mount(tmp, kilobytes: 4) : null;
        if (full is not null) SmallDisk.Fill(tmp);
        var r = CliProcess.Run(["build", "--update", Path.Combine(outDir, GraphWriters.JsonFile), FaultFiles.WriteGood(dir.File("news")), "--no-svg", "--quiet"],
            new Dictionary<string, string?> { ["TMPDIR"] = tmpdir == "missing" ? dir.File("no-such-folder") : tmp });
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        OutputSetCheck.AssertWhole(outDir, FaultFiles.SeedCount + 1);
    }

    [TestCase(16, "build")]
    [TestCase(800, "build")]
    [TestCase(16, "merge")]
    [TestCase(800, "merge")]
    [TestCase(16, "extract")]
    public void AFullDiskIsOneLineWithThePathAndExitCodeThreeAndLosesNothing(int kilobytes, string command)
    {
        using var dir = new TempDir();
        string base_ = FaultFiles.BuildSeeds(dir.File("base"), "--no-svg");
        string disk = dir.File("disk");
        using var mount = SmallDisk.Mount(disk, kilobytes);
        string outDir = Path.Combine(disk, "out");
        Dictionary<string, byte[]>? before = null;
        if (kilobytes >= 800)
        {
            // room for one set but not for a second one beside it: the second build fails half-way through staging
            // (one episode's set takes about 600 KB on tmpfs, most of it the explorer; the seeds' set about 1.3 MB)
            var first = CliHarness.Build([CliHarness.SeedFiles()[0]], outDir, "--no-svg", "--quiet");
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            before = OutputSetCheck.Snapshot(outDir);
        }
        string[] args = command switch
        {
            "build" => ["build", CliHarness.Seeds, "--out", outDir, "--no-svg"],
            "merge" => ["merge", Path.Combine(base_, PartialFormat.BuildFileName), "--out", outDir, "--no-svg"],
            _ => ["extract", CliHarness.Seeds, "--out", Path.Combine(disk, "shard.partial.jsonl")],
        };
        var r = CliProcess.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), r.ToString());
        Assert.That(r.StdErr, Does.Contain("No space left on device").And.Contain(disk).And.Not.Contain("   at ").And.Not.Contain("Unhandled"), r.ToString());
        if (before is not null) OutputSetCheck.AssertUnchanged(outDir, before);
        Assert.That(Directory.GetFiles(disk, "*.tmp", SearchOption.AllDirectories), Is.Empty, "temp files left on the full disk");
    }

    private static CliHarness.Outcome RunShell(string script)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(CliProcess.Deadline), Is.True, "hang");
        return new CliHarness.Outcome(p.ExitCode, "", err.Result);
    }

    /// <summary>
    /// A shell starts a background job ("cmd &amp;") with SIGINT ignored, every process it starts inherits that, and .NET
    /// keeps a signal ignored at start ignored, as a shell's jobs expect: then no Ctrl-C reaches the CLI and there is
    /// nothing to test. The test says so instead of failing.
    /// </summary>
    private static void RequireSigIntDelivered()
    {
        const int sigInt = 2;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (!line.StartsWith("SigIgn:", StringComparison.Ordinal)) continue;
            ulong ignored = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
            if ((ignored & (1UL << (sigInt - 1))) != 0)
                Assert.Ignore("SIGINT is ignored in this test run (started as a background job), so no Ctrl-C can reach the CLI; run the tests in the foreground to check it");
        }
    }
}
