using NUnit.Framework;
using Cartograph.Analytics;
using Cartograph.Graph;
using Cartograph.Writing;

namespace Cartograph.Tests.Writing;

/// <summary>The DOT map's own layout: what Graphviz is given to draw, with no layout of its own.</summary>
[TestFixture]
public sealed class MapLayoutTests
{
    private static IEnumerable<TestCaseData> Graphs()
    {
        yield return new TestCaseData(ScaleGraph.Build(nodes: 320, edgesPerNode: 3)).SetName("TopOfAScaleGraph");
        yield return new TestCaseData(TestGraphs.Nasty()).SetName("NastyGraph");
    }

    private static (MapSelection Map, MapLayout Layout) LayOut(KnowledgeGraph graph)
    {
        var ordered = graph.Ordered();
        var analytics = GraphAnalytics.Of(ordered);
        var map = MapSelection.Of(ordered, analytics, DotMapOptions.Default);
        var labels = map.Nodes.Select(v => ordered.Vertices[v].Label).ToArray();
        return (map, MapLayout.Of(ordered, analytics, map, labels, community => "community " + community));
    }

    private static Rect Box(MapNode n) => new(n.X - n.Width / 2, n.Y - n.Height / 2, n.X + n.Width / 2, n.Y + n.Height / 2);

    [TestCaseSource(nameof(Graphs))]
    public void NoTwoNodesOverlapSoEdgesCanBeRoutedBetweenThem(KnowledgeGraph graph)
    {
        var (map, layout) = LayOut(graph);
        Assert.That(layout.Nodes, Has.Length.EqualTo(map.Nodes.Length).And.Length.GreaterThan(1), "every shown node must be placed");
        for (int i = 0; i < layout.Nodes.Length; i++)
            for (int j = i + 1; j < layout.Nodes.Length; j++)
                Assert.That(Box(layout.Nodes[i]).Overlaps(Box(layout.Nodes[j]), 0), Is.False, $"nodes {i} and {j} overlap");
    }

    [TestCaseSource(nameof(Graphs))]
    public void EachCommunityBoxHoldsItsMembersAndNoOtherBox(KnowledgeGraph graph)
    {
        var (_, layout) = LayOut(graph);
        Assert.That(layout.Clusters, Is.Not.Empty, "the map must show its communities");
        foreach (var c in layout.Clusters)
        {
            Assert.That(c.Members, Has.Length.GreaterThan(1), "a community box holds two or more nodes");
            foreach (int s in c.Members)
            {
                var b = Box(layout.Nodes[s]);
                Assert.That(b.Left >= c.Area.Left && b.Right <= c.Area.Right && b.Bottom >= c.Area.Bottom && b.Top <= c.Area.Top, Is.True,
                    $"node {s} lies outside the box of community {c.Community}");
            }
            foreach (var other in layout.Clusters.Where(o => o.Community != c.Community))
                Assert.That(c.Area.Overlaps(other.Area, 0), Is.False, $"communities {c.Community} and {other.Community} overlap");
        }
    }

    [Test]
    public void TheSameGraphInAnotherInsertionOrderGetsTheSamePositions()
    {
        var (_, a) = LayOut(TestGraphs.Nasty(reversed: false));
        var (_, b) = LayOut(TestGraphs.Nasty(reversed: true));
        Assert.That(b.Nodes, Is.EqualTo(a.Nodes));
        Assert.That(b.Clusters.Select(c => c.Area), Is.EqualTo(a.Clusters.Select(c => c.Area)));
    }

    private static IEnumerable<TestCaseData> CrowdedGraphs()
    {
        yield return new TestCaseData(ScaleGraph.Build(nodes: 320, edgesPerNode: 3)).SetName("EdgesOfTheTopOfAScaleGraph");
        yield return new TestCaseData(ScaleGraph.Build(nodes: 60, edgesPerNode: 4)).SetName("EdgesOfASmallDenseGraph");
    }

    [TestCaseSource(nameof(CrowdedGraphs))]
    public void NoEdgePassesUnderANodeItDoesNotJoinButEachReachesItsOwn(KnowledgeGraph graph)
    {
        var ordered = graph.Ordered();
        var (map, layout) = LayOut(graph);
        var router = new MapEdgeRouter(layout.Nodes);
        var slot = map.Nodes.Select((v, s) => (v, s)).ToDictionary(p => p.v, p => p.s);
        int routedRound = 0;
        var under = new List<string>();
        foreach (int e in map.Edges)
        {
            int tail = slot[ordered.Source(e)], head = slot[ordered.Target(e)];
            var (spline, tip) = router.Route(tail, head, arrow: true, 0, 1);
            Assert.That((spline.Count - 1) % 3, Is.Zero, "a Graphviz spline is 3n+1 points");
            Assert.That(tip, Is.Not.Null);
            Assert.That(Near(layout.Nodes[tail], spline[0]) && Near(layout.Nodes[head], tip!.Value), Is.True, $"edge {e} must run from its tail's border to its head's");
            if (spline.Count > 4) routedRound++;
            foreach (var point in Sample(spline))
                for (int k = 0; k < layout.Nodes.Length; k++)
                    if (k != tail && k != head && MapEdgeRouter.Inside(layout.Nodes[k], point)) under.Add($"edge {e} under node {k} at {point}");
        }
        Assert.That(under, Is.Empty, "edges pass under nodes they do not join");
        Assert.That(routedRound, Is.GreaterThan(0), "some edges must have had a node in their way to go round");
    }

    private static bool Near(MapNode n, (double X, double Y) p) =>
        Math.Abs(p.X - n.X) <= n.Width / 2 + 1 && Math.Abs(p.Y - n.Y) <= n.Height / 2 + 1;

    // points along each cubic piece
    private static IEnumerable<(double X, double Y)> Sample(List<(double X, double Y)> spline)
    {
        for (int i = 0; i + 3 < spline.Count; i += 3)
        {
            for (int step = 0; step <= 20; step++)
            {
                double t = step / 20.0, u = 1 - t;
                yield return (u * u * u * spline[i].X + 3 * u * u * t * spline[i + 1].X + 3 * u * t * t * spline[i + 2].X + t * t * t * spline[i + 3].X,
                    u * u * u * spline[i].Y + 3 * u * u * t * spline[i + 1].Y + 3 * u * t * t * spline[i + 2].Y + t * t * t * spline[i + 3].Y);
            }
        }
    }
}
