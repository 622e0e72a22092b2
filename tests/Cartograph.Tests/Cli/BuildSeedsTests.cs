using Cartograph.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

[TestFixture]
[NonParallelizable] // captures the process-wide Console
public sealed class BuildSeedsTests
{
    [Test]
    public void BuildingSeedsExitsZeroAndWritesGraphmlDotJson()
    {
        using var tmp = new TempDir();
        string outDir = tmp.File("out");
        var r = CliHarness.Build([CliHarness.Seeds], outDir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        CliHarness.AssertValidOutputs(outDir);
    }

    [Test]
    public void BuildingSeedsWritesSvgWhenGraphvizIsInstalled()
    {
        using var tmp = new TempDir();
        string outDir = tmp.File("out");
        var r = CliHarness.Build([CliHarness.Seeds], outDir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        bool svg = File.Exists(Path.Combine(outDir, GraphWriters.SvgFile));
        Assert.That(svg, Is.EqualTo(CliHarness.DotInstalled), r.ToString());
    }

    [Test]
    public void NoSvgOptionWritesNoSvg()
    {
        using var tmp = new TempDir();
        string outDir = tmp.File("out");
        var r = CliHarness.Build([CliHarness.Seeds], outDir, "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(File.Exists(Path.Combine(outDir, GraphWriters.SvgFile)), Is.False);
    }

    [Test]
    public void SummaryListsDocumentsNodesPerTypeAndEdgesPerRelation()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.File("out"), "--no-svg");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        int seeds = CliHarness.SeedFiles().Length;
        Assert.That(r.StdOut, Does.Contain($"Read {seeds} of {seeds} documents"));
        Assert.That(r.StdOut, Does.Match(@"(?m)^Nodes: \d+"));
        foreach (var type in new[] { "paper", "technique", "organization", "product", "domain" })
            Assert.That(r.StdOut, Does.Match($@"(?m)^\s+{type}\s+\d+\s*$"), type);
        Assert.That(r.StdOut, Does.Match(@"(?m)^Edges: \d+"));
        foreach (var rel in new[] { "uses_technique", "applied_to", "developed_by", "competes_with" })
            Assert.That(r.StdOut, Does.Match($@"(?m)^\s+{rel}\s+\d+\s*$"), rel);
        Assert.That(r.StdOut, Does.Contain("graph.graphml").And.Contain("graph.dot").And.Contain("graph.json"));
    }

    [Test]
    public void SummaryCountsMatchTheJsonWritten()
    {
        using var tmp = new TempDir();
        string outDir = tmp.File("out");
        var r = CliHarness.Build([CliHarness.Seeds], outDir, "--no-svg");
        var json = CliHarness.ReadJson(outDir);
        Assert.That(r.StdOut, Does.Contain($"Nodes: {json.GetProperty("nodes").GetArrayLength()}"));
        Assert.That(r.StdOut, Does.Contain($"Edges: {json.GetProperty("edges").GetArrayLength()}"));
    }

    [Test]
    public void QuietPrintsNoSummary()
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.File("out"), "--no-svg", "--quiet");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.ToString());
        Assert.That(r.StdOut, Is.Empty);
    }

    [Test]
    public void BuildRunDirectlyMatchesTheCommandLine()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        CliHarness.Build([CliHarness.Seeds], a.Path, "--no-svg", "--quiet");
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        int rc;
        try
        {
            rc = BuildCommand.Run([CliHarness.Seeds], b.Path, threads: 1, noSvg: true, quiet: true);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
        Assert.That(rc, Is.EqualTo(ExitCodes.Success));
        foreach (var f in CliHarness.GraphFiles)
            Assert.That(File.ReadAllBytes(b.File(f)), Is.EqualTo(File.ReadAllBytes(a.File(f))), f);
    }
}
