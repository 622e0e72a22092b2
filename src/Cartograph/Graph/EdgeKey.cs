namespace Cartograph.Graph;

/// <summary>Identity of an edge in the multigraph: ordinal (source, target) plus the relation.</summary>
internal readonly struct EdgeKey(string source, string target, Relation relation) : IEquatable<EdgeKey>
{
    public string Source { get; } = source;
    public string Target { get; } = target;
    public Relation Relation { get; } = relation;

    public bool Equals(EdgeKey other) =>
        Relation == other.Relation && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is EdgeKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.GetHashCode(StringComparison.Ordinal), Target.GetHashCode(StringComparison.Ordinal), (int)Relation);
}
