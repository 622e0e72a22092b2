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
    /// Graphviz's fdp engine and its edge router place things a little differently from one run to the next (the same
    /// graph.dot, rendered three times, gave three files), so the committed SVG is compared on everything but its
    /// coordinates: the same nodes, edges, labels and tooltips in the same order, i.e. rendered from this graph.dot.
    /// </summary>
    [Test]
    public void CommittedSvgEqualsAFreshRenderBarCoordinatesWhenGraphvizIsInstalled()
    {
        if (!CliHarness.DotInstalled) Assert.Fail($"Graphviz 'dot' is not on PATH: {ExternalProcess.InstallHint}.");
        using var tmp = new TempDir();
        var r = CliHarness.Build([CliHarness.Seeds], tmp.Path, "--quiet");
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        string committed = Path.Combine(CliHarness.CommittedOut, GraphWriters.SvgFile);
        Assert.That(File.Exists(committed), Is.True, Stale);
        string fresh = WithoutCoordinates(File.ReadAllText(tmp.File(GraphWriters.SvgFile)));
        Assert.That(fresh, Does.Contain("<title>paper:talkverse</title>"), "the fresh SVG must hold the map's nodes");
        Assert.That(fresh, Is.EqualTo(WithoutCoordinates(File.ReadAllText(committed))), $"{GraphWriters.SvgFile}: {Stale}");
    }

    // a path's or polygon's point list (whose length varies with the route), then every other number
    private static string WithoutCoordinates(string svg) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(svg, " (d|points)=\"[^\"]*\"", " $1=\"\""), "-?[0-9]+(\\.[0-9]+)?", "#");
}
