using System.Globalization;
using System.Text;
using System.Xml;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing.Reference;

// The writer as it was before the streaming UTF-8 rewrite (commit d2a2508), on XmlWriter/Utf8JsonWriter/StreamWriter.
// Kept unchanged as the oracle: the fast writers must produce exactly these bytes (WriterEquivalenceTests).

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
/// </summary>
internal static class ReferenceGraphMlWriter
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

    public static void Write(KnowledgeGraph graph, GraphMetadata meta, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize, // keeps \r and \n inside values exact
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(stream, settings);
        var buffer = new StringBuilder(256);

        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd");

        foreach (var (id, name, forWhat, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", forWhat);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        WriteData(xml, "name", meta.Name);
        WriteData(xml, "document_count", Int(meta.DocumentCount));
        WriteData(xml, "generator", meta.Generator);
        WriteData(xml, "generator_version", meta.GeneratorVersion);

        var analytics = GraphAnalytics.Of(graph);
        int index = 0;
        foreach (var node in graph.Vertices) WriteNode(xml, node, analytics, index++, buffer);

        int edgeIndex = 0;
        foreach (var edge in graph.Edges) WriteEdge(xml, edge, edgeIndex++, buffer);

        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // graphml
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n'); // XmlWriter leaves no final newline; POSIX tools expect one
    }

    /// <summary>
    /// GraphML ids are NMTOKENs. Normal ids (<c>type:slug</c>) already are; anything else is encoded
    /// reversibly (<c>_xHHHH_</c>) by <see cref="XmlConvert.EncodeNmToken"/> so the file stays valid.
    /// </summary>
    public static string ReferenceNodeId(string id) => XmlConvert.EncodeNmToken(TextCleaner.Clean(id)) ?? "_";

    private static void WriteNode(XmlWriter xml, Node node, GraphAnalytics analytics, int index, StringBuilder buffer)
    {
        var style = EntityStyles.For(node.Type);
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", ReferenceNodeId(node.Id));
        WriteData(xml, "label", node.Label);
        WriteData(xml, "entity_type", node.Type.Name());
        WriteJoined(xml, "aliases", node.Aliases, buffer);
        WriteData(xml, "mentions", Int(node.Mentions));
        WriteData(xml, "degree", Int(analytics.Degree[index]));
        WriteData(xml, "pagerank", PageRankText(analytics.PageRank[index]));
        WriteData(xml, "component", Int(analytics.Component[index]));
        WriteData(xml, "community", Int(analytics.Community[index]));
        WriteJoined(xml, "documents", node.Documents, buffer);
        WriteEvidence(xml, "evidence", node.Evidence, buffer);
        WriteData(xml, "size", Double(EntityStyles.NodeSize(node.Mentions)));
        WriteData(xml, "r", Int(style.R));
        WriteData(xml, "g", Int(style.G));
        WriteData(xml, "b", Int(style.B));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Edge edge, int index, StringBuilder buffer)
    {
        string relation = edge.Relation.Name();
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", "e" + index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("source", ReferenceNodeId(edge.Source));
        xml.WriteAttributeString("target", ReferenceNodeId(edge.Target));
        WriteData(xml, "edge_label", relation);
        WriteData(xml, "relation", relation);
        WriteData(xml, "weight", Double(edge.Weight));
        if (edge.Rules != RelationOrigin.Unrecorded) WriteData(xml, "rules", edge.Rules.Names("|"));
        WriteEvidence(xml, "edge_evidence", edge.Evidence, buffer);
        xml.WriteEndElement();
    }

    private static void WriteJoined(XmlWriter xml, string key, SortedStrings values, StringBuilder buffer)
    {
        buffer.Clear();
        bool first = true;
        foreach (var v in values)
        {
            if (!first) buffer.Append('|');
            buffer.Append(v.Replace("\\", "\\\\").Replace("|", "\\|"));
            first = false;
        }
        WriteData(xml, key, buffer);
    }

    private static void WriteEvidence(XmlWriter xml, string key, EvidenceSet evidence, StringBuilder buffer)
    {
        buffer.Clear();
        foreach (var e in evidence)
        {
            if (buffer.Length > 0) buffer.Append(EvidenceText.Separator);
            EvidenceText.Append(buffer, e);
        }
        WriteData(xml, key, buffer);
    }

    private static void WriteData(XmlWriter xml, string key, StringBuilder value)
    {
        if (value.Length == 0) return;
        WriteData(xml, key, value.ToString());
    }

    /// <summary>Writes one &lt;data&gt;; an empty value writes nothing (empty &lt;data&gt; is not allowed here).</summary>
    private static void WriteData(XmlWriter xml, string key, string value)
    {
        string clean = TextCleaner.Clean(value);
        if (clean.Length == 0) return;
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(clean);
        xml.WriteEndElement();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Round-trip, invariant, never NaN/Infinity (callers only pass finite values; guard anyway).</summary>
    private static string Double(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "0";

    // six significant digits; a whole number keeps ".0" so it still reads as a float
    private static string PageRankText(double value) =>
        value.ToString(value == Math.Floor(value) ? "0.0" : "G6", System.Globalization.CultureInfo.InvariantCulture);
}
