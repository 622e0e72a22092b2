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
/// The positions are ours: <see cref="MapLayout"/> places every node and community box, and the file asks for
/// Graphviz's <c>nop2</c> engine (<c>layout=nop2</c>: what <c>neato -n2</c> does, chosen by the file so a plain
/// <c>dot -Tsvg graph.dot</c> uses it), which takes <c>pos</c>, the clusters' <c>bb</c> and each node's size as
/// given and only draws. Graphviz's own layouts could not give the same picture twice: fdp, dot and neato (even
/// <c>neato -n2</c>, which still packs clusters) moved cluster boxes and labels by a few points from run to run of
/// the same file (10 renders, 10 different SVGs), whereas nop2 with pinned positions gave one SVG in 10 renders
/// of the seeds' map and of the same graph laid out by fdp. Writing the SVG ourselves would also have been
/// deterministic, but graph.dot would then no longer be the source of the picture anyone can re-render, and the
/// SVG's shapes, text and tooltips would be ours to get right for every viewer.
/// Nodes are <c>fixedsize=shape</c>: the shape has the size the layout made room for, whatever fonts the machine
/// has, and a label wider than our estimate (<see cref="LabelMetrics"/>) overflows its shape instead of warning.
/// Every edge carries its route as <c>pos</c> (<see cref="MapEdgeRouter"/>: around the nodes it does not join), so
/// Graphviz routes nothing either: its router took 6.6 s for the seeds' 134 nodes and 51 s for 300, so it was
/// kept to maps of 200 nodes; drawing the given routes takes 0.1 s for the seeds and for a map of 300.
/// </para>
/// </summary>
public static class DotWriter
{
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

        var labels = map.Nodes.Select(v => Shorten(nodes[v].Label, buffer).ToString()).ToArray();
        var clusterLabels = map.Nodes.Select((v, slot) => (v, slot)).GroupBy(m => analytics.Community[m.v])
            .ToDictionary(g => g.Key, g => labels[g.MaxBy(m => (analytics.PageRank[m.v], -m.v)).slot]);
        var layout = MapLayout.Of(ordered, analytics, map, labels, community => clusterLabels[community]);

        sink.Write("digraph "u8);
        DotText.WriteQuoted(sink, meta.Name, DotText.Id);
        sink.Write(" {\n  graph [layout=nop2, outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, fontsize=20, label="u8);
        DotText.WriteQuoted(sink, Title(graph, meta, map, analytics), DotText.Label);
        sink.Write("];\n"u8);
        sink.Write("  node [style=filled, fixedsize=shape, fontname=\"Helvetica\", color=\"#333333\", penwidth=0.5];\n"u8);
        sink.Write("  edge [arrowsize=0.5, penwidth=0.8];\n"u8);
        WriteLegend(sink, graph, layout.Legend);

