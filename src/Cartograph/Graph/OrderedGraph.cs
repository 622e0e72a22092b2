namespace Cartograph.Graph;

/// <summary>
/// A snapshot of a graph in enumeration order, for the writers: the node and edge arrays plus, for edge i,
/// the positions of its source and target in <see cref="Vertices"/>. Writers cache per-node output by
/// position and read edge ends from the packed array, so a million-edge pass touches no node objects.
/// Valid until the graph changes.
/// </summary>
internal sealed class OrderedGraph(Node[] vertices, Edge[] edges, ulong[] ends)
{
    public Node[] Vertices { get; } = vertices;
    public Edge[] Edges { get; } = edges;

    /// <summary>Index in <see cref="Vertices"/> of the source of edge <paramref name="edge"/>.</summary>
    public int Source(int edge) => (int)(ends[edge] >> 32);

    /// <summary>Index in <see cref="Vertices"/> of the target of edge <paramref name="edge"/>.</summary>
    public int Target(int edge) => (int)(uint)ends[edge];
}
