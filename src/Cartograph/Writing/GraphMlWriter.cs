using System.Globalization;
using System.Text;
using System.Xml;
using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Writes GraphML 1.1 (valid against graphml.xsd) for Gephi, networkx, igraph and graphology.
/// <para>
/// Every attribute is a typed &lt;key&gt;. Key ids must be unique in the document, so the two names
/// nodes and edges share (<c>label</c>, <c>evidence</c>) get edge key ids <c>edge_label</c> and
/// <c>edge_evidence</c> while keeping <c>attr.name</c> "label"/"evidence": Gephi maps a key to its
/// label property by id <em>or</em> attr.name, and the other readers name attributes by attr.name.
/// (<c>for="all"</c> would avoid this but graphology-graphml cannot read it.)
/// </para>
/// <para>
/// No key has a &lt;default&gt; and no &lt;data&gt; is ever empty: a list attribute (aliases,
/// documents, evidence) that is empty is simply omitted on that element, so readers see it as missing.
/// </para>
/// <para>
/// The markup is fixed, so it is written directly as UTF-8 rather than through <see cref="XmlWriter"/>
/// (with the rest of this folder, 1M nodes and 5M edges went from 36 s to about 3 s; see bench/RESULTS.md).
/// The bytes are exactly what XmlWriter wrote with UTF-8, two-space indent, LF and
/// <see cref="NewLineHandling.Entitize"/>; see <see cref="XmlEscapes"/> and the equivalence tests,
/// which compare against the XmlWriter version.
/// </para>
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string Name, string For, string Type)[] Keys =
    [
        ("name", "name", "graph", "string"),
        ("document_count", "document_count", "graph", "int"),
        ("generator", "generator", "graph", "string"),
        ("generator_version", "generator_version", "graph", "string"),
        ("label", "label", "node", "string"),
        ("entity_type", "entity_type", "node", "string"),
        ("aliases", "aliases", "node", "string"),
        ("mentions", "mentions", "node", "int"),
        ("degree", "degree", "node", "int"),
        ("pagerank", "pagerank", "node", "double"),
        ("component", "component", "node", "int"),
        ("community", "community", "node", "int"),
        ("documents", "documents", "node", "string"),
        ("evidence", "evidence", "node", "string"),
        ("size", "size", "node", "double"),
        ("r", "r", "node", "int"),
        ("g", "g", "node", "int"),
        ("b", "b", "node", "int"),
        ("edge_label", "label", "edge", "string"),
        ("relation", "relation", "edge", "string"),
        ("weight", "weight", "edge", "double"),
        ("rules", "rules", "edge", "string"),
        ("edge_evidence", "evidence", "edge", "string"),
    ];

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream) => Write(graph, meta, stream, ChunkSizes.Default);

    internal static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream, ChunkSizes chunks)
    {
        var ordered = graph.Ordered();
        var nodes = ordered.Vertices;
        var analytics = GraphAnalytics.Of(ordered);
        var sink = new Utf8Sink(stream);
        var ids = new NodeTokens(nodes.Length, chunks.Nodes);

        sink.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""u8);
        sink.WriteText(Namespace + " http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd", XmlEscapes.Attribute);
        sink.Write("\" xmlns=\""u8);
        sink.WriteText(Namespace, XmlEscapes.Attribute);
        sink.Write("\">\n"u8);
        foreach (var (id, name, forWhat, type) in Keys)
        {
            sink.Write("  <key id=\""u8);
            sink.WriteText(id, XmlEscapes.Attribute);
            sink.Write("\" for=\""u8);
            sink.WriteText(forWhat, XmlEscapes.Attribute);
            sink.Write("\" attr.name=\""u8);
            sink.WriteText(name, XmlEscapes.Attribute);
            sink.Write("\" attr.type=\""u8);
            sink.WriteText(type, XmlEscapes.Attribute);
            sink.Write("\" />\n"u8);
        }

        sink.Write("  <graph id=\"G\" edgedefault=\"directed\">\n"u8);
        WriteData(sink, "    <data key=\"name\">"u8, meta.Name);
        sink.Write("    <data key=\"document_count\">"u8);
        sink.WriteInt(meta.DocumentCount);
        sink.Write("</data>\n"u8);
        WriteData(sink, "    <data key=\"generator\">"u8, meta.Generator);
        WriteData(sink, "    <data key=\"generator_version\">"u8, meta.GeneratorVersion);

        ParallelChunks.Nodes(sink, nodes, chunks.Nodes, ids, (state, sink, i, tokens) => WriteNode(sink, nodes[i], analytics, i, tokens, state.Buffer));
        ParallelChunks.Edges(sink, ordered, ids, chunks.Edges, (state, sink, i, block, k) =>
            WriteEdge(sink, i, block.Relations[k], block.Weights[k], block.Rules[k], block.Evidence[k], ids[ordered.Source(i)], ids[ordered.Target(i)], state.Buffer));

        sink.Write("  </graph>\n</graphml>\n"u8); // XmlWriter left no final newline; we add one, as POSIX tools expect
        sink.Flush();
    }

    /// <summary>
    /// GraphML ids are NMTOKENs. Normal ids (<c>type:slug</c>) already are; anything else is encoded
    /// reversibly (<c>_xHHHH_</c>) by <see cref="XmlConvert.EncodeNmToken"/> so the file stays valid.
    /// </summary>
    public static string NodeId(string id) =>
        XmlConvert.EncodeNmToken(new string(LongText.FitId(TextCleaner.Clean(id), LongText.MaxXmlChars / 8))) ?? "_";

    // Runs of markup that depend only on the node type or edge relation, as one block each.
    private static readonly byte[][] s_typeRuns = EnumTables.ForTypes(t => $"      <data key=\"entity_type\">{t.Name()}</data>\n");
    private static readonly byte[][] s_colourRuns = EnumTables.ForTypes(t =>
    {
        var style = EntityStyles.For(t);
        return $"</data>\n      <data key=\"r\">{style.R}</data>\n      <data key=\"g\">{style.G}</data>\n      <data key=\"b\">{style.B}</data>\n    </node>\n";
    });
    private static readonly byte[][] s_relationRuns = EnumTables.ForRelations(r =>
        $"\">\n      <data key=\"edge_label\">{r.Name()}</data>\n      <data key=\"relation\">{r.Name()}</data>\n      <data key=\"weight\">");

    // the end of the weight and an edge's rules, a list like aliases (none: no <data>, as for every empty list)
    private static readonly RuleTable s_ruleRuns = new(rules =>
        rules == RelationOrigin.Unrecorded ? "</data>\n" : $"</data>\n      <data key=\"rules\">{rules.Names("|")}</data>\n");

    /// <summary>Node sizes for small mention counts, formatted once (the "R" form of a double is slow to produce).</summary>
    private static readonly byte[][] s_sizes = [.. Enumerable.Range(0, 1024).Select(m => Encoding.UTF8.GetBytes(FormatDouble(EntityStyles.NodeSize(m))))];

    private static void WriteNode(Utf8Sink sink, Node node, GraphAnalytics analytics, int index, NodeTokens.Part ids, CharBuffer buffer)
    {
        ids.Begin().WriteText(NodeId(node.Id), XmlEscapes.Attribute);
        sink.Write("    <node id=\""u8);
        sink.Write(ids.End());
        sink.Write("\">\n"u8);
        WriteData(sink, "      <data key=\"label\">"u8, node.Label);
        sink.Write(s_typeRuns[(int)node.Type]);
        if (node.AliasesIfAny is { } aliases) WriteData(sink, "      <data key=\"aliases\">"u8, Joined(buffer, aliases));
        sink.Write("      <data key=\"mentions\">"u8);
        sink.WriteInt(node.Mentions);
        sink.Write("</data>\n      <data key=\"degree\">"u8);
        sink.WriteInt(analytics.Degree[index]);
        sink.Write("</data>\n      <data key=\"pagerank\">"u8);
        AnalyticsNumbers.WritePageRank(sink, analytics.PageRank[index]);
        sink.Write("</data>\n      <data key=\"component\">"u8);
        sink.WriteInt(analytics.Component[index]);
        sink.Write("</data>\n      <data key=\"community\">"u8);
        sink.WriteInt(analytics.Community[index]);
        sink.Write("</data>\n"u8);
        if (node.DocumentsIfAny is { } documents) WriteData(sink, "      <data key=\"documents\">"u8, Joined(buffer, documents));
        if (node.EvidenceIfAny is { } evidence) WriteData(sink, "      <data key=\"evidence\">"u8, Joined(buffer, evidence));
        sink.Write("      <data key=\"size\">"u8);
        int mentions = Math.Max(0, node.Mentions);
        if (mentions < s_sizes.Length) sink.Write(s_sizes[mentions]);
        else sink.Write(Encoding.UTF8.GetBytes(FormatDouble(EntityStyles.NodeSize(mentions))));
        sink.Write(s_colourRuns[(int)node.Type]);
    }

    private static void WriteEdge(Utf8Sink sink, int index, Relation relation, int weight, RelationOrigin rules, EvidenceSet? evidence,
        ReadOnlySpan<byte> source, ReadOnlySpan<byte> target, CharBuffer buffer)
    {
        sink.Write("    <edge id=\"e"u8);
        sink.WriteInt(index);
        sink.Write("\" source=\""u8);
        sink.Write(source);
        sink.Write("\" target=\""u8);
        sink.Write(target);
        sink.Write(s_relationRuns[(int)relation]);
        sink.WriteInt(weight); // the double's "R" form of a whole number below 1e15 is its integer digits
        sink.Write(s_ruleRuns[rules]);
        if (evidence is null)
        {
            sink.Write("    </edge>\n"u8);
            return;
        }
        WriteData(sink, "      <data key=\"edge_evidence\">"u8, Joined(buffer, evidence));
        sink.Write("    </edge>\n"u8);
    }

    /// <summary>A list as one value: '|' between items, '|' and '\' inside an item escaped (<see cref="LongText.AppendList"/>).</summary>
    private static ReadOnlySpan<char> Joined(CharBuffer buffer, SortedStrings values)
    {
        if (values.Count == 1 && !LongText.NeedsListEscape(values.Min)) return values.Min; // joining one value is the value
        buffer.Clear();
        bool first = true;
        foreach (var v in values.Items)
        {
            if (!first) buffer.Append('|');
            LongText.AppendList(buffer, v);
            first = false;
        }
        return buffer.Span;
    }

    private static ReadOnlySpan<char> Joined(CharBuffer buffer, EvidenceSet evidence)
    {
        buffer.Clear();
        foreach (var e in evidence.Items)
        {
            if (buffer.Length > 0) buffer.Append(EvidenceText.Separator);
            EvidenceText.Append(buffer, e);
        }
        return buffer.Span;
    }

    /// <summary>Writes one &lt;data&gt; (its indented start tag given); nothing when the cleaned value is empty.</summary>
    private static void WriteData(Utf8Sink sink, ReadOnlySpan<byte> startTag, ReadOnlySpan<char> value)
    {
        if (TextCleaner.CleansToEmpty(value)) return;
        value = LongText.Fit(value, LongText.MaxXmlChars); // a plain xmllint reads every value (graph.json keeps the full text)
        sink.Write(startTag);
        sink.WriteText(value, XmlEscapes.Text);
        sink.Write("</data>\n"u8);
    }

    /// <summary>Round-trip ("R"), invariant, never NaN/Infinity (callers only pass finite values; guard anyway).</summary>
    private static string FormatDouble(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "0";
}
