using Cartograph.Graph;

namespace Cartograph.Analytics;

/// <summary>
/// Communities by the Louvain method (Blondel et al. 2008) on the undirected weighted graph: every edge joins
/// its two ends with its weight, whatever its relation or direction. Nodes move, one at a time, to the
/// neighbouring community that gains the most modularity; then each community becomes one node and the moving
/// starts again, until nothing moves. The moving phase revisits only the nodes whose neighbourhood changed (the fast
/// local move of Leiden, Traag et al. 2019). Written here because no package in the registry offers it for .NET.
/// <para>
/// Deterministic: nodes are visited in an order shuffled by a fixed seed (SplitMix64, not System.Random, whose
/// sequence is not promised across .NET versions), ties keep a node where it is or go to the community seen
/// first, and every sum runs in a fixed order. Communities are numbered by size, 0 the largest.
/// </para>
/// </summary>
internal static class LouvainCommunities
{
    public const ulong DefaultSeed = 0xC0FFEE;

    private const int MaxLevels = 32;
    private const double MinGain = 1e-12;

    /// <summary>
    /// The moving phase of a level stops after this many visits per node, converged or not: on graphs without much
    /// community structure (the synthetic million-node benchmark) moves ripple on for little gain.
    /// </summary>
    private const int MaxVisitsPerNode = 4;

    public static int[] Compute(OrderedGraph graph, out int count, ulong seed = DefaultSeed)
    {
        var level = Level.Of(graph);
        var labels = new int[level.NodeCount];
        for (int v = 0; v < labels.Length; v++) labels[v] = v;
        var rng = new SplitMix64(seed);
        for (int depth = 0; depth < MaxLevels; depth++)
        {
            var communities = MoveNodes(level, rng, out bool moved);
            if (!moved) break;
            int groups = Compact(communities);
            for (int v = 0; v < labels.Length; v++) labels[v] = communities[labels[v]];
            level = level.Aggregate(communities, groups);
        }
        return Partition.BySize(labels, out count);
    }

