using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes <c>graph.html</c>: the explorer, one self-contained page that opens from disk with no network. The page
/// template, its script and the graph library (cytoscape.js, vendored by scripts/vendor-explorer-library.sh and
/// credited in NOTICE) are embedded in this assembly and inlined; the graph goes in as JSON with a precomputed
/// layout (<see cref="ExplorerLayout"/>).
/// <para>
/// Escaping: the JSON is written with the default JavaScript encoder, which writes <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, quotes and every non-ASCII character as <c>\uXXXX</c>, so no text of the graph can close the
/// script element it sits in; the page's script puts text on the page only through <c>textContent</c>.
/// </para>
/// <para>
/// Past <see cref="MaxNodes"/> nodes the page shows the top ones by PageRank and says so: a canvas renderer
/// stays responsive at that size, and the whole graph is in graph.json and graph.graphml.
/// </para>
/// </summary>
public static class GraphHtmlWriter
{
    public const int MaxNodes = 2_000;
    private const int MaxQuotesPerEdge = 5;

    private static readonly Lazy<string> s_template = new(() => Resource("explorer.html"));
    private static readonly Lazy<string> s_app = new(() => Resource("explorer.js"));
    private static readonly Lazy<string> s_library = new(() => Resource("cytoscape.min.js"));

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream)
    {
        var ordered = graph.Ordered();
        var analytics = GraphAnalytics.Of(ordered);
        var shown = MapSelection.Of(ordered, analytics, new DotMapOptions(KeepIsolated: true, MaxNodes: MaxNodes));
        var positions = ExplorerLayout.Place(ordered, analytics, shown.Nodes, shown.Edges);

        string template = s_template.Value;
        var (beforeData, afterData) = Split(template, "/*CARTOGRAPH:DATA*/");
        var (beforeLibrary, rest) = Split(afterData, "/*CARTOGRAPH:LIBRARY*/");
        var (beforeApp, afterApp) = Split(rest, "/*CARTOGRAPH:APP*/");

        var utf8 = new UTF8Encoding(false);
        stream.Write(utf8.GetBytes(beforeData));
        stream.Flush();
        WriteData(stream, graph, meta, ordered, analytics, shown, positions);
        stream.Write(utf8.GetBytes(beforeLibrary));
        stream.Write(utf8.GetBytes(s_library.Value));
        stream.Write(utf8.GetBytes(beforeApp));
        stream.Write(utf8.GetBytes(s_app.Value));
        stream.Write(utf8.GetBytes(afterApp));
    }

    private static void WriteData(Stream stream, KnowledgeGraph graph, GraphMetadata meta, OrderedGraph ordered, GraphAnalytics analytics,
        MapSelection shown, (double X, double Y)[] positions)
    {
        // JavaScriptEncoder.Default escapes <, >, &, ' and all non-ASCII: the JSON cannot end the <script> element
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, SkipValidation = false });
        var c = CultureInfo.InvariantCulture;
        json.WriteStartObject();
        json.WriteString("title", $"{TextCleaner.Clean(meta.Name)}: {graph.VertexCount.ToString("N0", c)} entities, {graph.EdgeCount.ToString("N0", c)} relations from {meta.DocumentCount.ToString("N0", c)} documents");
        json.WriteString("note", shown.CutByRank > 0
            ? $"Showing the {shown.Nodes.Length.ToString("N0", c)} entities with the highest PageRank of {graph.VertexCount.ToString("N0", c)}, and the relations between them; the whole graph is in graph.json and graph.graphml."
            : "");
        json.WriteStartArray("types");
        foreach (var t in EntityTypeNames.All)
        {
            json.WriteStartObject();
            json.WriteString("name", t.Name());
            json.WriteString("color", EntityStyles.For(t).Hex);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var r in RelationNames.All)
        {
            var style = EntityStyles.For(r);
            json.WriteStartObject();
            json.WriteString("name", r.Name());
            json.WriteString("color", style.Color);
            json.WriteString("style", style.DotStyle);
            json.WriteBoolean("symmetric", r.IsSymmetric());
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var slot = new Dictionary<int, int>(shown.Nodes.Length);
        json.WriteStartArray("nodes");
        for (int i = 0; i < shown.Nodes.Length; i++)
        {
            int v = shown.Nodes[i];
            slot[v] = i;
            var node = ordered.Vertices[v];
            json.WriteStartObject();
            json.WriteString("id", TextCleaner.Clean(node.Id));
            json.WriteString("label", TextCleaner.Clean(node.Label));
            json.WriteNumber("type", (int)node.Type);
            WriteStrings(json, "aliases", node.AliasesIfAny);
            WriteStrings(json, "documents", node.DocumentsIfAny);
            json.WriteNumber("mentions", node.Mentions);
            json.WriteNumber("degree", analytics.Degree[v]);
            json.WritePropertyName("pagerank");
            json.WriteRawValue(analytics.PageRank[v].ToString(AnalyticsNumbers.PageRankFormat, c));
            json.WriteNumber("community", analytics.Community[v]);
            json.WriteNumber("x", positions[i].X);
            json.WriteNumber("y", positions[i].Y);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16) json.Flush();
        }
        json.WriteEndArray();

        json.WriteStartArray("edges");
        foreach (int e in shown.Edges)
        {
            var edge = ordered.Edges[e];
            json.WriteStartObject();
            json.WriteNumber("source", slot[ordered.Source(e)]);
            json.WriteNumber("target", slot[ordered.Target(e)]);
            json.WriteNumber("relation", (int)edge.Relation);
            json.WriteNumber("weight", edge.Weight);
            json.WriteStartArray("rules");
            foreach (var rule in edge.Rules.Each()) json.WriteStringValue(rule.Name());
            json.WriteEndArray();
            json.WriteStartArray("quotes");
            int written = 0, total = 0;
            if (edge.EvidenceIfAny is { } evidence)
            {
                total = evidence.Count;
                foreach (var q in evidence.Items)
                {
                    if (written == MaxQuotesPerEdge) break;
                    json.WriteStartObject();
                    json.WriteString("document", TextCleaner.Clean(q.Document));
                    json.WriteNumber("line", q.Line);
                    if (q.Speaker is null) json.WriteNull("speaker");
                    else json.WriteString("speaker", TextCleaner.Clean(q.Speaker));
                    json.WriteString("quote", TextCleaner.Clean(q.Quote));
                    json.WriteEndObject();
                    written++;
                }
            }
            json.WriteEndArray();
            json.WriteNumber("more", total - written);
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16) json.Flush();
        }
        json.WriteEndArray();

        // the largest communities shown, each named by its members with the highest PageRank, for the legend
        json.WriteStartArray("communities");
        foreach (var group in shown.Nodes.GroupBy(v => analytics.Community[v]).Where(g => g.Count() > 1).OrderBy(g => g.Key).Take(50))
        {
            json.WriteStartObject();
            json.WriteNumber("id", group.Key);
            json.WriteNumber("size", group.Count());
            json.WriteStartArray("members");
            foreach (int v in group.OrderByDescending(v => analytics.PageRank[v]).ThenBy(v => v).Take(3))
                json.WriteStringValue(TextCleaner.Clean(ordered.Vertices[v].Label));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, SortedStrings? values)
    {
        json.WriteStartArray(name);
        if (values is not null)
            foreach (var v in values.Items) json.WriteStringValue(TextCleaner.Clean(v));
        json.WriteEndArray();
    }

    private static (string Before, string After) Split(string text, string marker)
    {
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"The explorer template lacks {marker}.");
        return (text[..at], text[(at + marker.Length)..]);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(GraphHtmlWriter).Assembly.GetManifestResourceStream("Cartograph.Explorer." + name)
            ?? throw new InvalidOperationException($"The explorer resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
