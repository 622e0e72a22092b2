using Cartograph.Graph;

namespace Cartograph.Pipeline;

/// <summary>Counts for the end-of-build summary: nodes per type, edges per relation.</summary>
public sealed record GraphSummary(IReadOnlyDictionary<EntityType, int> NodesByType, IReadOnlyDictionary<Relation, int> EdgesByRelation)
{
    public static GraphSummary Of(KnowledgeGraph graph)
    {
        var nodes = EntityTypeNames.All.ToDictionary(t => t, _ => 0);
        var edges = RelationNames.All.ToDictionary(r => r, _ => 0);
        foreach (var n in graph.Vertices) nodes[n.Type]++;
        foreach (var e in graph.Edges) edges[e.Relation]++;
        return new GraphSummary(nodes, edges);
    }
}