    /// <summary>
    /// The local moving phase, as Leiden's fast local move does it: every node once in a seeded order, then only the
    /// nodes whose neighbourhood changed (a neighbour moved to another community), first in first out, until none is
    /// left or <see cref="MaxVisitsPerNode"/> visits per node were made. Returns each node's community (a node id)
    /// and whether any node moved.
    /// </summary>
    private static int[] MoveNodes(Level level, SplitMix64 rng, out bool moved)
    {
        int n = level.NodeCount;
        var community = new int[n];
        var total = new double[n];
        for (int v = 0; v < n; v++)
        {
            community[v] = v;
            total[v] = level.Strength[v];
        }
        moved = false;
        double twiceTotalWeight = level.Strength.Sum();
        if (twiceTotalWeight <= 0) return community;

        var queue = new Queue<int>(rng.Permutation(n));
        var queued = new bool[n];
        Array.Fill(queued, true);
        var weightTo = new double[n];
        var seenAt = new int[n];
        var candidates = new int[n];
        int stamp = 0;
        long visits = 0, maxVisits = (long)MaxVisitsPerNode * n;
        while (queue.Count > 0 && visits++ < maxVisits)
        {
            int v = queue.Dequeue();
            queued[v] = false;
            int current = community[v];
            double strength = level.Strength[v];
            stamp++;
            int found = 0;
            seenAt[current] = stamp;
            weightTo[current] = 0;
            candidates[found++] = current;
            for (int a = level.Start[v]; a < level.Start[v + 1]; a++)
            {
                int u = level.Neighbour[a];
                if (u == v) continue;
                int c = community[u];
                if (seenAt[c] != stamp)
                {
                    seenAt[c] = stamp;
                    weightTo[c] = 0;
                    candidates[found++] = c;
                }
                weightTo[c] += level.Weight[a];
            }
            total[current] -= strength;
            int best = current;
            double bestGain = weightTo[current] - total[current] * strength / twiceTotalWeight;
            for (int k = 1; k < found; k++)
            {
                int c = candidates[k];
                double gain = weightTo[c] - total[c] * strength / twiceTotalWeight;
                if (gain > bestGain + MinGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }
            total[best] += strength;
            if (best == current) continue;
            community[v] = best;
            moved = true;
            // the neighbours outside the new community may now prefer it: look at them again
            for (int a = level.Start[v]; a < level.Start[v + 1]; a++)
            {
                int u = level.Neighbour[a];
                if (queued[u] || community[u] == best) continue;
                queued[u] = true;
                queue.Enqueue(u);
            }
        }
        return community;
    }

    /// <summary>Renumbers community ids to 0..groups-1 in order of first appearance; returns groups.</summary>
    private static int Compact(int[] community)
    {
        var number = new int[community.Length];
        Array.Fill(number, -1);
        int groups = 0;
        for (int v = 0; v < community.Length; v++)
        {
            ref int id = ref number[community[v]];
            if (id < 0) id = groups++;
            community[v] = id;
        }
        return groups;
    }

    /// <summary>One level of the method: an undirected weighted graph as adjacency arrays (each edge listed at both ends).</summary>
    private sealed class Level(int nodeCount, int[] start, int[] neighbour, double[] weight, double[] strength)
    {
        public int NodeCount { get; } = nodeCount;
        public int[] Start { get; } = start;
        public int[] Neighbour { get; } = neighbour;
        public double[] Weight { get; } = weight;

        /// <summary>Sum of the weights at each node, a self-loop counted twice (what modularity calls k).</summary>
        public double[] Strength { get; } = strength;

        public static Level Of(OrderedGraph graph)
        {
            int n = graph.Vertices.Length;
            var start = new int[n + 1];
            for (int i = 0; i < graph.Edges.Length; i++)
            {
                start[graph.Source(i) + 1]++;
                start[graph.Target(i) + 1]++;
            }
            for (int v = 0; v < n; v++) start[v + 1] += start[v];
            var next = start.AsSpan(0, n).ToArray();
            var neighbour = new int[start[n]];
            var weight = new double[start[n]];
            var strength = new double[n];
            for (int i = 0; i < graph.Edges.Length; i++)
            {
                int s = graph.Source(i), t = graph.Target(i);
                double w = graph.Edges[i].Weight;
                neighbour[next[s]] = t;
                weight[next[s]++] = w;
                neighbour[next[t]] = s;
                weight[next[t]++] = w;
                strength[s] += w;
                strength[t] += w;
            }
            return new Level(n, start, neighbour, weight, strength);
        }

        /// <summary>The graph of the communities: one node each, the weights between them summed, inner weights as self-loops.</summary>
        public Level Aggregate(int[] community, int groups)
        {
            var memberStart = new int[groups + 1];
            foreach (int c in community) memberStart[c + 1]++;
            for (int c = 0; c < groups; c++) memberStart[c + 1] += memberStart[c];
            var members = new int[NodeCount];
            var fill = memberStart.AsSpan(0, groups).ToArray();
            for (int v = 0; v < NodeCount; v++) members[fill[community[v]]++] = v;

            var start = new int[groups + 1];
            // arrays, not lists: at most as many arcs as this level has (a community's arcs to one other are summed)
            var neighbour = new int[Neighbour.Length];
            var weight = new double[Neighbour.Length];
            int arcs = 0;
            var strength = new double[groups];
            var slot = new int[groups];
            Array.Fill(slot, -1);
            for (int c = 0; c < groups; c++)
            {
                int first = arcs;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++)
                {
                    int v = members[m];
                    strength[c] += Strength[v];
                    for (int a = Start[v]; a < Start[v + 1]; a++)
                    {
                        int d = community[Neighbour[a]];
                        if (slot[d] < first)
                        {
                            slot[d] = arcs;
                            neighbour[arcs] = d;
                            weight[arcs++] = 0;
                        }
                        weight[slot[d]] += Weight[a];
                    }
                }
                start[c + 1] = arcs;
            }
            return new Level(groups, start, neighbour[..arcs], weight[..arcs], strength);
        }
    }

    /// <summary>A small seeded generator whose sequence is fixed by its definition (Steele, Lea and Flood 2014).</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>0..n-1 in a Fisher-Yates shuffled order.</summary>
        public int[] Permutation(int n)
        {
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            for (int i = n - 1; i > 0; i--)
            {
                int j = (int)(Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            return order;
        }
    }
}
