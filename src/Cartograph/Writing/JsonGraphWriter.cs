using System.Text.Json;
using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes networkx node-link JSON (<c>networkx.node_link_graph(data, edges="edges")</c>; on networkx 2.8
/// <c>link="edges"</c>). Shape is described by <c>schemas/graph.schema.json</c>.
/// <para>
/// The layout is fixed, so it is streamed as UTF-8 directly: the bytes are exactly what
/// <see cref="Utf8JsonWriter"/> wrote (indented by two spaces, LF, relaxed escaping that keeps non-ASCII
/// such as "O(N²)" readable), much faster (with the rest of this folder, 1M nodes and 5M edges went
/// from 17 s to about 2 s; see bench/RESULTS.md). String escaping is <see cref="JsonStrings"/>; the
/// equivalence tests compare against the Utf8JsonWriter version.
/// </para>
/// </summary>
public static class JsonGraphWriter
{
    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream) => Write(graph, meta, stream, ChunkSizes.Default);

    internal static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream, ChunkSizes chunks)
    {
        var ordered = graph.Ordered();
        var (nodes, edges) = (ordered.Vertices, ordered.Edges);
        var analytics = GraphAnalytics.Of(ordered);
        var sink = new Utf8Sink(stream);
        using var strings = new JsonStrings();
        var ids = new NodeTokens(nodes.Length, chunks.Nodes);

        sink.Write("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"name\": "u8);
        strings.Write(sink, meta.Name);
        sink.Write(",\n    \"document_count\": "u8);
        sink.WriteInt(meta.DocumentCount);
        if (meta.PartialDigest is { } digest)
        {
            sink.Write(",\n    \"partial_digest\": "u8);
            strings.Write(sink, digest);
        }
        sink.Write(",\n    \"generator\": "u8);
        strings.Write(sink, meta.Generator);
        sink.Write(",\n    \"generator_version\": "u8);
        strings.Write(sink, meta.GeneratorVersion);
        sink.Write("\n  },\n  \"nodes\": ["u8);

        ParallelChunks.Nodes(sink, nodes, chunks.Nodes, ids, (state, sink, i, tokens) =>
        {
            if (i > 0) sink.Write((byte)',');
            WriteNode(sink, state.Strings, nodes[i], analytics, i, tokens);
        });
        sink.Write(nodes.Length == 0 ? "],\n  \"edges\": ["u8 : "\n  ],\n  \"edges\": ["u8);

        ParallelChunks.Edges(sink, ordered, ids, chunks.Edges, (state, sink, i, block, k) =>
        {
            if (i > 0) sink.Write((byte)',');
            WriteEdge(sink, state.Strings, ids[ordered.Source(i)], ids[ordered.Target(i)], block.Relations[k], block.Weights[k], block.Rules[k], block.Evidence[k]);
        });
        sink.Write(edges.Length == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8);
        sink.Flush();
    }

    // Everything between two variable parts that depends only on the type or relation, as one block.
    private static readonly byte[][] s_typeRuns = EnumTables.ForTypes(t => $",\n      \"entity_type\": \"{t.Name()}\",\n      \"aliases\": ");
    private static readonly byte[][] s_relationRuns =
        EnumTables.ForRelations(r => $",\n      \"key\": \"{r.Name()}\",\n      \"relation\": \"{r.Name()}\",\n      \"weight\": "); // key = Edge.Key
    private static readonly RuleTable s_ruleRuns = new(rules => ",\n      \"rules\": "
        + (rules == RelationOrigin.Unrecorded ? "[]" : "[\n        \"" + rules.Names("\",\n        \"") + "\"\n      ]")
        + ",\n      \"evidence\": ");

    private static void WriteNode(Utf8Sink sink, JsonStrings strings, Node node, GraphAnalytics analytics, int index, NodeTokens.Part ids)
    {
        sink.Write("\n    {\n      \"id\": "u8);
        strings.Write(ids.Begin(), node.Id);
        sink.Write(ids.End());
        sink.Write(",\n      \"label\": "u8);
        strings.Write(sink, node.Label);
        sink.Write(s_typeRuns[(int)node.Type]);
        WriteStrings(sink, strings, node.AliasesIfAny);
        sink.Write(",\n      \"mentions\": "u8);
        sink.WriteInt(node.Mentions);
        sink.Write(",\n      \"degree\": "u8);
        sink.WriteInt(analytics.Degree[index]);
        sink.Write(",\n      \"pagerank\": "u8);
        AnalyticsNumbers.WritePageRank(sink, analytics.PageRank[index]);
        sink.Write(",\n      \"component\": "u8);
        sink.WriteInt(analytics.Component[index]);
        sink.Write(",\n      \"community\": "u8);
        sink.WriteInt(analytics.Community[index]);
        sink.Write(",\n      \"documents\": "u8);
        WriteStrings(sink, strings, node.DocumentsIfAny);
        sink.Write(",\n      \"evidence\": "u8);
        WriteEvidence(sink, strings, node.EvidenceIfAny);
        sink.Write("\n    }"u8);
    }

    private static void WriteEdge(Utf8Sink sink, JsonStrings strings, ReadOnlySpan<byte> source, ReadOnlySpan<byte> target,
        Relation relation, int weight, RelationOrigin rules, EvidenceSet? evidence)
    {
        sink.Write("\n    {\n      \"source\": "u8);
        sink.Write(source);
        sink.Write(",\n      \"target\": "u8);
        sink.Write(target);
        sink.Write(s_relationRuns[(int)relation]);
        sink.WriteInt(weight);
        sink.Write(s_ruleRuns[rules]);
        WriteEvidence(sink, strings, evidence);
        sink.Write("\n    }"u8);
    }

    private static void WriteStrings(Utf8Sink sink, JsonStrings strings, SortedStrings? values)
    {
        if (values is null)
        {
            sink.Write("[]"u8);
            return;
        }
        bool first = true;
        foreach (var v in values.Items)
        {
            sink.Write(first ? "[\n        "u8 : ",\n        "u8);
            strings.Write(sink, v);
            first = false;
        }
        sink.Write("\n      ]"u8);
    }

    private static void WriteEvidence(Utf8Sink sink, JsonStrings strings, EvidenceSet? evidence)
    {
        if (evidence is null)
        {
            sink.Write("[]"u8);
            return;
        }
        bool first = true;
        foreach (var e in evidence.Items)
        {
            sink.Write(first ? "[\n        {\n          \"document\": "u8 : ",\n        {\n          \"document\": "u8);
            strings.Write(sink, e.Document);
            sink.Write(",\n          \"line\": "u8);
            sink.WriteInt(e.Line);
            sink.Write(",\n          \"speaker\": "u8);
            if (e.Speaker is null) sink.Write("null"u8);
            else strings.Write(sink, e.Speaker);
            sink.Write(",\n          \"quote\": "u8);
            if (!JsonStrings.TryWritePlain(sink, e.Utf8Quote)) strings.Write(sink, e.Quote);
            sink.Write("\n        }"u8);
            first = false;
        }
        sink.Write("\n      ]"u8);
    }
}
