namespace Cartograph.Graph;

/// <summary>
/// A directed, typed edge. Several edges may join the same two nodes (one per relation), so the
/// graph is a multigraph and <see cref="Key"/> (the relation name) tells them apart.
/// </summary>
public sealed class Edge
{
    public Edge(string source, string target, Relation relation)
    {
        Source = source;
        Target = target;
        Relation = relation;
    }

    public string Source { get; }
    public string Target { get; }
    public Relation Relation { get; }

    /// <summary>Multigraph key: unique among the edges joining the same source and target.</summary>
    public string Key => Relation.Name();

    /// <summary>Distinct supporting sentences; never 0 (Gephi drops zero-weight edges).</summary>
    public int Weight
    {
        get => Math.Max(1, Math.Max(_support, Evidence.Count));
        set => _support = value;
    }

    private int _support;

    /// <summary>The supporting sentences (the first ones in document order when there are many).</summary>
    public SortedSet<Evidence> Evidence { get; } = new();
}
