using System.Globalization;
using System.Text;
using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes the Graphviz landscape map: the communities as shaded clusters (a map of topics), each node sized by
/// its PageRank, edges coloured and dashed by relation with their quotes in the SVG tooltips. The map shows at
/// most <see cref="DotMapOptions.MaxNodes"/> nodes (the top ones by PageRank) and leaves nodes without edges off
/// (<see cref="MapSelection"/>); the title says what was left off. So it is always small, and is written in one
/// sequential pass.
/// <para>
/// <c>layout=fdp</c> in the file makes a plain <c>dot -Tsvg</c> use the force-directed engine that draws
/// clusters. Up to <see cref="RoutedEdgesMaxNodes"/> nodes (the seeds' scale) edges are routed around the nodes
/// they do not join (<c>splines=true</c>); Graphviz's router grows much faster than linearly, so bigger maps use
/// straight edges, which keeps any map to seconds.
/// </para>
/// </summary>
public static class DotWriter
{
    /// <summary>Routing edges around nodes took 7 CPU seconds for the seeds' 135 nodes; above this many nodes edges are straight.</summary>
    public const int RoutedEdgesMaxNodes = 200;

    private const int MaxLabelLength = 60;
    private const int MaxTooltipQuotes = 5;
    private const int MaxQuoteLength = 240;

