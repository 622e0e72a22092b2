using QuikGraph.Algorithms.ConnectedComponents;

namespace Cartograph.Analytics;

/// <summary>
/// Weakly connected components by QuikGraph's <see cref="WeaklyConnectedComponentsAlgorithm{TVertex, TEdge}"/>,
/// renumbered so that numbers mean something and never depend on the search: component 0 is the largest,
/// ties going to the component holding the smaller node position.
/// </summary>
internal static class WeakComponents
{
    public static int[] Compute(WeightedAdjacency graph, out int count)
    {
        var algorithm = new WeaklyConnectedComponentsAlgorithm<int, QuikGraph.SEdge<int>>(new RankingGraphView(graph, repeatByWeight: false));
        algorithm.Compute();
        var raw = new int[graph.NodeCount];
        for (int v = 0; v < raw.Length; v++) raw[v] = algorithm.Components[v];
        return Partition.BySize(raw, out count);
    }
}
