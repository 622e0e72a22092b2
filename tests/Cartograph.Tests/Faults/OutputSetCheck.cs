using System.Text.Json;
using System.Xml.Linq;
using Cartograph.Partials;
using Cartograph.Tests.Cli;
using Cartograph.Tests.Writing;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Faults;

/// <summary>
/// What "the output folder is one whole, valid set" means, asserted: the four files of a build are there and come from
/// the same build (graph.json's document count and partial digest are the partial's end record; GraphML, DOT and JSON
/// hold the same nodes and edges), no document is lost, nothing is left staged, and, with <c>consumers</c>, xmllint
/// validates the GraphML against the XSD, networkx loads GraphML and JSON, and Graphviz parses the DOT.
/// </summary>
internal static class OutputSetCheck
{
    private const string Python = "/usr/bin/python3";

    public sealed record SetFacts(int Documents, string Digest, int Nodes, int Edges, string[] DocumentIds);

    public static SetFacts AssertWhole(string dir, int documents, bool consumers = false)
    {
        foreach (var f in new[] { GraphWriters.GraphMlFile, GraphWriters.DotFile, GraphWriters.JsonFile, PartialFormat.BuildFileName })
            Assert.That(File.Exists(Path.Combine(dir, f)), Is.True, $"{f} missing in {dir}");
        Assert.That(Directory.GetDirectories(dir, ".cartograph-*"), Is.Empty, "a staging folder was left in the output folder");
        Assert.That(Directory.GetFiles(dir, "*.tmp"), Is.Empty, "a temp file was left in the output folder");

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, GraphWriters.JsonFile)));
        var graph = json.RootElement.GetProperty("graph");
        int count = graph.GetProperty("document_count").GetInt32();
        string digest = graph.GetProperty("partial_digest").GetString()!;
        Assert.That(count, Is.EqualTo(documents), "documents in graph.json");
        var end = UpdateBase.PartialEnd(Path.Combine(dir, PartialFormat.BuildFileName));
        Assert.That((end.Documents, end.Digest), Is.EqualTo((count, digest)), "graph.partial.jsonl is not the one written with graph.json");
        var partialIds = File.ReadLines(Path.Combine(dir, PartialFormat.BuildFileName)).Skip(1).SkipLast(1)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.That(partialIds, Has.Length.EqualTo(documents), "document lines in the partial");

        int nodes = json.RootElement.GetProperty("nodes").GetArrayLength();
        int edges = json.RootElement.GetProperty("edges").GetArrayLength();
        var graphml = XDocument.Load(Path.Combine(dir, GraphWriters.GraphMlFile));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.That(graphml.Descendants(g + "node").Count(), Is.EqualTo(nodes), "GraphML and JSON are of different builds (nodes)");
        Assert.That(graphml.Descendants(g + "edge").Count(), Is.EqualTo(edges), "GraphML and JSON are of different builds (edges)");
        string dotText = File.ReadAllText(Path.Combine(dir, GraphWriters.DotFile));
        Assert.That(dotText, Does.Contain($": {nodes} entities, {edges} relations from {count} documents"), "DOT and JSON are of different builds");

        if (consumers) AssertConsumersAccept(dir);
        return new SetFacts(count, digest, nodes, edges, partialIds);
    }

    /// <summary>xmllint + the GraphML XSD (no --huge), networkx on GraphML and JSON, and Graphviz's parser (nop) on the DOT.</summary>
    public static void AssertConsumersAccept(string dir)
    {
        string xmllint = ExternalProcess.Require("/usr/bin/xmllint");
        var x = ExternalProcess.Run(xmllint, ["--noout", "--schema", RepoPaths.GraphMlXsd, Path.Combine(dir, GraphWriters.GraphMlFile)]);
        Assert.That(x.ExitCode, Is.Zero, "xmllint: " + x);
        string py = ExternalProcess.Require(Python);
        ExternalProcess.RunClean(py, "-c",
            "import json,sys,networkx as nx\n"
            + "g=nx.read_graphml(sys.argv[1]); d=json.load(open(sys.argv[2],encoding='utf-8'))\n"
            + "try: j=nx.node_link_graph(d, edges='edges')\n"
            + "except TypeError: j=nx.node_link_graph(d, link='edges')\n"
            + "assert g.number_of_nodes()==j.number_of_nodes()==len(d['nodes']), (g.number_of_nodes(), j.number_of_nodes())\n"
            + "assert g.number_of_edges()==j.number_of_edges()==len(d['edges'])\n",
            Path.Combine(dir, GraphWriters.GraphMlFile), Path.Combine(dir, GraphWriters.JsonFile));
        string nop = ExternalProcess.RequireOnPath("nop");
        var n = ExternalProcess.Run(nop, ["-p", Path.Combine(dir, GraphWriters.DotFile)]);
        Assert.That(n.ExitCode, Is.Zero, "Graphviz could not parse graph.dot: " + n.StdErr);
        Assert.That(n.StdErr, Is.Empty, "Graphviz: " + n.StdErr);
    }

    /// <summary>The bytes of every file of the set, to show a failed run changed nothing.</summary>
    public static Dictionary<string, byte[]> Snapshot(string dir) =>
        OutputSet.Files.Where(f => Path.Exists(Path.Combine(dir, f)))
            .ToDictionary(f => f, f => new FileInfo(Path.Combine(dir, f)) is { LinkTarget: { } target }
                ? System.Text.Encoding.UTF8.GetBytes("link to " + target) // (the unreadable case links to a file nobody may read)
                : Directory.Exists(Path.Combine(dir, f)) ? "a folder"u8.ToArray() : File.ReadAllBytes(Path.Combine(dir, f)));

    public static void AssertUnchanged(string dir, Dictionary<string, byte[]> before)
    {
        var after = Snapshot(dir);
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys), "the set of files changed");
        foreach (var (f, bytes) in before) Assert.That(after[f], Is.EqualTo(bytes), $"{f} changed");
        Assert.That(Directory.GetDirectories(dir, ".cartograph-staging-*"), Is.Empty, "the run left its staging folder");
    }
}
