using Cartograph.Analytics;
using Cartograph.Graph;

namespace Cartograph.Writing;

/// <summary>
/// Which nodes and edges the DOT map shows. Nodes without edges are left off (they are counted in the title)
/// unless asked for; past <see cref="DotMapOptions.MaxNodes"/> the map keeps the nodes with the highest
/// PageRank, so that Graphviz draws a readable map in seconds whatever the corpus. The full graph is in the
/// GraphML, the JSON and the explorer.
/// </summary>
internal sealed class MapSelection
{
    private MapSelection(int[] nodes, int[] edges, int isolatedLeftOff, int cutByRank)
    {
        Nodes = nodes;
        Edges = edges;
        IsolatedLeftOff = isolatedLeftOff;
        CutByRank = cutByRank;
    }

    /// <summary>Positions (in id order) of the nodes shown, ascending.</summary>
    public int[] Nodes { get; }

    /// <summary>Indices of the edges shown (both ends shown), ascending.</summary>
    public int[] Edges { get; }

    /// <summary>Nodes without edges that the map leaves off.</summary>
    public int IsolatedLeftOff { get; }

    /// <summary>Nodes with edges that the map leaves off because it shows only the top ones by PageRank.</summary>
    public int CutByRank { get; }

    public static MapSelection Of(OrderedGraph graph, GraphAnalytics analytics, DotMapOptions options)
    {
        int n = graph.Vertices.Length;
        var candidates = new List<int>(Math.Min(n, 1 << 16));
        int isolated = 0;
        for (int v = 0; v < n; v++)
        {
            if (analytics.Degree[v] > 0 || options.KeepIsolated) candidates.Add(v);
            else isolated++;
        }
        int cut = 0;
        if (candidates.Count > options.MaxNodes)
        {
            cut = candidates.Count - options.MaxNodes;
            // highest PageRank first, ties by position: a fixed order, so the same map every time
            candidates.Sort((a, b) =>
            {
                int c = analytics.PageRank[b].CompareTo(analytics.PageRank[a]);
                return c != 0 ? c : a.CompareTo(b);
            });
            candidates.RemoveRange(options.MaxNodes, cut);
            candidates.Sort();
        }
        var shown = new bool[n];
        foreach (int v in candidates) shown[v] = true;
        var edges = new List<int>();
        for (int i = 0; i < graph.Edges.Length; i++)
            if (shown[graph.Source(i)] && shown[graph.Target(i)]) edges.Add(i);
        return new MapSelection([.. candidates], [.. edges], options.KeepIsolated ? 0 : isolated, cut);
    }
}

/// <summary>What the DOT map shows.</summary>
/// <param name="KeepIsolated">Also draw the nodes that have no edge (off by default: they float around the map's edge).</param>
/// <param name="MaxNodes">Past this many nodes, draw only this many, the highest by PageRank.</param>
public sealed record DotMapOptions(bool KeepIsolated = false, int MaxNodes = DotMapOptions.DefaultMaxNodes)
{
    public const int DefaultMaxNodes = 300;

    public static readonly DotMapOptions Default = new();
}
