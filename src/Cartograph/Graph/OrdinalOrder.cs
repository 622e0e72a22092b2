namespace Cartograph.Graph;

/// <summary>
/// The cached enumeration order of a <see cref="KnowledgeGraph"/>: nodes by ordinal id, edges by
/// (source id, target id, relation). Sorting happens once after each change instead of on every insert,
/// which keeps building a graph of millions of edges O(n) and sorting it O(n log n) on primitive keys.
/// </summary>
internal sealed class OrdinalOrder
{
    private readonly Lock _lock = new();
    private Node[]? _vertices;
    private Edge[]? _edges;

    public void Invalidate(bool vertices)
    {
        lock (_lock)
        {
            if (vertices) _vertices = null;
            _edges = null; // edge order depends on node ranks, so any change invalidates it
        }
    }

    /// <summary>Nodes in ordinal id order.</summary>
    public Node[] Vertices(Dictionary<string, Node> vertices)
    {
        lock (_lock) return _vertices ??= SortVertices(vertices);
    }

    public Edge[] Edges(Dictionary<string, Node> vertices, Dictionary<EdgeKey, Edge> edges) => Both(vertices, edges).Edges;

    /// <summary>Both orders; afterwards each node's <see cref="Node.Rank"/> is its index in the node array.</summary>
    public (Node[] Vertices, Edge[] Edges) Both(Dictionary<string, Node> vertices, Dictionary<EdgeKey, Edge> edges)
    {
        lock (_lock)
        {
            _vertices ??= SortVertices(vertices);
            // cheap next to any use of the arrays, and it keeps Rank right without reasoning about history
            for (int i = 0; i < _vertices.Length; i++) _vertices[i].Rank = i;
            _edges ??= SortEdges(edges);
            return (_vertices, _edges);
        }
    }

    private static Node[] SortVertices(Dictionary<string, Node> vertices)
    {
        var ids = new string[vertices.Count];
        var nodes = new Node[vertices.Count];
        int i = 0;
        foreach (var (id, node) in vertices)
        {
            ids[i] = id;
            nodes[i++] = node;
        }
        Array.Sort(ids, nodes, StringComparer.Ordinal);
        return nodes;
    }

    /// <summary>
    /// Sorts on one 64-bit key per edge, (source rank, target rank), which orders exactly like comparing the
    /// id strings ordinally; the few parallel edges sharing a key are then put in relation order.
    /// Requires every node's <see cref="Node.Rank"/> to be its position in the current vertex order.
    /// </summary>
    private static Edge[] SortEdges(Dictionary<EdgeKey, Edge> edges)
    {
        var sorted = new Edge[edges.Count];
        edges.Values.CopyTo(sorted, 0);
        var keys = new ulong[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
            keys[i] = ((ulong)(uint)sorted[i].SourceNode!.Rank << 32) | (uint)sorted[i].TargetNode!.Rank;
        Array.Sort(keys, sorted);
        for (int start = 0; start < sorted.Length;)
        {
            int end = start + 1;
            while (end < sorted.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(sorted, start, end - start, RelationOrder.Instance);
            start = end;
        }
        return sorted;
    }

    private sealed class RelationOrder : IComparer<Edge>
    {
        public static readonly RelationOrder Instance = new();

        public int Compare(Edge? x, Edge? y) => x!.Relation.CompareTo(y!.Relation);
    }
}
