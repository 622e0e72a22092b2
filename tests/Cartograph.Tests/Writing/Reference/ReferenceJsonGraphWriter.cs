using System.Text.Encodings.Web;
using System.Text.Json;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing.Reference;

// The writer as it was before the streaming UTF-8 rewrite (commit d2a2508), on XmlWriter/Utf8JsonWriter/StreamWriter.
// Kept unchanged as the oracle: the fast writers must produce exactly these bytes (WriterEquivalenceTests).

/// <summary>
/// Writes networkx node-link JSON (<c>networkx.node_link_graph(data, edges="edges")</c>; on networkx 2.8
/// <c>link="edges"</c>). Streams with <see cref="Utf8JsonWriter"/>, so memory stays flat for large graphs.
/// Shape is described by <c>schemas/graph.schema.json</c>.
/// </summary>
internal static class ReferenceJsonGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // keep non-ASCII (e.g. "O(N²)") readable; quotes, backslashes and control characters are still escaped
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true, // the structure is fixed by this code; validation costs time on millions of elements
    };

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteBoolean("directed", true);
        json.WriteBoolean("multigraph", true);

        json.WriteStartObject("graph");
        json.WriteString("name", Clean(meta.Name));
        json.WriteNumber("document_count", meta.DocumentCount);
        json.WriteString("generator", Clean(meta.Generator));
        json.WriteString("generator_version", Clean(meta.GeneratorVersion));
        json.WriteEndObject();

        json.WriteStartArray("nodes");
        var analytics = GraphAnalytics.Of(graph);
        int index = 0;
        foreach (var node in graph.Vertices)
        {
            json.WriteStartObject();
            json.WriteString("id", Clean(node.Id));
            json.WriteString("label", Clean(node.Label));
            json.WriteString("entity_type", node.Type.Name());
            WriteStrings(json, "aliases", node.Aliases);
            json.WriteNumber("mentions", node.Mentions);
            json.WriteNumber("degree", analytics.Degree[index]);
            json.WritePropertyName("pagerank");
            json.WriteRawValue(PageRankText(analytics.PageRank[index]), skipInputValidation: true);
            json.WriteNumber("component", analytics.Component[index]);
            json.WriteNumber("community", analytics.Community[index]);
            index++;
            WriteStrings(json, "documents", node.Documents);
            WriteEvidence(json, node.Evidence);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16) json.Flush(); // bounded buffer on huge graphs
        }
        json.WriteEndArray();

        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("source", Clean(edge.Source));
            json.WriteString("target", Clean(edge.Target));
            json.WriteString("key", edge.Key);
            json.WriteString("relation", edge.Relation.Name());
            json.WriteNumber("weight", edge.Weight);
            json.WriteStartArray("rules");
            foreach (var rule in edge.Rules.Each()) json.WriteStringValue(rule.Name());
            json.WriteEndArray();
            WriteEvidence(json, edge.Evidence);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16) json.Flush();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, SortedStrings values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(Clean(v));
        json.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter json, EvidenceSet evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("document", Clean(e.Document));
            json.WriteNumber("line", e.Line);
            if (e.Speaker is null) json.WriteNull("speaker");
            else json.WriteString("speaker", Clean(e.Speaker));
            json.WriteString("quote", Clean(e.Quote));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    // Same character rule as GraphML/DOT so all three files agree on every string (and lone surrogates cannot throw).
    private static string Clean(string s) => TextCleaner.Clean(s);

    // six significant digits; a whole number keeps ".0" so it still reads as a float
    private static string PageRankText(double value) =>
        value.ToString(value == Math.Floor(value) ? "0.0" : "G6", System.Globalization.CultureInfo.InvariantCulture);
}
