using Cartograph.Graph;

namespace Cartograph.Analytics;

/// <summary>
/// The graph as compressed adjacency arrays over node positions (the ordered graph's indices): each node's
/// out- and in-edges with their weights, a symmetric relation counted in both directions (a rivalry is not
/// one-way). Built once from the ordered graph in O(nodes + edges); every algorithm here reads it instead
/// of the node objects.
/// </summary>
internal sealed class WeightedAdjacency
{
    private WeightedAdjacency(int nodeCount, int[] outStart, int[] outTarget, int[] outWeight, int[] inStart, int[] inSource, int[] inWeight, int[] degree)
    {
        NodeCount = nodeCount;
        OutStart = outStart;
        OutTarget = outTarget;
        OutWeight = outWeight;
        InStart = inStart;
        InSource = inSource;
        InWeight = inWeight;
        Degree = degree;
    }

    public int NodeCount { get; }

    /// <summary>Node v's out-arcs are [OutStart[v], OutStart[v + 1]) in <see cref="OutTarget"/> and <see cref="OutWeight"/>, by target.</summary>
    public int[] OutStart { get; }
    public int[] OutTarget { get; }
    public int[] OutWeight { get; }

    /// <summary>Node v's in-arcs are [InStart[v], InStart[v + 1]) in <see cref="InSource"/> and <see cref="InWeight"/>, by source.</summary>
    public int[] InStart { get; }
    public int[] InSource { get; }
    public int[] InWeight { get; }

    /// <summary>Edges of the graph that touch each node (in + out, a symmetric edge once), unweighted.</summary>
    public int[] Degree { get; }

    public int ArcCount => OutTarget.Length;

    public static WeightedAdjacency Of(OrderedGraph graph)
    {
        int n = graph.Vertices.Length;
        var edges = graph.Edges;
        var degree = new int[n];
        var outStart = new int[n + 1];
        var inStart = new int[n + 1];
        for (int i = 0; i < edges.Length; i++)
        {
            int s = graph.Source(i), t = graph.Target(i);
            degree[s]++;
            degree[t]++;
            outStart[s + 1]++;
            inStart[t + 1]++;
            if (edges[i].Relation.IsSymmetric())
            {
                outStart[t + 1]++;
                inStart[s + 1]++;
            }
        }
        for (int v = 0; v < n; v++)
        {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        int arcs = outStart[n];
        var outTarget = new int[arcs];
        var outWeight = new int[arcs];
        var inSource = new int[arcs];
        var inWeight = new int[arcs];
        var outNext = outStart.AsSpan(0, n).ToArray();
        var inNext = inStart.AsSpan(0, n).ToArray();
        // edges come sorted by (source, target), so each node's arcs are filled in a fixed order
        for (int i = 0; i < edges.Length; i++)
        {
            int s = graph.Source(i), t = graph.Target(i), w = edges[i].Weight;
            Add(s, t, w);
            if (edges[i].Relation.IsSymmetric()) Add(t, s, w);
        }
        return new WeightedAdjacency(n, outStart, outTarget, outWeight, inStart, inSource, inWeight, degree);

        void Add(int s, int t, int w)
        {
            int o = outNext[s]++;
            outTarget[o] = t;
            outWeight[o] = w;
            int k = inNext[t]++;
            inSource[k] = s;
            inWeight[k] = w;
        }
    }
}
