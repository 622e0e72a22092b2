using NUnit.Framework;
using System.Text;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>
/// Writes the nasty graph and loads every file with the real consumers (xmllint + GraphML XSD, networkx,
/// igraph, graphology, jsonschema, Graphviz). A missing tool fails the test with a pointer to
/// scripts/install-test-deps.sh rather than skipping it.
/// </summary>
[TestFixture]
[NonParallelizable] // Graphviz and Python are CPU-heavy; the machine is small
public sealed class ConsumerTests
{
    private const string Python = "/usr/bin/python3"; // Debian's, which has networkx/igraph/jsonschema; not whatever python3 is on PATH
    private TempDir _dir = null!;
    private GraphWriteResult _result = null!;
    private int _nodes;
    private int _edges;

    [OneTimeSetUp]
    public void WriteNastyGraph()
    {
        _dir = new TempDir();
        var graph = TestGraphs.Nasty();
        _nodes = graph.VertexCount;
        _edges = graph.EdgeCount;
        _result = GraphWriters.WriteAll(graph, TestGraphs.Meta, _dir.Path);
    }

    [OneTimeTearDown]
    public void Cleanup() => _dir.Dispose();

    [Test]
    public void WriteAllWritesEveryFormatWithoutWarnings()
    {
        ExternalProcess.RequireOnPath("dot");
        Assert.That(_result.Warnings, Is.Empty);
        Assert.That(_result.Files.Select(Path.GetFileName),
            Is.EqualTo(new[] { "graph.graphml", "graph.dot", "graph.json", "graph.html", "graph.svg" }));
        Assert.That(Directory.GetFiles(_dir.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty, "temp files left behind");
    }

    [Test]
    public void GraphMlIsValidAgainstTheXsd()
    {
        string xmllint = ExternalProcess.Require("/usr/bin/xmllint");
        Assert.That(File.Exists(RepoPaths.GraphMlXsd), $"GraphML XSD not found at {RepoPaths.GraphMlXsd} (set CARTOGRAPH_GRAPHML_XSD)");
        var r = ExternalProcess.Run(xmllint, ["--noout", "--schema", RepoPaths.GraphMlXsd, _dir.File("graph.graphml")]);
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr.Trim(), Does.EndWith("validates"), r.ToString());
    }

    [Test]
    public void GraphMlHasNoEmptyDataAndNoIllegalCharacters()
    {
        string text = File.ReadAllText(_dir.File("graph.graphml"), Encoding.UTF8);
        Assert.That(text, Does.Not.Contain("<data key=\"aliases\" />").And.Not.Contain("<data key=\"aliases\"></data>"));
        Assert.That(text, Does.Not.Match("<data [^>]*/>"));
        Assert.That(text, Does.Not.Contain("\u0001").And.Not.Contain("\u0007"));
        Assert.That(text, Does.Not.Contain("<default"));
        Assert.That(File.ReadAllBytes(_dir.File("graph.graphml"))[0], Is.EqualTo((byte)'<'), "no BOM");
        Assert.That(text, Does.Not.Contain("\r\n"));
    }

    [Test]
    public void NetworkxAndIgraphLoadTheGraphMl()
    {
        string py = ExternalProcess.Require(Python);
        ExternalProcess.RunClean(py, Path.Combine(RepoPaths.Consumers, "check_graphml.py"), _dir.File("graph.graphml"), _dir.File("graph.json"));
    }

    [Test]
    public void NetworkxAndJsonSchemaAcceptTheJson()
    {
        string py = ExternalProcess.Require(Python);
        ExternalProcess.RunClean(py, Path.Combine(RepoPaths.Consumers, "check_json.py"), _dir.File("graph.json"), RepoPaths.JsonSchema);
    }

    [Test]
    public void GraphologyLoadsTheGraphMl()
    {
        string node = ExternalProcess.RequireOnPath("node");
        Assert.That(Directory.Exists(Path.Combine(RepoPaths.Consumers, "node_modules", "graphology-graphml")),
            $"npm packages missing in tests/consumers: {ExternalProcess.InstallHint}");
        ExternalProcess.RunClean(node, Path.Combine(RepoPaths.Consumers, "check_graphology.mjs"), _dir.File("graph.graphml"),
            _nodes.ToString(System.Globalization.CultureInfo.InvariantCulture), _edges.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase("dot")]
    [TestCase("sfdp")]
    public void GraphvizRendersTheDotWithoutWarnings(string engine)
    {
        string exe = ExternalProcess.RequireOnPath(engine);
        string svg = _dir.File(engine + ".svg");
        ExternalProcess.RunClean(exe, "-Tsvg", "-o", svg, _dir.File("graph.dot"));
        string xmllint = ExternalProcess.Require("/usr/bin/xmllint");
        ExternalProcess.RunClean(xmllint, "--noout", "--nonet", svg);

        // The escaping reached Graphviz intact: literal backslash-N, not the node name; & stays literal.
        string text = File.ReadAllText(svg);
        Assert.That(text, Does.Contain("C:\\path\\N \\G \\\\ end\\"), "label escapes were expanded by Graphviz");
        Assert.That(text, Does.Contain("xlink:title=\"organization: C:\\path\\N \\G \\\\ end\\&#10;"), "tooltip escapes were expanded by Graphviz");
        Assert.That(text, Does.Contain("&amp;amp; done"), "HTML entity in a label was decoded by Graphviz");
        Assert.That(text, Does.Contain("O(N²) attention"));
    }

    [Test]
    public void DotStaysFastOnAFewHundredNodes()
    {
        string dot = ExternalProcess.RequireOnPath("dot");
        using var dir = new TempDir();
        var graph = ScaleGraph.Build(nodes: 320, edgesPerNode: 3);
        AtomicFile.Write(dir.File("big.dot"), s => DotWriter.Write(graph, TestGraphs.Meta, s));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = ExternalProcess.Run(dot, ["-Tsvg", "-o", dir.File("big.svg"), dir.File("big.dot")], TimeSpan.FromSeconds(60));
        Assert.That(r.ExitCode, Is.Zero, r.ToString());
        Assert.That(r.StdErr.Trim(), Is.Empty, r.ToString());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "plain `dot -Tsvg` should only draw the positions written and finish in seconds");
    }
}
