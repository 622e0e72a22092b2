namespace Cartograph.Graph;

/// <summary>
/// The graph core: a bidirectional, directed multigraph of <see cref="Node"/>s and <see cref="Edge"/>s.
/// Its surface (AddVertex, AddEdge, ContainsVertex, TryGetVertex, OutEdges, InEdges, Vertices, Edges)
/// mirrors QuikGraph's <c>BidirectionalGraph</c> so adopting QuikGraph later touches only this folder.
/// Enumeration is always in ordinal id order, which is what makes the writers deterministic.
/// <para>
/// Storage is hashed (O(1) add and lookup, which matters at millions of edges); the ordinal order is
/// produced by sorting once when the graph is first enumerated after a change, and cached until the
/// next change. Like the standard collections, changing the graph while enumerating it throws.
/// </para>
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, Node> _vertices;
    private readonly HashSet<Edge> _edges;
    private readonly OrdinalOrder _order = new();
    private readonly Lock _adjacencyLock = new();
    private volatile bool _adjacent; // nodes' in/out lists filled: only once asked for, as a build never does (3 M edges: ~75 MB)
    private int _version;

    public KnowledgeGraph()
        : this(0, 0)
    {
    }

    /// <summary>Pre-sizes the storage, which spares rehashing (and large garbage) when the final size is known.</summary>
    public KnowledgeGraph(int vertexCapacity, int edgeCapacity)
    {
        _vertices = new(vertexCapacity, StringComparer.Ordinal);
        _edges = new(edgeCapacity, EdgeIdentity.Instance);
    }

    public int VertexCount => _vertices.Count;
    public int EdgeCount => _edges.Count;

    /// <summary>Nodes in ordinal id order.</summary>
    public IEnumerable<Node> Vertices => EnumerateVertices();

    /// <summary>Edges in (source, target, relation) order, ids compared ordinally.</summary>
    public IEnumerable<Edge> Edges => EnumerateEdges();

    /// <summary>
    /// Nodes and edges in enumeration order as arrays, with each edge's end positions, for the writers.
    /// The arrays are the graph's cache: read them, and do not change the graph meanwhile.
    /// </summary>
    internal OrderedGraph Ordered() => _order.All(_vertices, _edges);

    public bool ContainsVertex(string id) => _vertices.ContainsKey(id);

    public bool TryGetVertex(string id, out Node node) => _vertices.TryGetValue(id, out node!);

    /// <exception cref="InvalidOperationException">The id is taken, or the node is in another graph (nodes hold their adjacency).</exception>
    public Node AddVertex(Node node)
    {
        if (node.Owner is not null && node.Owner != this)
            throw new InvalidOperationException($"The node '{node.Id}' already belongs to another graph.");
        if (!_vertices.TryAdd(node.Id, node))
            throw new InvalidOperationException($"A node with id '{node.Id}' is already in the graph.");
        node.Owner = this;
        Changed(vertices: true);
        return node;
    }

    public bool RemoveVertex(string id)
    {
        if (!_vertices.Remove(id, out var node)) return false;
        EnsureAdjacency();
        foreach (var e in node.OutOrEmpty.Concat(node.InOrEmpty).ToList()) RemoveEdge(e);
        node.Owner = null;
        Changed(vertices: true);
        return true;
    }

    /// <summary>
    /// Returns the edge joining source and target with this relation, creating it if needed.
    /// Symmetric relations are normalised to source &lt; target so each pair has one edge.
    /// </summary>
    public Edge GetOrAddEdge(string source, string target, Relation relation)
    {
        if (!_vertices.TryGetValue(source, out var from)) throw new KeyNotFoundException($"No node '{source}'.");
        if (!_vertices.TryGetValue(target, out var to)) throw new KeyNotFoundException($"No node '{target}'.");
        return GetOrAddEdge(from, to, relation);
    }

    /// <summary>
    /// As <see cref="GetOrAddEdge(string, string, Relation)"/> for two nodes of this graph the caller holds (building a
    /// graph from millions of folded edges, where looking both ends up by id again was a third of the time).
    /// </summary>
    internal Edge GetOrAddEdge(Node from, Node to, Relation relation)
    {
        if (from.Owner != this || to.Owner != this) throw new InvalidOperationException("Both ends must be nodes of this graph.");
        if (relation.IsSymmetric() && string.CompareOrdinal(from.Id, to.Id) > 0)
            (from, to) = (to, from);
        var edge = new Edge(from, to, relation);
        if (_edges.TryGetValue(edge, out var existing)) return existing; // the new one was only a probe
        _edges.Add(edge);
        if (_adjacent)
        {
            from.OutList.Add(edge);
            to.InList.Add(edge);
        }
        Changed(vertices: false);
        return edge;
    }

    public bool RemoveEdge(Edge edge)
    {
        if (edge.SourceNode is not { } from || edge.TargetNode is not { } to) return false; // never added to a graph
        if (!_edges.TryGetValue(edge, out var stored) || !ReferenceEquals(stored, edge)) return false;
        _edges.Remove(edge);
        if (_adjacent)
        {
            from.OutList.Remove(edge);
            to.InList.Remove(edge);
        }
        Changed(vertices: false);
        return true;
    }

    public IReadOnlyList<Edge> OutEdges(string id)
    {
        EnsureAdjacency();
        return _vertices.TryGetValue(id, out var n) ? n.OutOrEmpty : [];
    }

    public IReadOnlyList<Edge> InEdges(string id)
    {
        EnsureAdjacency();
        return _vertices.TryGetValue(id, out var n) ? n.InOrEmpty : [];
    }

    /// <summary>Fills every node's in/out lists from the edges, once; edges added or removed later keep them up to date.</summary>
    private void EnsureAdjacency()
    {
        if (_adjacent) return;
        lock (_adjacencyLock)
        {
            if (_adjacent) return;
            foreach (var edge in _edges)
            {
                edge.SourceNode!.OutList.Add(edge);
                edge.TargetNode!.InList.Add(edge);
            }
            _adjacent = true;
        }
    }

    private void Changed(bool vertices)
    {
        _version++;
        _order.Invalidate(vertices);
    }

    // Iterators, so the sorted snapshot is taken when enumeration starts (a live view, like SortedDictionary.Values).
    private IEnumerable<Node> EnumerateVertices()
    {
        int version = _version;
        foreach (var node in _order.Vertices(_vertices))
        {
            yield return node;
            if (version != _version) throw ChangedWhileEnumerating(); // checked on resuming, so also after the last one
        }
    }

    private IEnumerable<Edge> EnumerateEdges()
    {
        int version = _version;
        foreach (var edge in _order.All(_vertices, _edges).Edges)
        {
            yield return edge;
            if (version != _version) throw ChangedWhileEnumerating(); // checked on resuming, so also after the last one
        }
    }

    private static InvalidOperationException ChangedWhileEnumerating() =>
        new("The graph was changed while it was being enumerated.");
}
