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
}
