using NUnit.Framework;
using Cartograph.Graph;
using Cartograph.Tests.Writing.Reference;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>
/// The streaming writers must write exactly the bytes the XmlWriter / Utf8JsonWriter
/// versions wrote (kept under Reference/), on small graphs, a nasty graph, a scale graph and fuzz graphs
/// that push every BMP character and broken surrogates through each escaper.
/// </summary>
[TestFixture]
public sealed class WriterEquivalenceTests
{
    // named by the first argument only: the fuzz metadata holds lone surrogates, which test names cannot carry
    public static IEnumerable<TestCaseData> Graphs()
    {
        yield return new TestCaseData("tiny", (Func<KnowledgeGraph>)TestGraphs.Tiny, TestGraphs.Meta).SetArgDisplayNames("tiny");
        yield return new TestCaseData("nasty", (Func<KnowledgeGraph>)(() => TestGraphs.Nasty()), TestGraphs.Meta).SetArgDisplayNames("nasty");
        yield return new TestCaseData("empty", (Func<KnowledgeGraph>)(() => new KnowledgeGraph()), new GraphMetadata("", 0, "", "")).SetArgDisplayNames("empty");
        yield return new TestCaseData("scale", (Func<KnowledgeGraph>)(() => ScaleGraph.Build(3000, 4)), TestGraphs.Meta).SetArgDisplayNames("scale");
        yield return new TestCaseData("fuzz1", (Func<KnowledgeGraph>)(() => FuzzGraph.Build(1)), FuzzGraph.Meta).SetArgDisplayNames("fuzz1");
        yield return new TestCaseData("fuzz2", (Func<KnowledgeGraph>)(() => FuzzGraph.Build(2, randomNodes: 2000, edgesPerNode: 5)), FuzzGraph.Meta).SetArgDisplayNames("fuzz2");
    }

    [TestCaseSource(nameof(Graphs))]
    public void GraphMlMatchesXmlWriterVersion(string name, Func<KnowledgeGraph> graph, GraphMetadata meta) =>
        AssertSameBytes(name + ".graphml", s => ReferenceGraphMlWriter.Write(graph(), meta, s), s => GraphMlWriter.Write(graph(), meta, s));

    [TestCaseSource(nameof(Graphs))]
    public void JsonMatchesUtf8JsonWriterVersion(string name, Func<KnowledgeGraph> graph, GraphMetadata meta) =>
        AssertSameBytes(name + ".json", s => ReferenceJsonGraphWriter.Write(graph(), meta, s), s => JsonGraphWriter.Write(graph(), meta, s));

    // Tiny chunks push these small graphs through the parallel path: many chunks, several waves, chunk
    // boundaries inside runs of parallel edges and at the first element (separators, edge numbers).
    private static readonly ChunkSizes Tiny = new(4, 8);

    [TestCaseSource(nameof(Graphs))]
    public void ChunkedGraphMlMatchesXmlWriterVersion(string name, Func<KnowledgeGraph> graph, GraphMetadata meta) =>
        AssertSameBytes(name + ".graphml", s => ReferenceGraphMlWriter.Write(graph(), meta, s), s => GraphMlWriter.Write(graph(), meta, s, Tiny));

    [TestCaseSource(nameof(Graphs))]
    public void ChunkedJsonMatchesUtf8JsonWriterVersion(string name, Func<KnowledgeGraph> graph, GraphMetadata meta) =>
        AssertSameBytes(name + ".json", s => ReferenceJsonGraphWriter.Write(graph(), meta, s), s => JsonGraphWriter.Write(graph(), meta, s, Tiny));

    [Test]
    public void ChunkedWritesThroughAtomicFileMatch()
    {
        var graph = FuzzGraph.Build(5, randomNodes: 3000, edgesPerNode: 6);
        using var dir = new TempDir();
        string path = dir.File("g.json");
        AtomicFile.Write(path, s => JsonGraphWriter.Write(graph, FuzzGraph.Meta, s, Tiny));
        var expected = new MemoryStream();
        ReferenceJsonGraphWriter.Write(graph, FuzzGraph.Meta, expected);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected.ToArray()));
    }

    private static void AssertSameBytes(string what, Action<Stream> reference, Action<Stream> fast)
    {
        var expected = new MemoryStream();
        reference(expected);
        var actual = new MemoryStream();
        fast(actual);
        byte[] e = expected.ToArray(), a = actual.ToArray();
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        if (i == e.Length && i == a.Length) return;
        int from = Math.Max(0, i - 80);
        Assert.Fail($"{what}: first difference at byte {i} of {e.Length} (expected) / {a.Length} (actual)\n" +
            $"expected: {Context(e, from, i)}\nactual:   {Context(a, from, i)}");
    }

    private static string Context(byte[] bytes, int from, int at) =>
        System.Text.Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, at + 80) - from).Replace("\n", "⏎");
}
