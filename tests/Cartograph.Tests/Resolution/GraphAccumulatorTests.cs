using Cartograph.Extraction;
using Cartograph.Graph;
using Cartograph.Resolution;
using Cartograph.Tests.Extraction;
using Cartograph.Writing;
using NUnit.Framework;

namespace Cartograph.Tests.Resolution;

/// <summary>Folding is order-free: the graph depends on which documents were folded, never on their order.</summary>
[TestFixture]
public sealed class GraphAccumulatorTests
{
    private static readonly string[] Snippets =
    [
        "Chris: Next up is GateFusion, from Google. It uses a diffusion transformer for speech recognition.\nDaniel: And GateFusion competes with Whisper.",
        "Chris: We've got TalkVerse, a dataset from Meta. It uses RLHF and LoRA for video generation.\nDaniel: GateFusion came up again.",
        "Chris: The third paper, KFS-Bench, is a benchmark for speech recognition from Microsoft. It uses LoRA.",
    ];

    private static byte[] Json(KnowledgeGraph g)
    {
        using var s = new MemoryStream();
        JsonGraphWriter.Write(g, GraphMetadata.ForCartograph(3), s);
        return s.ToArray();
    }

    private static KnowledgeGraph Fold(IEnumerable<DocumentExtraction> docs)
    {
        var acc = new GraphAccumulator();
        foreach (var d in docs) acc.TryAdd(d);
        return acc.ToGraph();
    }

    [Test]
    public void FoldingDocumentsInAnyOrderGivesTheSameGraph()
    {
        var docs = Snippets.Select((t, i) => ExtractionHarness.Extract(t, "doc" + i)).ToArray();
        var expected = Json(Fold(docs));
        Assert.That(Json(Fold(docs.Reverse())), Is.EqualTo(expected));
        Assert.That(Json(Fold([docs[1], docs[2], docs[0]])), Is.EqualTo(expected));
    }

    [Test]
    public void TakingTheGraphGivesTheSameGraphAsBuildingACopy()
    {
        var docs = Snippets.Select((t, i) => ExtractionHarness.Extract(t, "doc" + i)).ToList();
        var acc = new GraphAccumulator();
        foreach (var d in docs) acc.TryAdd(d);
        var copy = Json(acc.ToGraph());
        Assert.That(Json(acc.TakeGraph()), Is.EqualTo(copy));
        Assert.That(acc.DocumentCount, Is.EqualTo(docs.Count));
    }

    [Test]
    public void ADocumentWhoseContentWasFoldedAlreadyChangesNothing()
    {
        var doc = ExtractionHarness.Extract(Snippets[0], "doc0");
        var again = ExtractionHarness.Extract(Snippets[0], "doc0-copy");
        var acc = new GraphAccumulator();
        Assert.That(acc.TryAdd(doc), Is.True);
        var once = Json(acc.ToGraph());
        Assert.That(acc.TryAdd(again), Is.False);
        Assert.That(Json(acc.ToGraph()), Is.EqualTo(once));
        Assert.That(acc.DocumentCount, Is.EqualTo(1));
    }

    [Test]
    public void SpellingsAcrossDocumentsResolveToOneNodeWithBothDocuments()
    {
        var g = Fold(Snippets.Select((t, i) => ExtractionHarness.Extract(t, "doc" + i)));
        var gate = g.Vertices.Where(n => n.Label == "GateFusion").ToList();
        Assert.That(gate, Has.Count.EqualTo(1), string.Join(", ", g.Vertices.Select(v => v.Id)));
        Assert.That(gate[0].Documents, Is.EquivalentTo(new[] { "doc0", "doc1" }));
    }

    [Test]
    public void NodeAndEdgeEvidenceIsCappedButCountsCoverEveryMention()
    {
        var text = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Chris: Point {i}: GateFusion uses LoRA again."));
        var g = Fold([ExtractionHarness.Extract("Chris: Next up is GateFusion.\n" + text, "long")]);
        var node = g.Vertices.Single(n => n.Label == "GateFusion");
        Assert.That(node.Evidence, Has.Count.EqualTo(GraphAccumulator.MaxEvidence));
        Assert.That(node.Mentions, Is.GreaterThan(GraphAccumulator.MaxEvidence));
    }
}