        var blocks = layout.Clusters.Select(c => (c.Community, c.Members, Area: (Rect?)c.Area))
            .Concat(layout.Singles.Select(s => (Community: analytics.Community[map.Nodes[s]], Members: new[] { s }, Area: (Rect?)null)))
            .OrderBy(b => b.Community);
        foreach (var (community, members, area) in blocks)
        {
            string indent = area is null ? "  " : "    ";
            if (area is { } box)
            {
                sink.Write("  subgraph \"cluster_"u8);
                sink.WriteInt(community);
                sink.Write("\" {\n    graph [style=\"filled,rounded\", color=\"#c8c8c8\", fontsize="u8);
                sink.WriteDouble(MapLayout.ClusterLabelFontSize, "0.#");
                sink.Write(", bb=\""u8);
                WritePoints(sink, box.Left, box.Bottom);
                sink.Write(","u8);
                WritePoints(sink, box.Right, box.Top);
                sink.Write("\", fillcolor=\""u8);
                sink.WriteAscii(s_clusterFills[community % s_clusterFills.Length]);
                sink.Write("\", label="u8);
                DotText.WriteQuoted(sink, clusterLabels[community], DotText.Label);
                sink.Write("];\n"u8);
            }
            foreach (int s in members) WriteNode(sink, indent, nodes[map.Nodes[s]], labels[s], layout.Nodes[s], analytics, map.Nodes[s], buffer);
            if (area is not null) sink.Write("  }\n"u8);
        }
        var router = new MapEdgeRouter(layout.Nodes);
        var slot = new Dictionary<int, int>(map.Nodes.Length);
        for (int s = 0; s < map.Nodes.Length; s++) slot[map.Nodes[s]] = s;
        // edges between the same two nodes (either way round) are drawn side by side, in edge order
        var pairs = map.Edges.GroupBy(i => (Math.Min(ordered.Source(i), ordered.Target(i)), Math.Max(ordered.Source(i), ordered.Target(i))))
            .SelectMany(g => g.Select((i, k) => (Edge: i, Parallel: k, Count: g.Count())))
            .ToDictionary(p => p.Edge, p => (p.Parallel, p.Count));
        foreach (int i in map.Edges)
        {
            var edge = ordered.Edges[i];
            var (parallel, count) = pairs[i];
            var route = router.Route(slot[ordered.Source(i)], slot[ordered.Target(i)], arrow: !edge.Relation.IsSymmetric(), parallel, count);
            WriteEdge(sink, nodes[ordered.Source(i)].Id, nodes[ordered.Target(i)].Id, edge.Relation, edge.Weight, edge.Rules, route, edge.EvidenceIfAny, buffer);
        }
        sink.Write("}\n"u8);
        sink.Flush();
    }

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

    private static void WriteNode(Utf8Sink sink, string indent, Node node, string label, MapNode place, GraphAnalytics analytics, int index, CharBuffer buffer)
    {
        sink.WriteAscii(indent);
        DotText.WriteQuoted(sink, node.Id, DotText.Id);
        sink.Write(" [label="u8);
        DotText.WriteQuoted(sink, label, DotText.Label);
        sink.Write(s_typeRuns[(int)node.Type]);
        sink.WriteDouble(place.FontSize, "0.#");
        sink.Write(", pos=\""u8);
        WritePoints(sink, place.X, place.Y);
        sink.Write("!\", width="u8);
        sink.WriteDouble(place.Width / 72, "0.###");
        sink.Write(", height="u8);
        sink.WriteDouble(place.Height / 72, "0.###");
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

    private static void WriteEdge(Utf8Sink sink, string source, string target, Relation relation, int weight, RelationOrigin rules,
        (List<(double X, double Y)> Spline, (double X, double Y)? ArrowTip) route, EvidenceSet? evidence, CharBuffer buffer)
    {
        sink.Write("  "u8);
        DotText.WriteQuoted(sink, source, DotText.Id);
        sink.Write(" -> "u8);
        DotText.WriteQuoted(sink, target, DotText.Id);
        sink.Write(s_relationRuns[(int)relation]);
        DotNumbers.WritePenWidth(sink, weight);
        sink.Write(", pos=\""u8);
        if (route.ArrowTip is { } tip)
        {
            sink.Write("e,"u8);
            WritePoints(sink, tip.X, tip.Y);
            sink.Write(" "u8);
        }
        for (int k = 0; k < route.Spline.Count; k++)
        {
            if (k > 0) sink.Write(" "u8);
            WritePoints(sink, route.Spline[k].X, route.Spline[k].Y);
        }
        sink.Write("\", tooltip="u8);
        buffer.Clear().Append(relation.Name()).Append(" (weight ").Append(weight);
        if (rules != RelationOrigin.Unrecorded) buffer.Append("; ").Append(rules.Names(", "));
        buffer.Append(')');
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
    /// A single HTML-table node at <paramref name="at"/>, right of the communities (MapLayout keeps room for it).
    /// Its content is fixed text from our own enums, so it needs no escaping.
    /// </summary>
    private static void WriteLegend(Utf8Sink sink, KnowledgeGraph graph, (double X, double Y) at)
    {
        string id = "cartograph:legend";
        while (graph.ContainsVertex(id)) id += "_";
        sink.Write("  "u8);
        DotText.WriteQuoted(sink, id, DotText.Id);
        sink.Write(" [shape=plain, style=\"\", tooltip=\"legend\", pos=\""u8);
        WritePoints(sink, at.X, at.Y);
        sink.Write("!\", label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" bgcolor=\"white\">"u8);
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

    private static void WritePoints(Utf8Sink sink, double x, double y)
    {
        sink.WriteDouble(x, "0.#");
        sink.Write(","u8);
        sink.WriteDouble(y, "0.#");
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
