using Cartograph.Graph;
using NUnit.Framework;

namespace Cartograph.Tests.Graph;

/// <summary>In and out edges are there whenever asked for, though a graph fills them only on the first question.</summary>
[TestFixture]
public sealed class AdjacencyTests
{
    private static KnowledgeGraph Triangle()
    {
        var g = new KnowledgeGraph();
        foreach (var id in new[] { "a", "b", "c" }) g.AddVertex(new Node(id, id, EntityType.Technique));
        g.GetOrAddEdge("a", "b", Relation.UsesTechnique);
        g.GetOrAddEdge("b", "c", Relation.UsesTechnique);
        g.GetOrAddEdge("a", "c", Relation.AppliedTo);
        return g;
    }

    [Test]
    public void EdgesAddedBeforeTheFirstQuestionAreListed()
    {
        var g = Triangle();
        Assert.That(g.OutEdges("a").Select(e => e.Target), Is.EquivalentTo(new[] { "b", "c" }));
        Assert.That(g.InEdges("c").Select(e => e.Source), Is.EquivalentTo(new[] { "a", "b" }));
    }

    [Test]
    public void EdgesAddedAndRemovedAfterTheFirstQuestionAreKeptUpToDate()
    {
        var g = Triangle();
        _ = g.OutEdges("a");
        var ca = g.GetOrAddEdge("c", "a", Relation.DevelopedBy);
        Assert.That(g.OutEdges("c"), Is.EqualTo(new[] { ca }));
        Assert.That(g.RemoveEdge(g.OutEdges("a").Single(e => e.Target == "b")), Is.True);
        Assert.That(g.OutEdges("a").Select(e => e.Target), Is.EqualTo(new[] { "c" }));
        Assert.That(g.InEdges("b"), Is.Empty);
    }

    [Test]
    public void RemovingANodeBeforeAnyQuestionRemovesItsEdges()
    {
        var g = Triangle();
        Assert.That(g.RemoveVertex("b"), Is.True);
        Assert.That(g.EdgeCount, Is.EqualTo(1));
        Assert.That(g.OutEdges("a").Select(e => e.Target), Is.EqualTo(new[] { "c" }));
        Assert.That(g.InEdges("c").Select(e => e.Source), Is.EqualTo(new[] { "a" }));
    }
}