    // pale, distinct fills for the community clusters (the node colours, which say the type, stay readable on all)
    private static readonly string[] s_clusterFills =
        ["#fdf1e4", "#e7f0fa", "#e8f5ec", "#f8e9f2", "#f4f3df", "#ece9f7", "#e4f4f4", "#f7ebe6", "#eef3e2", "#f0ecf0"];

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream) => Write(graph, meta, stream, DotMapOptions.Default);

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream, DotMapOptions options)
    {
        var ordered = graph.Ordered();
        var nodes = ordered.Vertices;
        var analytics = GraphAnalytics.Of(ordered);
        var map = MapSelection.Of(ordered, analytics, options);
        var sink = new Utf8Sink(stream);
        var buffer = new CharBuffer();

        sink.Write("digraph "u8);
        DotText.WriteQuoted(sink, meta.Name, DotText.Id);
        sink.Write(" {\n  graph [layout=fdp, start=1, splines="u8);
        sink.Write(map.Nodes.Length <= RoutedEdgesMaxNodes ? "true"u8 : "false"u8);
        sink.Write(", overlap=false, sep=\"+6\", outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, fontsize=20, label="u8);
        DotText.WriteQuoted(sink, Title(graph, meta, map, analytics), DotText.Label);
        sink.Write("];\n"u8);
        sink.Write("  node [style=filled, fontname=\"Helvetica\", color=\"#333333\", penwidth=0.5];\n"u8);
        sink.Write("  edge [arrowsize=0.5, penwidth=0.8];\n"u8);
        WriteLegend(sink, graph);

        double topRank = 0;
        foreach (int v in map.Nodes) topRank = Math.Max(topRank, analytics.PageRank[v]);
        foreach (var (community, members) in Clusters(map, analytics))
        {
            bool cluster = members.Count > 1;
            string indent = cluster ? "    " : "  ";
            if (cluster)
            {
                sink.Write("  subgraph \"cluster_"u8);
                sink.WriteInt(community);
                sink.Write("\" {\n    graph [style=\"filled,rounded\", color=\"#c8c8c8\", fontsize=18, fillcolor=\""u8);
                sink.WriteAscii(s_clusterFills[community % s_clusterFills.Length]);
                sink.Write("\", label="u8);
                var top = members.MaxBy(v => (analytics.PageRank[v], -v));
                DotText.WriteQuoted(sink, Shorten(nodes[top].Label, buffer), DotText.Label);
                sink.Write("];\n"u8);
            }
            foreach (int v in members) WriteNode(sink, indent, nodes[v], analytics, v, topRank, buffer);
            if (cluster) sink.Write("  }\n"u8);
        }
        foreach (int i in map.Edges)
        {
            var edge = ordered.Edges[i];
            WriteEdge(sink, nodes[ordered.Source(i)].Id, nodes[ordered.Target(i)].Id, edge.Relation, edge.Weight, edge.EvidenceIfAny, buffer);
        }
        sink.Write("}\n"u8);
        sink.Flush();
    }

    /// <summary>The shown nodes by community, communities in number order (largest first), members in id order.</summary>
    private static IEnumerable<(int Community, List<int> Members)> Clusters(MapSelection map, GraphAnalytics analytics) =>
        map.Nodes.GroupBy(v => analytics.Community[v]).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList()));

    private static string Title(KnowledgeGraph graph, GraphMetadata meta, MapSelection map, GraphAnalytics analytics)
    {
        var title = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        title.Append(meta.Name).Append(": ")
            .Append(graph.VertexCount.ToString("N0", c)).Append(" entities, ")
            .Append(graph.EdgeCount.ToString("N0", c)).Append(" relations from ")
            .Append(meta.DocumentCount.ToString("N0", c)).Append(" documents (").Append(meta.Generator).Append(' ').Append(meta.GeneratorVersion).Append(')');
        var notes = new List<string>();
        int communities = map.Nodes.Select(v => analytics.Community[v]).Distinct().Count();
        if (map.CutByRank > 0)
            notes.Add($"the map shows the top {map.Nodes.Length.ToString("N0", c)} by PageRank, in {communities.ToString("N0", c)} communities; the full graph is in graph.graphml, graph.json and graph.html");
        if (map.IsolatedLeftOff > 0)
            notes.Add($"{map.IsolatedLeftOff.ToString("N0", c)} {(map.IsolatedLeftOff == 1 ? "entity" : "entities")} without relations not shown");
        if (notes.Count > 0) title.Append('\n').AppendJoin("; ", notes);
        return title.ToString();
    }

    // Runs of attributes that depend only on the node type or edge relation, as one block each.
    private static readonly byte[][] s_typeRuns = EnumTables.ForTypes(t =>
    {
        var style = EntityStyles.For(t);
        return $", shape={style.DotShape}, fillcolor=\"{style.Hex}\", fontcolor={style.DotFontColor}, fontsize=";
    });
    private static readonly byte[][] s_relationRuns = EnumTables.ForRelations(r =>
    {
        var style = EntityStyles.For(r);
        return $" [color=\"{style.Color}\", style={style.DotStyle}{(r.IsSymmetric() ? ", dir=none" : "")}, penwidth=";
    });

    private static void WriteNode(Utf8Sink sink, string indent, Node node, GraphAnalytics analytics, int index, double topRank, CharBuffer buffer)
    {
        sink.WriteAscii(indent);
        DotText.WriteQuoted(sink, node.Id, DotText.Id);
        sink.Write(" [label="u8);
        DotText.WriteQuoted(sink, Shorten(node.Label, buffer), DotText.Label);
        sink.Write(s_typeRuns[(int)node.Type]);
        // area grows with PageRank: the top node gets the largest font, the least ones the smallest
        double scale = topRank > 0 ? Math.Sqrt(analytics.PageRank[index] / topRank) : 0;
        sink.WriteDouble(10 + 14 * scale, "0.#");
        sink.Write(", width="u8);
        sink.WriteDouble(0.3 + 1.2 * scale, "0.##");
        sink.Write(", tooltip="u8);

        buffer.Clear().Append(node.Type.Name()).Append(": ").Append(node.Label)
            .Append("\nmentions: ").Append(node.Mentions)
            .Append(", PageRank: ").Append(analytics.PageRank[index].ToString(AnalyticsNumbers.PageRankFormat, CultureInfo.InvariantCulture))
            .Append(", community ").Append(analytics.Community[index]);
        if (node.AliasesIfAny is { } aliases)
        {
            buffer.Append("\naliases: ");
            bool first = true;
            foreach (var a in aliases.Items)
            {
                if (!first) buffer.Append(", ");
                buffer.Append(a);
                first = false;
            }
        }
        if (node.EvidenceIfAny is { } evidence)
        {
            buffer.Append('\n');
            EvidenceText.Append(buffer, evidence.Min!, MaxQuoteLength);
        }
        DotText.WriteQuoted(sink, buffer.Span, DotText.Tooltip);
        sink.Write("];\n"u8);
    }

    private static void WriteEdge(Utf8Sink sink, string source, string target, Relation relation, int weight, EvidenceSet? evidence, CharBuffer buffer)
    {
        sink.Write("  "u8);
        DotText.WriteQuoted(sink, source, DotText.Id);
        sink.Write(" -> "u8);
        DotText.WriteQuoted(sink, target, DotText.Id);
        sink.Write(s_relationRuns[(int)relation]);
        DotNumbers.WritePenWidth(sink, weight);
        sink.Write(", tooltip="u8);
        buffer.Clear().Append(relation.Name()).Append(" (weight ").Append(weight).Append(')');
        if (evidence is not null)
        {
            int shown = 0;
            foreach (var e in evidence.Items)
            {
                if (shown == MaxTooltipQuotes)
                {
                    buffer.Append("\n(+").Append(evidence.Count - shown).Append(" more)");
                    break;
                }
                buffer.Append('\n');
                EvidenceText.Append(buffer, e, MaxQuoteLength);
                shown++;
            }
        }
        DotText.WriteQuoted(sink, buffer.Span, DotText.Tooltip);
        sink.Write("];\n"u8);
    }

    /// <summary>
    /// A single HTML-table node outside the clusters, which fdp places beside them.
    /// Its content is fixed text from our own enums, so it needs no escaping.
    /// </summary>
    private static void WriteLegend(Utf8Sink sink, KnowledgeGraph graph)
    {
        string id = "cartograph:legend";
        while (graph.ContainsVertex(id)) id += "_";
        sink.Write("  "u8);
        DotText.WriteQuoted(sink, id, DotText.Id);
        sink.Write(" [shape=plain, style=\"\", tooltip=\"legend\", label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" bgcolor=\"white\">"u8);
        sink.Write("<tr><td colspan=\"2\"><b>Entity types</b></td></tr>"u8);
        foreach (var type in EntityTypeNames.All)
        {
            var s = EntityStyles.For(type);
            Raw(sink, $"<tr><td bgcolor=\"{s.Hex}\" width=\"16\"> </td><td align=\"left\">{type.Name()} ({s.DotShape})</td></tr>");
        }
        sink.Write("<tr><td colspan=\"2\"><b>Relations</b></td></tr>"u8);
        foreach (var relation in RelationNames.All)
        {
            var s = EntityStyles.For(relation);
            Raw(sink, $"<tr><td><font color=\"{s.Color}\">&#8594;</font></td><td align=\"left\"><font color=\"{s.Color}\">{relation.Name()} ({s.DotStyle})</font></td></tr>");
        }
        sink.Write("<tr><td colspan=\"2\">shaded areas: communities<br/>node size: PageRank</td></tr>"u8);
        sink.Write("</table>>];\n"u8);
    }

    private static void Raw(Utf8Sink sink, string markup) => sink.Write(Encoding.UTF8.GetBytes(markup));

    /// <summary>The label cut to <see cref="MaxLabelLength"/> chars with an ellipsis, never splitting a surrogate pair.</summary>
    private static ReadOnlySpan<char> Shorten(string text, CharBuffer buffer)
    {
        if (text.Length <= MaxLabelLength) return text;
        int keep = char.IsHighSurrogate(text[MaxLabelLength - 2]) ? MaxLabelLength - 2 : MaxLabelLength - 1;
        return buffer.Clear().Append(text.AsSpan(0, keep)).Append('…').Span;
    }
}
