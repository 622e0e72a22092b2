using System.Runtime.CompilerServices;

namespace Cartograph.Graph;

/// <summary>
/// Identity of an edge in the multigraph: its two end nodes plus the relation. Node ids are unique in a
/// graph, so comparing the node objects by reference is the same as comparing ids, without hashing strings.
/// </summary>
internal readonly struct EdgeKey(Node source, Node target, Relation relation) : IEquatable<EdgeKey>
{
    private readonly Node _source = source;
    private readonly Node _target = target;
    private readonly Relation _relation = relation;

    public bool Equals(EdgeKey other) =>
        ReferenceEquals(_source, other._source) && ReferenceEquals(_target, other._target) && _relation == other._relation;

    public override bool Equals(object? obj) => obj is EdgeKey other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(_source), RuntimeHelpers.GetHashCode(_target), (int)_relation);
}
