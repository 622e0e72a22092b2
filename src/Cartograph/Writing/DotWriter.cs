using System.Text;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes a Graphviz landscape map. <c>layout=sfdp</c> in the file makes plain <c>dot -Tsvg</c> use the
/// force-directed engine, which lays out hundreds of nodes in seconds where the hierarchical one would not;
/// <c>splines=false</c> (straight edges) and <c>outputorder=edgesfirst</c> keep it fast and readable.
/// Edges carry no labels (they clutter a landscape); relation and quotes are in the SVG tooltips.
/// Streams UTF-8 through <see cref="Utf8Sink"/>; each node's quoted id is encoded once and reused by its edges.
/// </summary>
public static class DotWriter
{
    private const int MaxLabelLength = 60;
    private const int MaxTooltipQuotes = 5;
    private const int MaxQuoteLength = 240;

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream) => Write(graph, meta, stream, ChunkSizes.Default);

    internal static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream, ChunkSizes chunks)
    {
        var ordered = graph.Ordered();
        var nodes = ordered.Vertices;
        var sink = new Utf8Sink(stream);
        var ids = new NodeTokens(nodes.Length, chunks.Nodes);

        sink.Write("digraph "u8);
        DotText.WriteQuoted(sink, meta.Name, DotText.Id);
        sink.Write(" {\n"u8);
        sink.Write("  graph [layout=sfdp, overlap=prism, splines=false, outputorder=edgesfirst, fontname=\"Helvetica\", labelloc=t, fontsize=20, "u8);
        sink.Write("label="u8);
        var buffer = new CharBuffer();
        buffer.Append(meta.Name).Append(": ")
            .Append(graph.VertexCount).Append(" entities, ")
            .Append(graph.EdgeCount).Append(" relations from ")
            .Append(meta.DocumentCount).Append(" documents (").Append(meta.Generator).Append(' ').Append(meta.GeneratorVersion).Append(')');
        DotText.WriteQuoted(sink, buffer.Span, DotText.Label);
        sink.Write("];\n"u8);
        sink.Write("  node [style=filled, fontname=\"Helvetica\", color=\"#333333\", penwidth=0.5];\n"u8);
        sink.Write("  edge [arrowsize=0.5, penwidth=0.8];\n"u8);

        WriteLegend(sink, graph);

        ParallelChunks.Nodes(sink, nodes, chunks.Nodes, ids, (state, sink, i, tokens) => WriteNode(sink, nodes[i], tokens, state.Buffer));
        ParallelChunks.Edges(sink, ordered, ids, chunks.Edges, (state, sink, i, block, k) =>
            WriteEdge(sink, block.Relations[k], block.Weights[k], block.Evidence[k], ids[ordered.Source(i)], ids[ordered.Target(i)], state.Buffer));

        sink.Write("}\n"u8);
        sink.Flush();
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

    /// <summary>The tooltip of an edge without quotes, up to its weight: nothing in it needs escaping.</summary>
    private static readonly byte[][] s_bareTooltips = EnumTables.ForRelations(r => $", tooltip=\"{r.Name()} (weight ");

    private static void WriteNode(Utf8Sink sink, Node node, NodeTokens.Part ids, CharBuffer buffer)
    {
        DotText.WriteQuoted(ids.Begin(), node.Id, DotText.Id);
        sink.Write("  "u8);
        sink.Write(ids.End());
        sink.Write(" [label="u8);
        DotText.WriteQuoted(sink, Shorten(node.Label, buffer), DotText.Label);
        sink.Write(s_typeRuns[(int)node.Type]);
        DotNumbers.WriteFontSize(sink, node.Mentions);
        sink.Write(", width="u8);
        DotNumbers.WriteWidth(sink, node.Mentions);
        sink.Write(", tooltip="u8);

        buffer.Clear().Append(node.Type.Name()).Append(": ").Append(node.Label)
            .Append("\nmentions: ").Append(node.Mentions);
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

    private static void WriteEdge(Utf8Sink sink, Relation relation, int weight, EvidenceSet? evidence,
        ReadOnlySpan<byte> source, ReadOnlySpan<byte> target, CharBuffer buffer)
    {
        sink.Write("  "u8);
        sink.Write(source);
        sink.Write(" -> "u8);
        sink.Write(target);
        sink.Write(s_relationRuns[(int)relation]);
        DotNumbers.WritePenWidth(sink, weight);
        if (evidence is null)
        {
            sink.Write(s_bareTooltips[(int)relation]);
            sink.WriteInt(weight);
            sink.Write(")\"];\n"u8);
            return;
        }
        sink.Write(", tooltip="u8);
        buffer.Clear().Append(relation.Name()).Append(" (weight ").Append(weight).Append(')');
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
        DotText.WriteQuoted(sink, buffer.Span, DotText.Tooltip);
        sink.Write("];\n"u8);
    }

    /// <summary>
    /// A single HTML-table node: sfdp ignores clusters, and a disconnected node is packed beside the map.
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
