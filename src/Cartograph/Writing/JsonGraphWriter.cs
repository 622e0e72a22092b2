using System.Text.Json;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes networkx node-link JSON (<c>networkx.node_link_graph(data, edges="edges")</c>; on networkx 2.8
/// <c>link="edges"</c>). Shape is described by <c>schemas/graph.schema.json</c>.
/// <para>
/// The layout is fixed, so it is streamed as UTF-8 directly: the bytes are exactly what
/// <see cref="Utf8JsonWriter"/> wrote (indented by two spaces, LF, relaxed escaping that keeps non-ASCII
/// such as "O(N²)" readable), at several times its speed on million-edge graphs. String escaping is
/// <see cref="JsonStrings"/>; the equivalence tests compare against the Utf8JsonWriter version.
/// </para>
/// </summary>
public static class JsonGraphWriter
{
    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream)
    {
        var ordered = graph.Ordered();
        var (nodes, edges) = (ordered.Vertices, ordered.Edges);
        var sink = new Utf8Sink(stream);
        using var strings = new JsonStrings();
        var ids = new NodeTokens(nodes.Length);

        sink.Write("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"name\": "u8);
        strings.Write(sink, meta.Name);
        sink.Write(",\n    \"document_count\": "u8);
        sink.WriteInt(meta.DocumentCount);
        sink.Write(",\n    \"generator\": "u8);
        strings.Write(sink, meta.Generator);
        sink.Write(",\n    \"generator_version\": "u8);
        strings.Write(sink, meta.GeneratorVersion);
        sink.Write("\n  },\n  \"nodes\": ["u8);

        int touched = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (i % NodeBlock.Capacity == 0) touched ^= NodeBlock.Touch(nodes, i, Math.Min(NodeBlock.Capacity, nodes.Length - i));
            var node = nodes[i];
            sink.Write(i == 0 ? "\n    {\n      \"id\": "u8 : ",\n    {\n      \"id\": "u8);
            strings.Write(ids.Begin(), node.Id);
            sink.Write(ids.End());
            sink.Write(",\n      \"label\": "u8);
            strings.Write(sink, node.Label);
            sink.Write(",\n      \"entity_type\": \""u8);
            sink.Write(EnumNames.Of(node.Type));
            sink.Write("\",\n      \"aliases\": "u8);
            WriteStrings(sink, strings, node.AliasesIfAny);
            sink.Write(",\n      \"mentions\": "u8);
            sink.WriteInt(node.Mentions);
            sink.Write(",\n      \"documents\": "u8);
            WriteStrings(sink, strings, node.DocumentsIfAny);
            sink.Write(",\n      \"evidence\": "u8);
            WriteEvidence(sink, strings, node.EvidenceIfAny);
            sink.Write("\n    }"u8);
        }
        sink.Write(nodes.Length == 0 ? "],\n  \"edges\": ["u8 : "\n  ],\n  \"edges\": ["u8);

        var block = new EdgeBlock();
        for (int from = 0; from < edges.Length; from += EdgeBlock.Capacity)
        {
            int count = Math.Min(EdgeBlock.Capacity, edges.Length - from);
            block.Load(ordered, ids, from, count);
            for (int k = 0; k < count; k++)
            {
                int i = from + k;
                var relation = EnumNames.Of(block.Relations[k]);
                sink.Write(i == 0 ? "\n    {\n      \"source\": "u8 : ",\n    {\n      \"source\": "u8);
                sink.Write(ids[ordered.Source(i)]);
                sink.Write(",\n      \"target\": "u8);
                sink.Write(ids[ordered.Target(i)]);
                sink.Write(",\n      \"key\": \""u8); // the key is the relation name (Edge.Key)
                sink.Write(relation);
                sink.Write("\",\n      \"relation\": \""u8);
                sink.Write(relation);
                sink.Write("\",\n      \"weight\": "u8);
                sink.WriteInt(block.Weights[k]);
                sink.Write(",\n      \"evidence\": "u8);
                WriteEvidence(sink, strings, block.Evidence[k]);
                sink.Write("\n    }"u8);
            }
        }
        sink.Write(edges.Length == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8);
        sink.Flush();
        GC.KeepAlive(touched ^ block.Touched);
    }

    private static void WriteStrings(Utf8Sink sink, JsonStrings strings, SortedSet<string>? values)
    {
        if (values is null)
        {
            sink.Write("[]"u8);
            return;
        }
        bool first = true;
        foreach (var v in SetItems.Of(values))
        {
            sink.Write(first ? "[\n        "u8 : ",\n        "u8);
            strings.Write(sink, v);
            first = false;
        }
        sink.Write("\n      ]"u8);
    }

    private static void WriteEvidence(Utf8Sink sink, JsonStrings strings, SortedSet<Evidence>? evidence)
    {
        if (evidence is null)
        {
            sink.Write("[]"u8);
            return;
        }
        bool first = true;
        foreach (var e in SetItems.Of(evidence))
        {
            sink.Write(first ? "[\n        {\n          \"document\": "u8 : ",\n        {\n          \"document\": "u8);
            strings.Write(sink, e.Document);
            sink.Write(",\n          \"line\": "u8);
            sink.WriteInt(e.Line);
            sink.Write(",\n          \"speaker\": "u8);
            if (e.Speaker is null) sink.Write("null"u8);
            else strings.Write(sink, e.Speaker);
            sink.Write(",\n          \"quote\": "u8);
            strings.Write(sink, e.Quote);
            sink.Write("\n        }"u8);
            first = false;
        }
        sink.Write("\n      ]"u8);
    }
}
