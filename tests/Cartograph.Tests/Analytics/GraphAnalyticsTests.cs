using NUnit.Framework;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Tests.Writing;
using QuikGraph.Algorithms.Ranking;

namespace Cartograph.Tests.Analytics;

[TestFixture]
public sealed class GraphAnalyticsTests
{
    private static KnowledgeGraph Build(IEnumerable<string> ids, params (string S, string T, Relation R, int W)[] edges)
    {
        var g = new KnowledgeGraph();
        foreach (var id in ids) g.AddVertex(new Node(id, id, EntityType.Technique));
        foreach (var (s, t, r, w) in edges) g.GetOrAddEdge(s, t, r).Weight = w;
        return g;
    }

    /// <summary>Two tight groups {a1..a4} and {b1..b4}, one light edge between them, and an isolated node z.</summary>
    private static KnowledgeGraph TwoGroups()
    {
        var ids = new[] { "a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "z" };
        var edges = new List<(string, string, Relation, int)>();
        foreach (var side in new[] { "a", "b" })
            for (int i = 1; i <= 4; i++)
                for (int j = i + 1; j <= 4; j++) edges.Add(($"{side}{i}", $"{side}{j}", Relation.UsesTechnique, 3));
        edges.Add(("a1", "b1", Relation.AppliedTo, 1));
        return Build(ids, [.. edges]);
    }

    private static int At(GraphAnalytics a, string id) => a.Nodes.Select((n, i) => (n, i)).Single(p => p.n.Id == id).i;

    [Test]
    public void DegreeCountsTheEdgesTouchingANodeInAndOut()
    {
        var a = GraphAnalytics.Of(TwoGroups());
        Assert.That(a.Degree[At(a, "a1")], Is.EqualTo(4), "three in its group and the bridge");
        Assert.That(a.Degree[At(a, "a4")], Is.EqualTo(3));
        Assert.That(a.Degree[At(a, "z")], Is.Zero, "an isolated node has degree 0");
    }

    [Test]
    public void ComponentsAreNumberedLargestFirstAndAnIsolatedNodeIsAComponentOfItsOwn()
    {
        var g = Build(["p", "q", "r", "s", "t", "lone"], ("p", "q", Relation.UsesTechnique, 1), ("q", "r", Relation.UsesTechnique, 1), ("t", "s", Relation.DevelopedBy, 1));
        var a = GraphAnalytics.Of(g);
        Assert.That(a.ComponentCount, Is.EqualTo(3));
        Assert.That(new[] { "p", "q", "r" }.Select(id => a.Component[At(a, id)]), Is.All.EqualTo(0), "weakly connected: direction does not matter");
        Assert.That(a.Component[At(a, "s")], Is.EqualTo(1).And.EqualTo(a.Component[At(a, "t")]));
        Assert.That(a.Component[At(a, "lone")], Is.EqualTo(2));
    }

    [Test]
    public void LouvainFindsTheTwoGroupsAndLeavesTheIsolatedNodeAlone()
    {
        var a = GraphAnalytics.Of(TwoGroups());
        int groupA = a.Community[At(a, "a1")], groupB = a.Community[At(a, "b1")];
        Assert.That(groupA, Is.Not.EqualTo(groupB), "a light bridge must not merge two tight groups");
        Assert.That(new[] { "a2", "a3", "a4" }.Select(id => a.Community[At(a, id)]), Is.All.EqualTo(groupA));
        Assert.That(new[] { "b2", "b3", "b4" }.Select(id => a.Community[At(a, id)]), Is.All.EqualTo(groupB));
        Assert.That(a.Community[At(a, "z")], Is.EqualTo(2), "a node without edges is a community of its own, after the larger ones");
        Assert.That(a.CommunityCount, Is.EqualTo(3));
    }

    [Test]
    public void AnalyticsDoNotDependOnTheOrderTheGraphWasBuiltIn()
    {
        var forward = GraphAnalytics.Of(FuzzGraph.Build(3, randomNodes: 400, edgesPerNode: 3));
        var again = GraphAnalytics.Of(FuzzGraph.Build(3, randomNodes: 400, edgesPerNode: 3));
        Assert.That(again.Community, Is.EqualTo(forward.Community));
        Assert.That(again.PageRank, Is.EqualTo(forward.PageRank));
        var nasty = GraphAnalytics.Of(TestGraphs.Nasty());
        var reversed = GraphAnalytics.Of(TestGraphs.Nasty(reversed: true));
        Assert.That(reversed.Community, Is.EqualTo(nasty.Community));
        Assert.That(reversed.Component, Is.EqualTo(nasty.Component));
        Assert.That(reversed.PageRank, Is.EqualTo(nasty.PageRank));
    }

    [Test]
    public void PageRankSumsToOneAndFavoursWhatMuchPointsTo()
    {
        var g = Build(["hub", "x", "y", "w", "leaf"], ("x", "hub", Relation.UsesTechnique, 1), ("y", "hub", Relation.UsesTechnique, 1),
            ("w", "hub", Relation.UsesTechnique, 1), ("x", "leaf", Relation.UsesTechnique, 1));
        var a = GraphAnalytics.Of(g);
        Assert.That(a.PageRank.Sum(), Is.EqualTo(1).Within(1e-12));
        Assert.That(a.PageRank[At(a, "hub")], Is.GreaterThan(a.PageRank[At(a, "leaf")]));
        Assert.That(a.PageRank.Min(), Is.GreaterThan(0));
    }

    [Test]
    public void PageRankFollowsTheWeightOfTheEdges()
    {
        var g = Build(["src", "heavy", "light"], ("src", "heavy", Relation.UsesTechnique, 9), ("src", "light", Relation.UsesTechnique, 1));
        var a = GraphAnalytics.Of(g);
        Assert.That(a.PageRank[At(a, "heavy")], Is.GreaterThan(a.PageRank[At(a, "light")]), "more sentences behind an edge, more rank along it");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void PageRankIsQuikGraphsPageRankWithEachEdgeRepeatedByItsWeight(int seed)
    {
        var graph = RandomWeighted(seed, nodes: 200, edges: 600);
        var ordered = graph.Ordered();
        var adjacency = WeightedAdjacency.Of(ordered);
        var ours = GraphAnalytics.Of(graph).PageRank;

        var quik = new PageRankAlgorithm<int, QuikGraph.SEdge<int>>(new RankingGraphView(adjacency, repeatByWeight: true))
        {
            Damping = WeightedPageRank.Damping,
            Tolerance = WeightedPageRank.TolerancePerNode * adjacency.NodeCount,
            MaxIterations = WeightedPageRank.MaxIterations,
        };
        quik.Compute();
        double sum = quik.Ranks.Values.Sum();
        Assert.That(quik.Ranks, Has.Count.EqualTo(ours.Count));
        for (int v = 0; v < ours.Count; v++)
            Assert.That(ours[v], Is.EqualTo(quik.Ranks[v] / sum).Within(1e-12), $"node {v}");
        Assert.That(ordered.Edges.Any(e => e.Weight > 1), "the graph must have weighted edges for this to test the weights");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void ComponentsAreQuikGraphsWeaklyConnectedComponents(int seed)
    {
        // sparse, so that there are many components of many sizes, ties among them included
        var graph = RandomWeighted(seed, nodes: 300, edges: 180);
        var adjacency = WeightedAdjacency.Of(graph.Ordered());
        var ours = GraphAnalytics.Of(graph);

        var quik = new QuikGraph.Algorithms.ConnectedComponents.WeaklyConnectedComponentsAlgorithm<int, QuikGraph.SEdge<int>>(
            new RankingGraphView(adjacency, repeatByWeight: false));
        quik.Compute();
        var theirs = Partition.BySize([.. Enumerable.Range(0, adjacency.NodeCount).Select(v => quik.Components[v])], out int count);
        Assert.That(ours.ComponentCount, Is.EqualTo(count).And.GreaterThan(10), "a sparse graph must fall into many components");
        Assert.That(ours.Component, Is.EqualTo(theirs), "the same nodes together, numbered the same");
    }

    /// <summary>Random edges of all relations with weights 1-4 (QuikGraph repeats each edge by its weight, so weights stay small).</summary>
    private static KnowledgeGraph RandomWeighted(int seed, int nodes, int edges)
    {
        var rng = new Random(seed);
        var g = new KnowledgeGraph();
        for (int i = 0; i < nodes; i++) g.AddVertex(new Node($"n{i:000}", $"n{i}", EntityType.Technique));
        for (int k = 0; k < edges; k++)
        {
            int s = rng.Next(nodes), t = rng.Next(nodes);
            if (s == t) continue;
            g.GetOrAddEdge($"n{s:000}", $"n{t:000}", RelationNames.All[rng.Next(RelationNames.All.Count)]).Weight = rng.Next(1, 5);
        }
        return g;
    }

    [Test]
    public void AnalyticsAreComputedOnceAndAgainAfterAChange()
    {
        var g = TwoGroups();
        var first = GraphAnalytics.Of(g);
        Assert.That(GraphAnalytics.Of(g), Is.SameAs(first));
        g.GetOrAddEdge("z", "a1", Relation.UsesTechnique);
        var after = GraphAnalytics.Of(g);
        Assert.That(after, Is.Not.SameAs(first));
        Assert.That(after.Degree[At(after, "z")], Is.EqualTo(1));
    }

    [Test]
    public void AnEmptyGraphHasEmptyAnalytics()
    {
        var a = GraphAnalytics.Of(new KnowledgeGraph());
        Assert.That(a.Nodes, Is.Empty);
        Assert.That(a.ComponentCount, Is.Zero);
        Assert.That(a.CommunityCount, Is.Zero);
    }
}
