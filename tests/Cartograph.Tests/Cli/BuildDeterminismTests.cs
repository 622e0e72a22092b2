using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

[TestFixture]
[NonParallelizable]
public sealed class BuildDeterminismTests
{
    private static void AssertSameFiles(string expectedDir, string actualDir, string what)
    {
        foreach (var f in CliHarness.GraphFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actualDir, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expectedDir, f))), $"{f} differs {what}");
    }

    [Test]
    public void OneThreadAndTwoThreadsGiveByteIdenticalFiles()
    {
        using var one = new TempDir();
        using var two = new TempDir();
        Assert.That(CliHarness.Build([CliHarness.Seeds], one.Path, "--threads", "1", "--no-svg", "-q").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build([CliHarness.Seeds], two.Path, "--threads", "2", "--no-svg", "-q").ExitCode, Is.Zero);
        AssertSameFiles(one.Path, two.Path, "between --threads 1 and --threads 2");
    }

    /// <summary>
    /// The map is laid out by Cartograph and only drawn by Graphviz (<c>layout=nop2</c>), so its picture is as
    /// deterministic as the other files: Graphviz's own layouts moved clusters by a few points from run to run.
    /// </summary>
    [Test]
    public void OtherThreadsAndReversedFilesGiveAByteIdenticalSvg()
    {
        if (!CliHarness.DotInstalled) Assert.Fail($"Graphviz 'dot' is not on PATH: {ExternalProcess.InstallHint}.");
        using var forward = new TempDir();
        using var reverse = new TempDir();
        var files = CliHarness.SeedFiles();
        Assert.That(CliHarness.Build(files, forward.Path, "--threads", "1", "-q").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build(files.Reverse(), reverse.Path, "--threads", "2", "-q").ExitCode, Is.Zero);
        byte[] first = File.ReadAllBytes(forward.File(GraphWriters.SvgFile));
        Assert.That(System.Text.Encoding.UTF8.GetString(first), Does.Contain("class=\"cluster\"").And.Contain("<title>paper:talkverse</title>"),
            "the SVG must be the map, with its communities");
        Assert.That(File.ReadAllBytes(reverse.File(GraphWriters.SvgFile)), Is.EqualTo(first),
            "graph.svg differs between --threads 1 with the files in order and --threads 2 with them reversed");
    }

    [Test]
    public void FilesPassedInReverseOrderGiveByteIdenticalFiles()
    {
        using var forward = new TempDir();
        using var reverse = new TempDir();
        var files = CliHarness.SeedFiles();
        Assert.That(CliHarness.Build(files, forward.Path, "--no-svg", "-q").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build(files.Reverse(), reverse.Path, "--no-svg", "-q").ExitCode, Is.Zero);
        AssertSameFiles(forward.Path, reverse.Path, "when the inputs are given in reverse order");
    }

    [Test]
    public void AFolderFilledInAnotherOrderGivesTheSameFilesAsSeeds()
    {
        using var seedsOut = new TempDir();
        using var copy = new TempDir();
        using var copyOut = new TempDir();
        string folder = Path.Combine(copy.Path, "seeds");
        Directory.CreateDirectory(folder);
        foreach (var f in CliHarness.SeedFiles().Reverse())
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            Thread.Sleep(20); // distinct creation times, newest first in name order
        }
        Assert.That(CliHarness.Build([CliHarness.Seeds], seedsOut.Path, "--no-svg", "-q").ExitCode, Is.Zero);
        Assert.That(CliHarness.Build([folder], copyOut.Path, "--no-svg", "-q").ExitCode, Is.Zero);
        AssertSameFiles(seedsOut.Path, copyOut.Path, "for a copy of seeds/ created in reverse order");
    }

    [Test]
    public void BuildingTwiceGivesByteIdenticalFiles()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        CliHarness.Build([CliHarness.Seeds], a.Path, "--no-svg", "-q");
        CliHarness.Build([CliHarness.Seeds], b.Path, "--no-svg", "-q");
        AssertSameFiles(a.Path, b.Path, "between two builds");
    }
}
