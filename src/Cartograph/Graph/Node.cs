namespace Cartograph.Graph;

/// <summary>
/// One entity of the map. The id is stable (<c>type:slug</c>), so the same thing gets the same id in every build.
/// Lists are kept sorted so outputs do not depend on the order documents were read.
/// </summary>
public sealed class Node
{
    public Node(string id, string label, EntityType type)
    {
        Id = id;
        Label = label;
        Type = type;
    }

    public string Id { get; }
    public string Label { get; set; }
    public EntityType Type { get; }

    /// <summary>Other surface forms of the same entity, sorted ordinally, never including the label.</summary>
    public SortedStrings Aliases => LazySet.Get(ref _aliases);

    /// <summary>Number of times the entity was mentioned across the corpus.</summary>
    public int Mentions { get; set; }

    /// <summary>Ids of the documents that mention it, sorted.</summary>
    public SortedStrings Documents => LazySet.Get(ref _documents);

    /// <summary>The mentions, each with its quote.</summary>
    public EvidenceSet Evidence => LazySet.Get(ref _evidence);

    private SortedStrings? _aliases;
    private SortedStrings? _documents;
    private EvidenceSet? _evidence;

    // For readers that must not create empty sets (the writers, on millions of nodes): null when empty.
    internal SortedStrings? AliasesIfAny => LazySet.IfAny(_aliases);
    internal SortedStrings? DocumentsIfAny => LazySet.IfAny(_documents);
    internal EvidenceSet? EvidenceIfAny => LazySet.IfAny(_evidence);

    /// <summary>Takes <paramref name="set"/> as its quotes when it has none yet (no copy); false otherwise.</summary>
    internal bool TryAdoptEvidence(EvidenceSet set)
    {
        if (_evidence is { Count: > 0 }) return false;
        _evidence = set;
        return true;
    }

    // Adjacency and sort position, kept on the node so the graph needs no per-node dictionaries;
    // that is why a node can belong to one graph at a time (Owner).
    internal KnowledgeGraph? Owner { get; set; }
    internal List<Edge> OutList => _out ??= [];
    internal List<Edge> InList => _in ??= [];
    internal IReadOnlyList<Edge> OutOrEmpty => (IReadOnlyList<Edge>?)_out ?? [];
    internal IReadOnlyList<Edge> InOrEmpty => (IReadOnlyList<Edge>?)_in ?? [];

    private List<Edge>? _out;
    private List<Edge>? _in;

    /// <summary>Position in ordinal id order, set by OrdinalOrder just before it sorts the edges by it.</summary>
    internal int Rank { get; set; }
}
