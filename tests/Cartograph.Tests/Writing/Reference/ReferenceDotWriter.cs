using System.Globalization;
using System.Text;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing.Reference;

// The writer as it was before the streaming UTF-8 rewrite (commit d2a2508), on XmlWriter/Utf8JsonWriter/StreamWriter.
// Kept unchanged as the oracle: the fast writers must produce exactly these bytes (WriterEquivalenceTests).

/// <summary>
/// Writes a Graphviz landscape map. <c>layout=sfdp</c> in the file makes plain <c>dot -Tsvg</c> use the
/// force-directed engine, which lays out hundreds of nodes in seconds where the hierarchical one would not;
/// <c>splines=false</c> (straight edges) and <c>outputorder=edgesfirst</c> keep it fast and readable.
/// Edges carry no labels (they clutter a landscape); relation and quotes are in the SVG tooltips.
/// </summary>
internal static class ReferenceDotWriter
{
    private const int MaxLabelLength = 60;
    private const int MaxTooltipQuotes = 5;
    private const int MaxQuoteLength = 240;

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var buffer = new StringBuilder(512);

        w.Write("digraph ");
        ReferenceDotText.WriteId(w, meta.Name);
        w.Write(" {\n");
        w.Write("  graph [layout=sfdp, overlap=prism, splines=false, outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, fontsize=20, ");
        w.Write("label=");
        buffer.Clear().Append(meta.Name).Append(": ")
            .Append(Int(graph.VertexCount)).Append(" entities, ")
            .Append(Int(graph.EdgeCount)).Append(" relations from ")
            .Append(Int(meta.DocumentCount)).Append(" documents (").Append(meta.Generator).Append(' ').Append(meta.GeneratorVersion).Append(')');
        ReferenceDotText.WriteLabel(w, buffer.ToString());
        w.Write("];\n");
        w.Write("  node [style=filled, fontname=\"Helvetica\", color=\"#333333\", penwidth=0.5];\n");
        w.Write("  edge [arrowsize=0.5, penwidth=0.8];\n");

        WriteLegend(w, graph);

        foreach (var node in graph.Vertices) WriteNode(w, node, buffer);
        foreach (var edge in graph.Edges) WriteEdge(w, edge, buffer);

        w.Write("}\n");
        w.Flush();
    }

    private static void WriteNode(StreamWriter w, Node node, StringBuilder buffer)
    {
        var style = EntityStyles.For(node.Type);
        double scale = Math.Sqrt(Math.Max(0, node.Mentions));
        w.Write("  ");
        ReferenceDotText.WriteId(w, node.Id);
        w.Write(" [label=");
        ReferenceDotText.WriteLabel(w, Shorten(node.Label, MaxLabelLength));
        w.Write(", shape=");
        w.Write(style.DotShape);
        w.Write(", fillcolor=\"");
        w.Write(style.Hex);
        w.Write("\", fontcolor=");
        w.Write(style.DotFontColor);
        w.Write(", fontsize=");
        w.Write(Num(Math.Min(40, 10 + 2 * scale)));
        w.Write(", width=");
        w.Write(Num(Math.Min(4, 0.3 + 0.08 * scale)));
        w.Write(", tooltip=");

        buffer.Clear().Append(node.Type.Name()).Append(": ").Append(node.Label)
            .Append("\nmentions: ").Append(Int(node.Mentions));
        if (node.Aliases.Count > 0)
        {
            buffer.Append("\naliases: ");
            bool first = true;
            foreach (var a in node.Aliases)
            {
                if (!first) buffer.Append(", ");
                buffer.Append(a);
                first = false;
            }
        }
        if (node.Evidence.Count > 0)
        {
            buffer.Append('\n');
            EvidenceText.Append(buffer, node.Evidence.Min!, MaxQuoteLength);
        }
        ReferenceDotText.WriteTooltip(w, buffer.ToString());
        w.Write("];\n");
    }

    private static void WriteEdge(StreamWriter w, Edge edge, StringBuilder buffer)
    {
        var style = EntityStyles.For(edge.Relation);
        w.Write("  ");
        ReferenceDotText.WriteId(w, edge.Source);
        w.Write(" -> ");
        ReferenceDotText.WriteId(w, edge.Target);
        w.Write(" [color=\"");
        w.Write(style.Color);
        w.Write("\", style=");
        w.Write(style.DotStyle);
        if (edge.Relation.IsSymmetric()) w.Write(", dir=none");
        w.Write(", penwidth=");
        w.Write(Num(Math.Min(4, 0.6 + 0.4 * Math.Log2(edge.Weight))));
        w.Write(", tooltip=");
        buffer.Clear().Append(edge.Relation.Name()).Append(" (weight ").Append(Int(edge.Weight)).Append(')');
        int shown = 0;
        foreach (var e in edge.Evidence)
        {
            if (shown == MaxTooltipQuotes)
            {
                buffer.Append("\n(+").Append(Int(edge.Evidence.Count - shown)).Append(" more)");
                break;
            }
            buffer.Append('\n');
            EvidenceText.Append(buffer, e, MaxQuoteLength);
            shown++;
        }
        ReferenceDotText.WriteTooltip(w, buffer.ToString());
        w.Write("];\n");
    }

    /// <summary>
    /// A single HTML-table node: sfdp ignores clusters, and a disconnected node is packed beside the map.
    /// Its content is fixed text from our own enums, so it needs no escaping.
    /// </summary>
    private static void WriteLegend(StreamWriter w, KnowledgeGraph graph)
    {
        string id = "cartograph:legend";
        while (graph.ContainsVertex(id)) id += "_";
        w.Write("  ");
        ReferenceDotText.WriteId(w, id);
        w.Write(" [shape=plain, style=\"\", tooltip=\"legend\", label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" bgcolor=\"white\">");
        w.Write("<tr><td colspan=\"2\"><b>Entity types</b></td></tr>");
        foreach (var type in EntityTypeNames.All)
        {
            var s = EntityStyles.For(type);
            w.Write("<tr><td bgcolor=\"");
            w.Write(s.Hex);
            w.Write("\" width=\"16\"> </td><td align=\"left\">");
            w.Write(type.Name());
            w.Write(" (");
            w.Write(s.DotShape);
            w.Write(")</td></tr>");
        }
        w.Write("<tr><td colspan=\"2\"><b>Relations</b></td></tr>");
        foreach (var relation in RelationNames.All)
        {
            var s = EntityStyles.For(relation);
            w.Write("<tr><td><font color=\"");
            w.Write(s.Color);
            w.Write("\">&#8594;</font></td><td align=\"left\"><font color=\"");
            w.Write(s.Color);
            w.Write("\">");
            w.Write(relation.Name());
            w.Write(" (");
            w.Write(s.DotStyle);
            w.Write(")</font></td></tr>");
        }
        w.Write("</table>>];\n");
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1), "…");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
