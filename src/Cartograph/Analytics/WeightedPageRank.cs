namespace Cartograph.Analytics;

/// <summary>
/// Weighted PageRank as QuikGraph's <c>PageRankAlgorithm</c> defines it, run on the adjacency arrays: ranks start
/// at 0 and each iteration sets every node to (1 - d) + d * sum over its in-edges of rank(source) * weight /
/// (source's total out-weight), all from the previous iteration's ranks, until the ranks move by less than the
/// tolerance in all or the iterations run out. That is QuikGraph's update with each edge repeated by its weight
/// (a walker leaves a node along an edge in proportion to the sentences behind it); a test runs QuikGraph's own
/// algorithm on <see cref="RankingGraphView"/> and checks the two agree.
/// <para>
/// Not QuikGraph's code itself: it wraps the graph in a filtered view that counts a source's out-edges afresh for
/// every edge it follows, which is quadratic in out-degree: 129 s for a 100,000-node, 500,000-edge graph where
/// this takes well under a second (bench/RESULTS.md).
/// </para>
/// The ranks are then scaled to sum to 1, as Gephi and networkx report PageRank.
/// </summary>
internal static class WeightedPageRank
{
    public const double Damping = 0.85;

    /// <summary>The tolerance is this much per node: iterations stop once the ranks, summed over all nodes, move by less.</summary>
    public const double TolerancePerNode = 1e-9;

    public const int MaxIterations = 100;

    public static double[] Compute(WeightedAdjacency graph)
    {
        int n = graph.NodeCount;
        var ranks = new double[n];
        if (n == 0) return ranks;
        // each arc's share of its source's out-weight, fixed for all iterations
        var outWeight = new double[n];
        for (int v = 0; v < n; v++)
            for (int a = graph.OutStart[v]; a < graph.OutStart[v + 1]; a++) outWeight[v] += Math.Max(1, graph.OutWeight[a]);
        var share = new double[graph.ArcCount];
        for (int v = 0; v < n; v++)
            for (int a = graph.InStart[v]; a < graph.InStart[v + 1]; a++) share[a] = Math.Max(1, graph.InWeight[a]) / outWeight[graph.InSource[a]];

        var next = new double[n];
        double tolerance = TolerancePerNode * n;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double error = 0;
            for (int v = 0; v < n; v++)
            {
                double r = 0;
                for (int a = graph.InStart[v]; a < graph.InStart[v + 1]; a++) r += ranks[graph.InSource[a]] * share[a];
                double rank = (1 - Damping) + Damping * r;
                next[v] = rank;
                error += Math.Abs(ranks[v] - rank);
            }
            (ranks, next) = (next, ranks);
            if (error <= tolerance) break;
        }
        double sum = 0;
        foreach (double r in ranks) sum += r;
        for (int v = 0; v < n; v++) ranks[v] /= sum;
        return ranks;
    }
}
