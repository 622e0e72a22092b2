using System.Diagnostics;
using System.Runtime.CompilerServices;
using Cartograph.Graph;

namespace Cartograph.Analytics;

/// <summary>
/// What the map knows about each node beyond what was read: its degree, weighted PageRank, weakly connected
/// component and community. Computed from the finished graph (so a build, an update and a merge of the same
/// documents agree to the byte) and cached with the graph's ordered snapshot until the graph changes.
/// Arrays are indexed by a node's position in id order, the order the writers enumerate.
/// </summary>
public sealed class GraphAnalytics
{
    private static readonly ConditionalWeakTable<OrderedGraph, GraphAnalytics> s_cache = [];

    private GraphAnalytics(Node[] nodes, int[] degree, double[] pageRank, int[] component, int componentCount,
        int[] community, int communityCount, TimeSpan elapsed)
    {
        Nodes = nodes;
        Degree = degree;
        PageRank = pageRank;
        Component = component;
        ComponentCount = componentCount;
        Community = community;
        CommunityCount = communityCount;
        Elapsed = elapsed;
    }

    /// <summary>The nodes in id order; the other arrays are indexed alike.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Edges touching each node, in and out, unweighted.</summary>
    public IReadOnlyList<int> Degree { get; }

    /// <summary>Weighted PageRank (QuikGraph, damping 0.85), summing to 1 over the graph.</summary>
    public IReadOnlyList<double> PageRank { get; }

    /// <summary>Weakly connected component, 0 the largest.</summary>
    public IReadOnlyList<int> Component { get; }
    public int ComponentCount { get; }

    /// <summary>Louvain community on the undirected weighted graph, 0 the largest; a node without edges is a community of its own.</summary>
    public IReadOnlyList<int> Community { get; }
    public int CommunityCount { get; }

    /// <summary>How long computing them took (for the benchmark and CARTOGRAPH_TIMINGS).</summary>
    public TimeSpan Elapsed { get; }

    public static GraphAnalytics Of(KnowledgeGraph graph) => Of(graph.Ordered());

    internal static GraphAnalytics Of(OrderedGraph graph) => s_cache.GetValue(graph, Compute);

    private static GraphAnalytics Compute(OrderedGraph graph)
    {
        long start = Stopwatch.GetTimestamp();
        // Louvain reads the graph, not the adjacency: it runs on a thread of its own beside the other three (each
        // result is the same whichever finishes first), which takes the longest of them off the build's critical path
        int communities = 0;
        int[]? community = null;
        long louvainEnd = 0;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var louvain = new Thread(() =>
        {
            try
            {
                community = LouvainCommunities.Compute(graph, out communities);
            }
            catch (Exception ex)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex); // rethrown to the caller below
            }
            louvainEnd = Stopwatch.GetTimestamp();
        }) { IsBackground = true, Name = "Cartograph communities" };
        louvain.Start();
        var adjacency = WeightedAdjacency.Of(graph);
        long t0 = Stopwatch.GetTimestamp();
        var pageRank = WeightedPageRank.Compute(adjacency);
        long t1 = Stopwatch.GetTimestamp();
        var component = WeakComponents.Compute(adjacency, out int components);
        long t2 = Stopwatch.GetTimestamp();
        louvain.Join();
        failure?.Throw();
        if (Environment.GetEnvironmentVariable("CARTOGRAPH_TIMINGS") == "1")
            Console.Error.WriteLine($"analytics: adjacency {Stopwatch.GetElapsedTime(start, t0).TotalSeconds:N2} s, pagerank {Stopwatch.GetElapsedTime(t0, t1).TotalSeconds:N2} s, components {Stopwatch.GetElapsedTime(t1, t2).TotalSeconds:N2} s, communities {Stopwatch.GetElapsedTime(start, louvainEnd).TotalSeconds:N2} s beside them, {Stopwatch.GetElapsedTime(start).TotalSeconds:N2} s in all");
        return new GraphAnalytics(graph.Vertices, adjacency.Degree, pageRank, component, components, community!, communities,
            Stopwatch.GetElapsedTime(start));
    }
}
