using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Cli;

/// <summary>The committed out/ folder is what building seeds/ gives today.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CommittedOutTests
{
    private static readonly string Stale = $"out/ is stale: run {CliHarness.ReadmeBuildCommand}";

    [TestCase(GraphWriters.GraphMlFile)]
    [TestCase(GraphWriters.DotFile)]
    [TestCase(GraphWriters.JsonFile)]
    [TestCase(GraphWriters.HtmlFile)]
    public void CommittedOutputEqualsAFreshBuildOfSeeds(string file)
    {
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.Path, "--no-svg", "--quiet");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        string committed = Path.Combine(CliHarness.CommittedOut, file);
        Assert.That(File.Exists(committed), Is.True, Stale);
        Assert.That(File.ReadAllBytes(tmp.File(file)), Is.EqualTo(File.ReadAllBytes(committed)), $"{file}: {Stale}");
    }

    /// <summary>
    /// The map's positions are ours (<see cref="MapLayout"/>) and Graphviz only draws them, so the committed picture
    /// must be byte for byte what rendering seeds/ gives today.
    /// </summary>
    [Test]
    public void CommittedSvgEqualsAFreshRenderOfSeedsByteForByte()
    {
        if (!CliHarness.DotInstalled) Assert.Fail($"Graphviz 'dot' is not on PATH: {ExternalProcess.InstallHint}.");
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.Path, "--quiet");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        string committed = Path.Combine(CliHarness.CommittedOut, GraphWriters.SvgFile);
        Assert.That(File.Exists(committed), Is.True, Stale);
        byte[] fresh = File.ReadAllBytes(tmp.File(GraphWriters.SvgFile));
        Assert.That(System.Text.Encoding.UTF8.GetString(fresh), Does.Contain("<title>paper:talkverse</title>"), "the fresh SVG must hold the map's nodes");
        Assert.That(fresh, Is.EqualTo(File.ReadAllBytes(committed)), $"{GraphWriters.SvgFile}: {Stale}");
    }
}
