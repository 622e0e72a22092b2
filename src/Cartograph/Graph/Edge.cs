namespace Cartograph.Graph;

/// <summary>
/// A directed, typed edge. Several edges may join the same two nodes (one per relation), so the
/// graph is a multigraph and <see cref="Key"/> (the relation name) tells them apart.
/// </summary>
public sealed class Edge
{
    public Edge(string source, string target, Relation relation)
    {
        _source = source;
        _target = target;
        Relation = relation;
    }

    internal Edge(Node source, Node target, Relation relation)
    {
        _source = source;
        _target = target;
        Relation = relation;
    }

    // The end ids of a free-standing edge, or the end nodes (which hold the ids) of an edge of a graph:
    // one field each instead of two, on millions of edges.
    private readonly object _source;
    private readonly object _target;

    public string Source => _source as string ?? ((Node)_source).Id;
    public string Target => _target as string ?? ((Node)_target).Id;
    public Relation Relation { get; }

    /// <summary>
    /// The rules (or the model) that made the edge, in any document (the graph files' <c>rules</c>). A flag set in the
    /// two bytes beside <see cref="Relation"/>, so it costs no memory per edge and folding a relation into it is an OR.
    /// </summary>
    public RelationOrigin Rules { get; internal set; }

    /// <summary>The end nodes, set when the edge belongs to a graph (used for adjacency and sorting).</summary>
    internal Node? SourceNode => _source as Node;
    internal Node? TargetNode => _target as Node;

    /// <summary>Multigraph key: unique among the edges joining the same source and target.</summary>
    public string Key => Relation.Name();

    /// <summary>Distinct supporting sentences; never 0 (Gephi drops zero-weight edges).</summary>
    public int Weight
    {
        get => Math.Max(1, Math.Max(_support, _evidence?.Count ?? 0)); // reading must not create the lazy set
        set => _support = value;
    }

    private int _support;

    /// <summary>The supporting sentences counted so far (what <see cref="Weight"/> was set to), for adding more.</summary>
    internal int Support => _support;

    /// <summary>The supporting sentences (the first ones in document order when there are many).</summary>
    public EvidenceSet Evidence => LazySet.Get(ref _evidence);

    private EvidenceSet? _evidence;

    /// <summary>For readers that must not create empty sets (the writers): null when there is no evidence.</summary>
    internal EvidenceSet? EvidenceIfAny => LazySet.IfAny(_evidence);

    /// <summary>Takes <paramref name="set"/> as its quotes when it has none yet (no copy); false otherwise.</summary>
    internal bool TryAdoptEvidence(EvidenceSet set)
    {
        if (_evidence is { Count: > 0 }) return false;
        _evidence = set;
        return true;
    }
}
