using Cartograph.Extraction;
using Cartograph.Graph;

namespace Cartograph.Resolution;

/// <summary>
/// Resolves the entities of many documents into one node per thing and builds the graph.
/// Entities of the same type merge when any of their keys (label or alias) agree. Everything is
/// decided from sorted inputs, so the graph is the same whatever order documents were extracted in.
/// </summary>
public sealed class EntityResolver
{
    /// <summary>How many quotes a node or edge keeps; counts (mentions, weight) still cover every one.</summary>
    public const int MaxEvidence = 8;

    public KnowledgeGraph Resolve(IEnumerable<DocumentExtraction> extractions)
    {
        var docs = extractions
            .GroupBy(d => d.ContentHash, StringComparer.Ordinal).Select(g => g.OrderBy(d => d.DocumentId, StringComparer.Ordinal).First())
            .OrderBy(d => d.DocumentId, StringComparer.Ordinal).ToList();
        var groups = new EntityGroups();
        foreach (var d in docs)
            for (int e = 0; e < d.Entities.Count; e++) groups.Add(d, e);
        groups.Close();

        var graph = new KnowledgeGraph();
        var support = new Dictionary<Edge, HashSet<(string, int, string)>>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups.All)
        {
            var node = new Node(NodeIds.For(group.Type, group.Label), group.Label, group.Type);
            if (graph.ContainsVertex(node.Id)) node = new Node(node.Id + "-" + group.Ordinal, group.Label, group.Type);
            group.NodeId = node.Id;
            graph.AddVertex(node);
        }
        foreach (var d in docs)
        {
            for (int e = 0; e < d.Entities.Count; e++)
            {
                var entity = d.Entities[e];
                graph.TryGetVertex(groups.Of(d, e).NodeId!, out var node);
                node.Mentions += entity.Mentions.Count;
                node.Documents.Add(d.DocumentId);
                if (!string.Equals(entity.Label, node.Label, StringComparison.Ordinal)) node.Aliases.Add(entity.Label);
                foreach (var a in entity.Aliases) if (!string.Equals(a, node.Label, StringComparison.Ordinal)) node.Aliases.Add(a);
                foreach (int s in entity.Mentions) AddCapped(node.Evidence, EvidenceOf(d, s));
            }
            foreach (var r in d.Relations)
                AddEdge(graph, support, groups.Of(d, r.Source).NodeId!, r.Relation, groups.Of(d, r.Target).NodeId!, EvidenceOf(d, r.Sentence));
        }
        SharedTaskRivals.Apply(graph, support, docs, groups);
        return graph;
    }

    internal static Evidence EvidenceOf(DocumentExtraction d, int sentence)
    {
        var s = d.Sentences[sentence];
        return new Evidence(d.DocumentId, s.Line, s.Speaker, s.Quote);
    }

    /// <summary>Adds one supporting sentence to the edge; its weight counts distinct sentences.</summary>
    internal static void AddEdge(KnowledgeGraph graph, Dictionary<Edge, HashSet<(string, int, string)>> support,
        string source, Relation relation, string target, Evidence evidence)
    {
        if (source == target) return;
        var edge = graph.GetOrAddEdge(source, target, relation);
        if (!support.TryGetValue(edge, out var sentences)) support[edge] = sentences = [];
        if (sentences.Add((evidence.Document, evidence.Line, evidence.Quote))) edge.Weight = sentences.Count;
        AddCapped(edge.Evidence, evidence);
    }

    private static void AddCapped(SortedSet<Evidence> set, Evidence evidence)
    {
        if (set.Count < MaxEvidence) { set.Add(evidence); return; }
        if (evidence.CompareTo(set.Max) >= 0) return;
        if (set.Add(evidence)) set.Remove(set.Max!);
    }
}
