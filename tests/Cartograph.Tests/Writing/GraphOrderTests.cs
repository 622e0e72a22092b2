using NUnit.Framework;
using Cartograph.Graph;

namespace Cartograph.Tests.Writing;

/// <summary>
/// The writers' determinism rests on the graph core's enumeration order (nodes by ordinal id, edges by
/// ordinal source, target, then relation), which the core computes by sorting and caching rather than by
/// keeping sorted trees; these tests hold it to the plain definition, through changes.
/// </summary>
[TestFixture]
public sealed class GraphOrderTests
{
    [TestCase(1)]
    [TestCase(2)]
    public void EnumerationIsInOrdinalOrder(int seed)
    {
        var g = FuzzGraph.Build(seed, randomNodes: 500, edgesPerNode: 4);
        AssertOrdered(g);
    }

    [Test]
    public void OrderFollowsChanges()
    {
        var g = FuzzGraph.Build(3, randomNodes: 200);
        AssertOrdered(g); // caches the order
        var victim = g.Vertices.Skip(50).First();
        int incident = g.OutEdges(victim.Id).Count + g.InEdges(victim.Id).Count;
        int edgesBefore = g.EdgeCount;
        Assert.That(g.RemoveVertex(victim.Id), Is.True);
        Assert.That(g.EdgeCount, Is.LessThanOrEqualTo(edgesBefore - incident / 2));
        Assert.That(g.Edges.Any(e => e.Source == victim.Id || e.Target == victim.Id), Is.False);

        var added = g.AddVertex(new Node("!first", "first", EntityType.Paper));
        var last = g.AddVertex(new Node("\uFFFDlast", "last", EntityType.Domain));
        g.GetOrAddEdge(last.Id, added.Id, Relation.AppliedTo);
        g.GetOrAddEdge(added.Id, last.Id, Relation.UsesTechnique);
        g.GetOrAddEdge(added.Id, last.Id, Relation.AppliedTo);
        Assert.That(g.RemoveEdge(g.Edges.First(e => e.Source == added.Id && e.Relation == Relation.UsesTechnique)), Is.True);
        AssertOrdered(g);
        Assert.That(g.OutEdges(added.Id).Select(e => e.Relation), Is.EqualTo(new[] { Relation.AppliedTo }));
        Assert.That(g.InEdges(added.Id).Select(e => e.Source), Is.EqualTo(new[] { last.Id }));
    }

    [Test]
    public void SymmetricEdgesAreStoredOnceInOrdinalDirection()
    {
        var g = new KnowledgeGraph();
        g.AddVertex(new Node("b", "B", EntityType.Paper));
        g.AddVertex(new Node("a", "A", EntityType.Paper));
        var e = g.GetOrAddEdge("b", "a", Relation.CompetesWith);
        Assert.That((e.Source, e.Target), Is.EqualTo(("a", "b")));
        Assert.That(g.GetOrAddEdge("a", "b", Relation.CompetesWith), Is.SameAs(e));
        Assert.That(g.EdgeCount, Is.EqualTo(1));
    }

    [Test]
    public void ChangingTheGraphWhileEnumeratingThrows()
    {
        var g = new KnowledgeGraph();
        g.AddVertex(new Node("a", "A", EntityType.Paper));
        g.AddVertex(new Node("b", "B", EntityType.Technique));
        g.GetOrAddEdge("a", "b", Relation.UsesTechnique);
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var n in g.Vertices) g.AddVertex(new Node(n.Id + "x", "X", EntityType.Domain));
        });
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var e in g.Edges) g.GetOrAddEdge(e.Source, e.Target, Relation.AppliedTo);
        });
    }

    [Test]
    public void ANodeBelongsToOneGraphAtATime()
    {
        var node = new Node("a", "A", EntityType.Paper);
        var first = new KnowledgeGraph();
        first.AddVertex(node);
        Assert.Throws<InvalidOperationException>(() => new KnowledgeGraph().AddVertex(node));
        first.RemoveVertex("a");
        var second = new KnowledgeGraph();
        Assert.That(second.AddVertex(node), Is.SameAs(node));
        Assert.That(first.ContainsVertex("a"), Is.False);
    }

    [Test]
    public void ReadingAnEdgeWeightCountsItsEvidence()
    {
        var g = new KnowledgeGraph();
        g.AddVertex(new Node("a", "A", EntityType.Paper));
        g.AddVertex(new Node("b", "B", EntityType.Technique));
        var e = g.GetOrAddEdge("a", "b", Relation.UsesTechnique);
        Assert.That(e.Weight, Is.EqualTo(1));
        e.Evidence.Add(new Evidence("d", 1, null, "one"));
        e.Evidence.Add(new Evidence("d", 2, null, "two"));
        Assert.That(e.Weight, Is.EqualTo(2));
        e.Weight = 5;
        Assert.That(e.Weight, Is.EqualTo(5));
    }

    private static void AssertOrdered(KnowledgeGraph g)
    {
        var ids = g.Vertices.Select(n => n.Id).ToList();
        Assert.That(ids, Is.EqualTo(ids.Order(StringComparer.Ordinal).ToList()));
        Assert.That(ids, Has.Count.EqualTo(g.VertexCount));
        var edges = g.Edges.Select(e => (e.Source, e.Target, e.Relation)).ToList();
        var expected = edges
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation)
            .ToList();
        Assert.That(edges, Is.EqualTo(expected));
        Assert.That(edges, Has.Count.EqualTo(g.EdgeCount));
        Assert.That(edges.Distinct().Count(), Is.EqualTo(edges.Count));
    }
}
