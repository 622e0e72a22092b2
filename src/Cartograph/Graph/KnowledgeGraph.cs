namespace Cartograph.Graph;

/// <summary>
/// The graph core: a bidirectional, directed multigraph of <see cref="Node"/>s and <see cref="Edge"/>s.
/// Its surface (AddVertex, AddEdge, ContainsVertex, TryGetVertex, OutEdges, InEdges, Vertices, Edges)
/// mirrors QuikGraph's <c>BidirectionalGraph</c> so adopting QuikGraph later touches only this folder.
/// Enumeration is always in ordinal id order, which is what makes the writers deterministic.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly SortedDictionary<string, Node> _vertices = new(StringComparer.Ordinal);
    private readonly SortedDictionary<EdgeKey, Edge> _edges = new();
    private readonly Dictionary<string, List<Edge>> _out = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Edge>> _in = new(StringComparer.Ordinal);

    public int VertexCount => _vertices.Count;
    public int EdgeCount => _edges.Count;

    /// <summary>Nodes in ordinal id order.</summary>
    public IEnumerable<Node> Vertices => _vertices.Values;

    /// <summary>Edges in (source, target, relation) order.</summary>
    public IEnumerable<Edge> Edges => _edges.Values;

    public bool ContainsVertex(string id) => _vertices.ContainsKey(id);

    public bool TryGetVertex(string id, out Node node) => _vertices.TryGetValue(id, out node!);

    public Node AddVertex(Node node)
    {
        if (!_vertices.TryAdd(node.Id, node))
            throw new InvalidOperationException($"A node with id '{node.Id}' is already in the graph.");
        return node;
    }

    public bool RemoveVertex(string id)
    {
        if (!_vertices.Remove(id)) return false;
        foreach (var e in OutEdges(id).Concat(InEdges(id)).ToList()) RemoveEdge(e);
        _out.Remove(id);
        _in.Remove(id);
        return true;
    }

    /// <summary>
    /// Returns the edge joining source and target with this relation, creating it if needed.
    /// Symmetric relations are normalised to source &lt; target so each pair has one edge.
    /// </summary>
    public Edge GetOrAddEdge(string source, string target, Relation relation)
    {
        if (relation.IsSymmetric() && string.CompareOrdinal(source, target) > 0)
            (source, target) = (target, source);
        if (!_vertices.ContainsKey(source)) throw new KeyNotFoundException($"No node '{source}'.");
        if (!_vertices.ContainsKey(target)) throw new KeyNotFoundException($"No node '{target}'.");
        var key = new EdgeKey(source, target, relation);
        if (_edges.TryGetValue(key, out var edge)) return edge;
        edge = new Edge(source, target, relation);
        _edges.Add(key, edge);
        Adjacency(_out, source).Add(edge);
        Adjacency(_in, target).Add(edge);
        return edge;
    }

    public bool RemoveEdge(Edge edge)
    {
        if (!_edges.Remove(new EdgeKey(edge.Source, edge.Target, edge.Relation))) return false;
        _out[edge.Source].Remove(edge);
        _in[edge.Target].Remove(edge);
        return true;
    }

    public IReadOnlyList<Edge> OutEdges(string id) => _out.TryGetValue(id, out var l) ? l : [];

    public IReadOnlyList<Edge> InEdges(string id) => _in.TryGetValue(id, out var l) ? l : [];

    private static List<Edge> Adjacency(Dictionary<string, List<Edge>> map, string id)
    {
        if (!map.TryGetValue(id, out var list))
        {
            list = [];
            map.Add(id, list);
        }
        return list;
    }

    private readonly record struct EdgeKey(string Source, string Target, Relation Relation) : IComparable<EdgeKey>
    {
        public int CompareTo(EdgeKey other)
        {
            int c = string.CompareOrdinal(Source, other.Source);
            if (c != 0) return c;
            c = string.CompareOrdinal(Target, other.Target);
            return c != 0 ? c : Relation.CompareTo(other.Relation);
        }
    }
}
