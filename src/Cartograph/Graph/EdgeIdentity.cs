using System.Runtime.CompilerServices;

namespace Cartograph.Graph;

/// <summary>
/// Identity of an edge of a graph: its two end nodes plus the relation. Node ids are unique in a graph,
/// so comparing the node objects by reference is the same as comparing ids, without hashing strings.
/// The graph keeps its edges in a set under this comparer rather than in a dictionary keyed by a copy of
/// these three fields: 20 fewer bytes per edge, on millions of edges.
/// </summary>
internal sealed class EdgeIdentity : IEqualityComparer<Edge>
{
    public static readonly EdgeIdentity Instance = new();

    public bool Equals(Edge? a, Edge? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Relation == b.Relation
            && ReferenceEquals(a.SourceNode, b.SourceNode) && ReferenceEquals(a.TargetNode, b.TargetNode));

    public int GetHashCode(Edge edge) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(edge.SourceNode), RuntimeHelpers.GetHashCode(edge.TargetNode), (int)edge.Relation);
}
