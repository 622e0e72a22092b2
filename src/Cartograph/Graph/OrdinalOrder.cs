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
    private OrderedGraph? _all;

    public void Invalidate(bool vertices)
    {
        if (_all is null && (!vertices || _vertices is null)) return; // nothing cached: the common case while building
        lock (_lock)
        {
            if (vertices) _vertices = null;
            _all = null; // edge order depends on node positions, so any change invalidates it
        }
    }

    /// <summary>Nodes in ordinal id order.</summary>
    public Node[] Vertices(Dictionary<string, Node> vertices)
    {
        lock (_lock) return _vertices ??= SortVertices(vertices);
    }

    public OrderedGraph All(Dictionary<string, Node> vertices, HashSet<Edge> edges)
    {
        lock (_lock)
        {
            if (_all is not null) return _all;
            _vertices ??= SortVertices(vertices);
            for (int i = 0; i < _vertices.Length; i++) _vertices[i].Rank = i;
            var (sorted, ends) = SortEdges(edges, _vertices.Length);
            return _all = new OrderedGraph(_vertices, sorted, ends);
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
    /// Orders the edges by (source position, target position, relation), which is the same as comparing the
    /// id strings ordinally. Node positions are small integers, so this is a counting sort by source
    /// (linear, no comparisons) followed by sorting each source's few out-edges by (target, relation).
    /// Returns the edges and, packed per edge, its (source position, target position): the writers need them.
    /// Requires every node's <see cref="Node.Rank"/> to be its position in the current vertex order.
    /// </summary>
    private static (Edge[] Edges, ulong[] Ends) SortEdges(HashSet<Edge> edges, int vertexCount)
    {
        var unsorted = new Edge[edges.Count];
        edges.CopyTo(unsorted);

        // One pass over the (scattered) edge objects; everything after works on compact arrays.
        var sources = new int[unsorted.Length];
        var within = new ulong[unsorted.Length]; // order within a source: target position, then relation
        var first = new int[vertexCount + 1];    // first[s] = where source s's edges start in the sorted order
        for (int i = 0; i < unsorted.Length; i++)
        {
            var e = unsorted[i];
            int source = e.SourceNode!.Rank;
            sources[i] = source;
            within[i] = ((ulong)(uint)e.TargetNode!.Rank << 32) | (uint)e.Relation;
            first[source + 1]++;
        }
        for (int s = 0; s < vertexCount; s++) first[s + 1] += first[s];

        var order = new int[unsorted.Length];
        var keys = new ulong[unsorted.Length];
        var next = first.AsSpan(0, vertexCount).ToArray();
        for (int i = 0; i < unsorted.Length; i++)
        {
            int at = next[sources[i]]++;
            order[at] = i;
            keys[at] = within[i];
        }
        for (int s = 0; s < vertexCount; s++)
        {
            int from = first[s], count = first[s + 1] - from;
            if (count > 1) SortRange(keys, order, from, count);
        }

        var sorted = new Edge[unsorted.Length];
        var ends = keys; // reused: rewritten in place as (source, target) positions
        for (int s = 0; s < vertexCount; s++)
        {
            for (int at = first[s]; at < first[s + 1]; at++)
            {
                sorted[at] = unsorted[order[at]];
                ends[at] = ((ulong)(uint)s << 32) | (keys[at] >> 32);
            }
        }
        return (sorted, ends);
    }

    /// <summary>Sorts one source's out-edges by key; most sources have a handful, where insertion sort wins.</summary>
    private static void SortRange(ulong[] keys, int[] items, int from, int count)
    {
        if (count > 16)
        {
            Array.Sort(keys, items, from, count);
            return;
        }
        for (int i = from + 1; i < from + count; i++)
        {
            ulong key = keys[i];
            int item = items[i];
            int j = i - 1;
            for (; j >= from && keys[j] > key; j--)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
            }
            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
